import LinearAlgebra

/// Reading a dataset from a delimited text file (CSV, semicolon- or tab-separated).
///
/// The steps: split into records (RFC 4180 quoting, `CSVTokenizer`); take names from the header; resolve the
/// target, ignored and categorical columns; classify every feature column as numeric or categorical; walk the rows
/// in file order, applying the missing-value policy (the first offending cell is the error reported); impute;
/// one-hot encode categorical columns; encode the target (`CSVTargetEncoding`).
extension Dataset {
    /// Reads the file at `path`. Errors name the file, line and column: `data.csv:17:4: column 'age': 'abc' is not a
    /// number`.
    public static func csv(path: String, options: CSVOptions = .init()) throws(DatasetError) -> Dataset {
        try csv(bytes: FileAccess.bytes(at: path), file: path, options: options)
    }

    /// Reads CSV text held in memory; `file` names it in errors and (without `options.name`) names the dataset.
    public static func csv(text: String, file: String = "<text>", options: CSVOptions = .init()) throws(DatasetError)
        -> Dataset
    {
        try csv(bytes: Array(text.utf8), file: file, options: options)
    }

    static func csv(bytes: [UInt8], file: String, options: CSVOptions) throws(DatasetError) -> Dataset {
        var records = try CSVTokenizer.records(in: bytes, delimiter: options.delimiterByte(), file: file)
        guard let first = records.first else { throw .empty(file: file) }
        let names: [String]
        if options.hasHeader {
            names = CSVTable.columnNames(header: first.fields)
            records.removeFirst()
        } else {
            names = (0..<first.fields.count).map { "x\($0)" }
        }
        guard !records.isEmpty else { throw .empty(file: file) }
        for record in records where record.fields.count != names.count {
            throw .raggedRow(file: file, line: record.line, expected: names.count, found: record.fields.count)
        }

        let targetIndex = try options.target.resolve(in: names, file: file)
        var ignored = Set<Int>()
        for reference in options.ignoredColumns { ignored.insert(try reference.resolve(in: names, file: file)) }
        var forced = Set<Int>()
        for reference in options.categoricalColumns { forced.insert(try reference.resolve(in: names, file: file)) }
        if ignored.contains(targetIndex) {
            throw .invalidParameter(
                name: "ignoredColumns", reason: "includes the target column '\(names[targetIndex])'")
        }
        if forced.contains(targetIndex) {
            throw .invalidParameter(
                name: "categoricalColumns", reason: "includes the target column '\(names[targetIndex])'")
        }

        // Every used cell is parsed once: `cells[c][r]` is row r of feature column c.
        var columns: [CSVFeatureColumn] = []
        var cells: [[CSVCell]] = []
        for j in names.indices where j != targetIndex && !ignored.contains(j) {
            let column = records.map { CSVCell($0.fields[j], missingMarkers: options.missingMarkers) }
            columns.append(
                try CSVFeatureColumn.classify(
                    index: j, name: names[j], cells: column, records: records,
                    forcedCategorical: forced.contains(j), options: options, file: file))
            cells.append(column)
        }
        let targetCells = records.map { CSVCell($0.fields[targetIndex], missingMarkers: options.missingMarkers) }
        let task = CSVTargetEncoding.inferTask(cells: targetCells, options: options)

        // Walk the rows in file order; `toImpute[c]` lists the kept-row positions whose cell in `columns[c]` is
        // missing.
        var kept: [Int] = []
        var toImpute = [[Int]](repeating: [], count: columns.count)
        // Hints name what the person holding the file can do; `CSVOptions.missing` is the API's way around.
        let hint = "remove the row or fill in the value"
        rows: for (r, record) in records.enumerated() {
            var pending: [Int] = []
            for (c, column) in columns.enumerated() {
                let cell = cells[c][r]
                if cell == .outOfRange && column.kind == .numeric {
                    throw .outOfRange(
                        file: file, line: record.line, column: column.index + 1, columnName: column.name,
                        text: record.fields[column.index])
                }
                let bad = cell == .missing || (cell == .text && column.kind == .numeric)
                guard bad else { continue }
                switch options.missing {
                case .error where cell == .missing:
                    throw .missingValue(
                        file: file, line: record.line, column: column.index + 1, columnName: column.name, hint: hint)
                case .error:
                    throw .notANumber(
                        file: file, line: record.line, column: column.index + 1, columnName: column.name,
                        text: record.fields[column.index])
                case .dropRows:
                    continue rows
                case .imputeMean, .imputeMedian:
                    pending.append(c)
                }
            }
            let cell = targetCells[r]
            if cell == .outOfRange && task == .regression {
                throw .outOfRange(
                    file: file, line: record.line, column: targetIndex + 1, columnName: names[targetIndex],
                    text: record.fields[targetIndex])
            }
            if cell == .missing || (cell == .text && task == .regression) {
                let (line, column, name) = (record.line, targetIndex + 1, names[targetIndex])
                switch options.missing {
                case .dropRows:
                    continue rows
                case .error where cell == .missing:
                    throw .missingValue(file: file, line: line, column: column, columnName: name, hint: hint)
                case .imputeMean where cell == .missing, .imputeMedian where cell == .missing:
                    throw .missingValue(
                        file: file, line: line, column: column, columnName: name,
                        hint: "a target is never imputed; remove the row or fill in the value")
                default:
                    throw .notANumber(
                        file: file, line: line, column: column, columnName: name, text: record.fields[targetIndex])
                }
            }
            for c in pending { toImpute[c].append(kept.count) }
            kept.append(r)
        }
        guard !kept.isEmpty else { throw .empty(file: file) }

        let keptRecords = kept.map { records[$0] }
        let features = try CSVFeatureMatrix.build(
            columns: columns, cells: cells.map { column in kept.map { column[$0] } }, records: keptRecords,
            toImpute: toImpute, options: options, file: file)
        let targetTexts = keptRecords.map { $0.fields[targetIndex] }
        let target: Target
        switch task {
        case .classification:
            target = try CSVTargetEncoding.classes(
                texts: targetTexts, lines: keptRecords.map(\.line), column: targetIndex, options: options, file: file)
        case .regression:
            target = .values(kept.map { targetCells[$0].number ?? .nan })
        }
        return Dataset(
            name: options.name ?? FileAccess.stem(of: file), features: features.matrix,
            featureNames: features.names, target: target)
    }
}
