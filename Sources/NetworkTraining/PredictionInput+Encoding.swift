import Datasets
import LinearAlgebra

extension PredictionInput {
    /// Reads `path` for `model`: by its `FeatureEncoding` when it has one (each encoded column by header name,
    /// categories one-hot, missing cells NaN for the model's imputer), else the numeric feature columns by name.
    /// A cell whose category the training rows never had sets no indicator; `note` counts those and the missing
    /// cells.
    public static func read(path: String, model: TrainedModel) throws(PredictionInputError) -> PredictionInput {
        guard let encoding = model.encoding else {
            return try read(path: path, featureNames: model.featureNames, targetName: model.targetName)
        }
        return try PredictionInput(table(path: path), path: path, encoding: encoding, targetName: model.targetName)
    }

    /// The rows of `table` encoded by `encoding`; `path` names the file in errors.
    public init(_ table: CSVTable, path: String, encoding: FeatureEncoding, targetName: String)
        throws(PredictionInputError)
    {
        let header = table.columnNames
        guard !header.isEmpty else { throw .empty(path: path) }
        let required = encoding.columns.map(\.name)
        var columns: [Int] = []
        for name in required {
            guard let j = header.firstIndex(of: name) else {
                throw .missingColumn(path: path, name: name, required: required)
            }
            columns.append(j)
        }
        guard !table.rows.isEmpty else { throw .noRows(path: path) }
        let ranges = encoding.featureRanges
        let d = ranges.last?.upperBound ?? 0
        let targetColumn = header.firstIndex(of: targetName)
        var values: [Float] = []
        values.reserveCapacity(table.rows.count * d)
        var targets: [String] = []
        var row = [Float](repeating: 0, count: d)
        var (missing, unseen) = (0, 0)
        for record in table.rows {
            guard record.fields.count == header.count else {
                throw .raggedRow(
                    path: path, line: record.line, fields: record.fields.count, headerFields: header.count)
            }
            for (c, j) in columns.enumerated() {
                let text = record.fields[j]
                do {
                    if !(try encoding.encode(text, column: c, into: &row, at: ranges[c].lowerBound)) { unseen += 1 }
                } catch .missing {
                    throw .missingValue(path: path, line: record.line, column: j + 1, name: required[c])
                } catch {
                    throw .notANumber(path: path, line: record.line, column: j + 1, name: required[c], text: text)
                }
                if row[ranges[c].lowerBound].isNaN { missing += 1 }
            }
            values.append(contentsOf: row)
            if let t = targetColumn { targets.append(record.fields[t]) }
        }
        features = Matrix(rows: table.rows.count, columns: d, elements: values)
        self.targets = targetColumn == nil ? nil : targets
        lines = table.rows.map(\.line)
        note = Self.note(path: path, missing: missing, unseen: unseen, imputation: encoding.imputation)
    }

    /// `note: new.csv: imputed 3 missing cells (mean of the training rows); 1 cell of a category not seen in
    /// training (no indicator set)`, or nil when every cell held a known value.
    static func note(path: String, missing: Int, unseen: Int, imputation: ImputationStrategy?) -> String? {
        var parts: [String] = []
        if missing > 0 {
            let strategy = imputation?.rawValue ?? "mean"
            parts.append(
                "imputed \(missing) missing \(missing == 1 ? "cell" : "cells") (\(strategy) of the training rows)")
        }
        if unseen > 0 {
            parts.append(
                "\(unseen) \(unseen == 1 ? "cell" : "cells") of a category not seen in training (no indicator set)")
        }
        return parts.isEmpty ? nil : "note: \(path): " + parts.joined(separator: "; ")
    }
}
