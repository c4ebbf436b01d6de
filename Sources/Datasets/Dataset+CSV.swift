import LinearAlgebra

/// Reading a dataset from a delimited text file (CSV, semicolon- or tab-separated).
///
/// The steps: split into records (RFC 4180 quoting, `CSVTokenizer`); take names from the header; resolve the
/// target, ignored and categorical columns; classify every feature column as numeric or categorical; walk the rows
/// in file order, applying the missing-value policy (`CSVRowWalk`: the first offending cell is the error
/// reported); impute; one-hot encode categorical columns; encode the target (`CSVTargetEncoding`). A file that
/// leaves no feature column (`noFeatureColumns`) or a classification target of fewer than two classes
/// (`tooFewClasses`: a model of it could only ever predict one class) is an error.
extension Dataset {
    /// Reads the file at `path`. Errors name the file, line and column: `data.csv:17:4: column 'age': 'abc' is not a
    /// number`.
    public static func csv(path: String, options: CSVOptions = .init()) throws(DatasetError) -> Dataset {
        try csvReading(path: path, options: options).dataset
    }

    /// Reads CSV text held in memory; `file` names it in errors and (without `options.name`) names the dataset.
    public static func csv(text: String, file: String = "<text>", options: CSVOptions = .init()) throws(DatasetError)
        -> Dataset
    {
        try csvReading(bytes: Array(text.utf8), file: file, options: options).dataset
    }

    /// Reads the file at `path` and reports what was encoded, imputed and left out (`CSVReadReport`).
    public static func csvReading(path: String, options: CSVOptions = .init())
        throws(DatasetError) -> (dataset: Dataset, report: CSVReadReport)
    {
        try csvReading(bytes: FileAccess.bytes(at: path), file: path, options: options)
    }

    /// `csvReading(path:options:)` for CSV text held in memory.
    public static func csvReading(text: String, file: String = "<text>", options: CSVOptions = .init())
        throws(DatasetError) -> (dataset: Dataset, report: CSVReadReport)
    {
        try csvReading(bytes: Array(text.utf8), file: file, options: options)
    }

    static func csvReading(bytes: [UInt8], file: String, options: CSVOptions)
        throws(DatasetError) -> (dataset: Dataset, report: CSVReadReport)
    {
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

        // Every used cell is parsed once: `cells[c][r]` is row r of feature column c. Deferring imputation leaves
        // out the columns without any value (there is nothing to fill them from).
        var report = CSVReadReport(file: file)
        var columns: [CSVFeatureColumn] = []
        var cells: [[CSVCell]] = []
        for j in names.indices where j != targetIndex && !ignored.contains(j) {
            let column = records.map { CSVCell($0.fields[j], missingMarkers: options.missingMarkers) }
            if options.defersImputation, column.allSatisfy({ $0 == .missing }) {
                report.emptyColumns.append(names[j])
                continue
            }
            columns.append(
                try CSVFeatureColumn.classify(
                    index: j, name: names[j], cells: column, records: records,
                    forcedCategorical: forced.contains(j), options: options, file: file))
            cells.append(column)
        }
        guard !columns.isEmpty else {
            throw .noFeatureColumns(file: file, hint: Self.delimiterHint(header: names, delimiter: options.delimiter))
        }
        let targetCells = records.map { CSVCell($0.fields[targetIndex], missingMarkers: options.missingMarkers) }
        let task = CSVTargetEncoding.inferTask(cells: targetCells, options: options)

        let walk = try CSVRowWalk(
            records: records, columns: columns, cells: cells, targetCells: targetCells, targetIndex: targetIndex,
            targetName: names[targetIndex], task: task, options: options, file: file)
        report.rowsDroppedForMissingCells = walk.droppedForMissingCells
        report.rowsDroppedForMissingTarget = walk.droppedForMissingTarget
        report.missingFeatureCells = walk.toImpute.reduce(0) { $0 + $1.count }
        let kept = walk.kept
        guard !kept.isEmpty else { throw .empty(file: file) }

        let keptRecords = kept.map { records[$0] }
        let features = try CSVFeatureMatrix.build(
            columns: columns, cells: cells.map { column in kept.map { column[$0] } }, records: keptRecords,
            toImpute: walk.toImpute, options: options, file: file)
        let targetTexts = keptRecords.map { $0.fields[targetIndex] }
        let target: Target
        switch task {
        case .classification:
            target = try CSVTargetEncoding.classes(
                texts: targetTexts, lines: keptRecords.map(\.line), column: targetIndex, options: options, file: file)
        case .regression:
            target = .values(kept.map { targetCells[$0].number ?? .nan })
        }
        if let classNames = target.classNames, classNames.count < 2 {
            throw .tooFewClasses(file: file, column: names[targetIndex], classes: classNames)
        }
        let encoding = FeatureEncoding(
            columns: features.columns.map(\.encoding), missingMarkers: options.missingMarkers.sorted(),
            imputation: options.deferredImputation)
        for column in encoding.columns {
            if let c = column.categories { report.oneHotColumns.append(.init(column, c)) }
        }
        if report.missingFeatureCells > 0 { report.imputation = options.imputationStrategy }
        let dataset = Dataset(
            name: options.name ?? FileAccess.stem(of: file), features: features.matrix,
            featureNames: encoding.featureNames, target: target, encoding: encoding)
        return (dataset, report)
    }
}

extension Dataset {
    /// A hint for a file without feature columns whose header cells hold another usual delimiter (`;` or a
    /// tab) than the one read with; empty when there is none.
    static func delimiterHint(header: [String], delimiter: Character) -> String {
        let text = header.joined()
        for (other, name) in [(";", "';'"), ("\t", "a tab")] where String(delimiter) != other && text.contains(other) {
            return "the header holds \(name): the file must be separated by '\(delimiter)'"
        }
        return ""
    }
}

extension CSVReadReport.EncodedColumn {
    init(_ column: FeatureEncoding.Column, _ categories: [String]) {
        self.init(name: column.name, categories: categories.count)
    }
}

extension CSVOptions {
    /// The strategy of `MissingValuePolicy.imputeFromTrainingRows`, nil under the other policies.
    var deferredImputation: ImputationStrategy? {
        if case .imputeFromTrainingRows(let strategy) = missing { return strategy }
        return nil
    }

    var defersImputation: Bool { deferredImputation != nil }

    /// The strategy any imputing policy applies, nil for `error` and `dropRows`.
    var imputationStrategy: ImputationStrategy? {
        switch missing {
        case .error, .dropRows: return nil
        case .imputeMean: return .mean
        case .imputeMedian: return .median
        case .imputeFromTrainingRows(let strategy): return strategy
        }
    }
}
