import Foundation
import LinearAlgebra
import NeuralNetwork

/// Formats `tuner predict`'s results: a CSV table (file or stdout), JSON lines, and the score when the input
/// has the target column.
enum PredictionOutput {
    /// The column of the largest probability in each row (one output: class 1 when p ≥ 0.5).
    static func argmax(_ probabilities: Matrix<Float>) -> [Int] {
        (0..<probabilities.rows).map { i in
            let row = probabilities.row(i)
            if row.count == 1 { return row[0] >= 0.5 ? 1 : 0 }
            return row.indices.max { row[$0] < row[$1] } ?? 0
        }
    }

    /// Per-class probabilities of row i, one per class name (a single logistic output gives 1 − p, p).
    static func probabilities(_ output: Matrix<Float>, row i: Int) -> [Double] {
        let row = output.row(i).map(Double.init)
        return row.count == 1 ? [1 - row[0], row[0]] : row
    }

    /// The CSV text: `line,predicted,p(class)…` for classification, `line,predicted` for regression.
    static func csv(model: TrainedModel, output: Matrix<Float>, lines: [Int]) -> String {
        var text: String
        if let names = model.classNames {
            text = "line,predicted," + names.map { quote("p(\($0))") }.joined(separator: ",") + "\n"
            let predicted = argmax(output)
            for i in 0..<output.rows {
                text += "\(lines[i]),\(quote(names[predicted[i]])),"
                text += probabilities(output, row: i).map { String(format: "%.6g", $0) }.joined(separator: ",") + "\n"
            }
        } else {
            text = "line,predicted\n"
            for i in 0..<output.rows { text += "\(lines[i]),\(String(format: "%.6g", Double(output[i, 0])))\n" }
        }
        return text
    }

    /// One JSON object per row.
    static func jsonLines(model: TrainedModel, output: Matrix<Float>, lines: [Int]) -> [String] {
        if let names = model.classNames {
            let predicted = argmax(output)
            return (0..<output.rows).map { i in
                let p = probabilities(output, row: i)
                return JSONValue.object([("line", .int(lines[i])), ("predicted", .string(names[predicted[i]])),
                                         ("probabilities", .object(zip(names, p).map { ($0, JSONValue($1)) }))]).text
            }
        }
        return (0..<output.rows).map { i in
            JSONValue.object([("line", .int(lines[i])), ("predicted", JSONValue(Double(output[i, 0])))]).text
        }
    }

    /// Accuracy (classification; labels not among the class names count as wrong) or R² and MSE (regression)
    /// against the target cells; nil when a regression target cell is not a number.
    static func scores(model: TrainedModel, output: Matrix<Float>, targets: [String]) -> [(String, Double)]? {
        if let names = model.classNames {
            let predicted = argmax(output)
            let correct = zip(predicted, targets).filter { p, t in names[p] == t || (Double(names[p]) != nil && Double(names[p]) == Double(t)) }.count
            return [("accuracy", Double(correct) / Double(max(targets.count, 1)))]
        }
        let actual = targets.compactMap(Double.init)
        guard actual.count == targets.count else { return nil }
        let predicted = (0..<output.rows).map { Double(output[$0, 0]) }
        return [("r2", RegressionMetrics.r2(predicted: predicted, actual: actual)),
                ("mse", RegressionMetrics.meanSquaredError(predicted: predicted, actual: actual))]
    }

    static func quote(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
