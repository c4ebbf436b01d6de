/// The pass over a CSV file's rows, in file order, that applies the missing-value policy: which rows are kept,
/// which of their feature cells are to be imputed, and how many rows were dropped and why. The first offending cell
/// is the error reported.
struct CSVRowWalk {
    /// The indices of the kept records.
    var kept: [Int] = []
    /// `toImpute[c]` lists the kept-row positions whose cell in feature column c is missing (or not a number in a
    /// numeric column).
    var toImpute: [[Int]]
    var droppedForMissingCells = 0
    var droppedForMissingTarget = 0

    init(
        records: [CSVRecord], columns: [CSVFeatureColumn], cells: [[CSVCell]], targetCells: [CSVCell],
        targetIndex: Int, targetName: String, task: TaskKind, options: CSVOptions, file: String
    ) throws(DatasetError) {
        toImpute = [[Int]](repeating: [], count: columns.count)
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
                    droppedForMissingCells += 1
                    continue rows
                case .imputeMean, .imputeMedian, .imputeFromTrainingRows:
                    pending.append(c)
                }
            }
            let cell = targetCells[r]
            if cell == .outOfRange && task == .regression {
                throw .outOfRange(
                    file: file, line: record.line, column: targetIndex + 1, columnName: targetName,
                    text: record.fields[targetIndex])
            }
            if cell == .missing || (cell == .text && task == .regression) {
                let (line, column) = (record.line, targetIndex + 1)
                switch options.missing {
                case .dropRows:
                    droppedForMissingCells += 1
                    continue rows
                case .imputeFromTrainingRows where cell == .missing:
                    droppedForMissingTarget += 1
                    continue rows
                case .error where cell == .missing:
                    throw .missingValue(file: file, line: line, column: column, columnName: targetName, hint: hint)
                case .imputeMean where cell == .missing, .imputeMedian where cell == .missing:
                    throw .missingValue(
                        file: file, line: line, column: column, columnName: targetName,
                        hint: "a target is never imputed; remove the row or fill in the value")
                default:
                    throw .notANumber(
                        file: file, line: line, column: column, columnName: targetName,
                        text: record.fields[targetIndex])
                }
            }
            for c in pending { toImpute[c].append(kept.count) }
            kept.append(r)
        }
    }
}
