import LinearAlgebra

/// Builds X from the kept CSV rows: numeric columns as parsed (missing cells imputed), categorical columns one-hot.
///
/// Imputation statistics are computed from the file's own kept rows (mean, or median = middle order statistic,
/// mean of the two middle ones for an even count; categorical columns take the most frequent category, the first
/// in sorted order on ties). To keep test data out of the statistics, impute each split file separately or drop
/// rows instead, or defer imputation (`MissingValuePolicy.imputeFromTrainingRows`): missing cells are then NaN
/// (in every indicator of a categorical column) for a `MissingValueImputer` fitted on training rows.
enum CSVFeatureMatrix {
    static func build(
        columns: [CSVFeatureColumn], cells: [[CSVCell]], records: [CSVRecord], toImpute: [[Int]],
        options: CSVOptions, file: String
    ) throws(DatasetError) -> (matrix: Matrix<Float>, columns: [CSVFeatureColumn]) {
        let n = records.count
        // Categories are taken from the kept rows only, so no all-zero indicator column appears.
        var resolved: [CSVFeatureColumn] = []
        for column in columns {
            var column = column
            if case .categorical = column.kind {
                column.kind = .categorical(categories: try categories(of: column, records, options, file))
            }
            resolved.append(column)
        }
        let names = resolved.flatMap(\.featureNames)
        let d = names.count
        var x = Matrix<Float>(rows: n, columns: d)
        var offset = 0
        for (c, column) in resolved.enumerated() {
            var missing = [Bool](repeating: false, count: n)
            for row in toImpute[c] { missing[row] = true }
            switch column.kind {
            case .numeric:
                var values = [Float](repeating: 0, count: n)
                var present: [Float] = []
                for row in 0..<n where !missing[row] {
                    if let v = cells[c][row].number {
                        values[row] = v
                        present.append(v)
                    }
                }
                if options.defersImputation {
                    for row in toImpute[c] { values[row] = .nan }
                } else if !toImpute[c].isEmpty {
                    guard !present.isEmpty else { throw nothingToImpute(column, records, file) }
                    let fill = options.missing == .imputeMedian ? median(present) : mean(present)
                    for row in toImpute[c] { values[row] = fill }
                }
                x.withUnsafeMutableBufferPointer { buffer in
                    for row in 0..<n { buffer[row &* d &+ offset] = values[row] }
                }
                offset += 1
            case .categorical(let categories):
                let texts = records.map { $0.fields[column.index] }
                let position = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
                var fill: Int?
                if options.defersImputation {
                    for row in toImpute[c] { for k in categories.indices { x[row, offset + k] = .nan } }
                    for row in 0..<n where !missing[row] { x[row, offset + position[texts[row]]!] = 1 }
                    offset += categories.count
                    continue
                }
                if !toImpute[c].isEmpty {
                    var counts = [Int](repeating: 0, count: categories.count)
                    for row in 0..<n where !missing[row] { counts[position[texts[row]]!] += 1 }
                    guard
                        let best = counts.indices.max(by: {
                            counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1)
                        })
                    else { throw nothingToImpute(column, records, file) }
                    fill = best
                }
                for row in 0..<n {
                    let category = missing[row] ? fill! : position[texts[row]]!
                    x[row, offset + category] = 1
                }
                offset += categories.count
            }
        }
        return (x, resolved)
    }

    /// The sorted distinct values of a categorical column's present cells; more than
    /// `options.maximumCategories` throws `tooManyCategories` (counting stops one past the limit).
    private static func categories(
        of column: CSVFeatureColumn, _ records: [CSVRecord], _ options: CSVOptions, _ file: String
    ) throws(DatasetError) -> [String] {
        var distinct = Set<String>()
        for record in records {
            let text = record.fields[column.index]
            guard !options.missingMarkers.contains(text) else { continue }
            distinct.insert(text)
            if let limit = options.maximumCategories, distinct.count > limit {
                let total = Set(records.map { $0.fields[column.index] }).subtracting(options.missingMarkers).count
                throw .tooManyCategories(
                    file: file, column: column.index + 1, columnName: column.name, count: total, limit: limit,
                    hint: "leave the column out or allow more categories")
            }
        }
        return distinct.sorted()
    }

    private static func nothingToImpute(_ column: CSVFeatureColumn, _ records: [CSVRecord], _ file: String)
        -> DatasetError
    {
        .missingValue(
            file: file, line: records[0].line, column: column.index + 1, columnName: column.name,
            hint: "the column has no values to impute from")
    }

    /// Arithmetic mean, accumulated in Double.
    static func mean(_ values: [Float]) -> Float {
        Float(values.reduce(0.0) { $0 + Double($1) } / Double(values.count))
    }

    /// The median: middle order statistic, or the mean of the two middle ones.
    static func median(_ values: [Float]) -> Float {
        let sorted = values.sorted()
        let m = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[m] : Float((Double(sorted[m - 1]) + Double(sorted[m])) / 2)
    }
}
