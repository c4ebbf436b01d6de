import Datasets
import Foundation
import LinearAlgebra

/// The rows a saved model is applied to: a CSV file with a header, read by column name (through `CSVTable`)
/// so the columns may come in any order and extra columns are ignored.
public struct PredictionInput: Sendable {
    /// The raw feature rows, n × (number of requested features), in the requested order.
    public var features: Matrix<Float>
    /// The target column's cells, when the file has it.
    public var targets: [String]?
    /// The 1-based file line of each row.
    public var lines: [Int]
    /// What reading did beyond parsing numbers (missing cells imputed, unseen categories), as one line; nil when
    /// nothing.
    public var note: String?

    /// Reads `path`, taking `featureNames` (all required; each cell a finite number) and `targetName` (optional)
    /// by header name.
    public static func read(path: String, featureNames: [String], targetName: String)
        throws(PredictionInputError) -> PredictionInput
    {
        try PredictionInput(table(path: path), path: path, featureNames: featureNames, targetName: targetName)
    }

    /// The CSV table at `path`, its errors as `PredictionInputError`.
    static func table(path: String) throws(PredictionInputError) -> CSVTable {
        do {
            return try CSVTable.read(path: path)
        } catch {
            if case .unreadable = error { throw .unreadable(path: path) }
            throw .malformed(error)
        }
    }

    /// The rows of `table`; `path` names the file in errors.
    public init(_ table: CSVTable, path: String, featureNames: [String], targetName: String)
        throws(PredictionInputError)
    {
        let header = table.columnNames
        guard !header.isEmpty else { throw .empty(path: path) }
        var columns: [Int] = []
        for name in featureNames {
            guard let j = header.firstIndex(of: name) else {
                throw .missingColumn(path: path, name: name, required: featureNames)
            }
            columns.append(j)
        }
        let targetColumn = header.firstIndex(of: targetName)
        var values: [Float] = []
        var targets: [String] = []
        values.reserveCapacity(table.rows.count * featureNames.count)
        for row in table.rows {
            guard row.fields.count == header.count else {
                throw .raggedRow(path: path, line: row.line, fields: row.fields.count, headerFields: header.count)
            }
            for (name, j) in zip(featureNames, columns) {
                guard let x = Float(row.fields[j]), x.isFinite else {
                    throw .notANumber(path: path, line: row.line, column: j + 1, name: name, text: row.fields[j])
                }
                values.append(x)
            }
            if let t = targetColumn { targets.append(row.fields[t]) }
        }
        guard !table.rows.isEmpty else { throw .noRows(path: path) }
        features = Matrix(rows: table.rows.count, columns: featureNames.count, elements: values)
        self.targets = targetColumn == nil ? nil : targets
        lines = table.rows.map(\.line)
    }
}
