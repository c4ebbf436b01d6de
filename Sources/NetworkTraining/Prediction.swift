import Foundation
import LinearAlgebra
import NeuralNetwork

/// A model's output for a set of rows, with what `tuner predict` and `tuner train` derive from it: the
/// predicted class of each row, the per-class probabilities, scores against known targets, and the CSV table
/// of predictions.
public struct Prediction: Sendable {
    /// Class probabilities (n × K, or n × 1 for a single logistic output) for classification; values in the
    /// target's units (n × 1) for regression.
    public var output: Matrix<Float>
    /// Class names in label order; nil for regression.
    public var classNames: [String]?

    public init(output: Matrix<Float>, classNames: [String]?) {
        self.output = output
        self.classNames = classNames
    }

    /// The model's output for raw feature rows.
    public init(model: TrainedModel, network: Network<Float>, raw features: Matrix<Float>) {
        self.init(output: model.predict(network, raw: features), classNames: model.classNames)
    }

    public var count: Int { output.rows }

    /// The column of the largest probability in each row (one output: class 1 when p ≥ 0.5).
    public var predictedLabels: [Int] {
        (0..<output.rows).map { i in
            let row = output.row(i)
            if row.count == 1 { return row[0] >= 0.5 ? 1 : 0 }
            return row.indices.max { row[$0] < row[$1] } ?? 0
        }
    }

    /// Per-class probabilities of row i, one per class name (a single logistic output gives 1 − p, p).
    public func probabilities(row i: Int) -> [Double] {
        let row = output.row(i).map(Double.init)
        return row.count == 1 ? [1 - row[0], row[0]] : row
    }

    /// The predicted value of row i (regression).
    public func value(row i: Int) -> Double { Double(output[i, 0]) }

    /// Accuracy (classification; labels not among the class names count as wrong, numeric labels compare as
    /// numbers) or R² and MSE (regression) against target cells; nil when a regression cell is not a number.
    public func scores(against targets: [String]) -> [(String, Double)]? {
        if let names = classNames {
            let correct = zip(predictedLabels, targets).filter { p, t in
                names[p] == t || (Double(names[p]) != nil && Double(names[p]) == Double(t))
            }.count
            return [("accuracy", Double(correct) / Double(max(targets.count, 1)))]
        }
        let actual = targets.compactMap(Double.init)
        guard actual.count == targets.count else { return nil }
        let predicted = (0..<output.rows).map(value(row:))
        return [
            ("r2", RegressionMetrics.r2(predicted: predicted, actual: actual)),
            ("mse", RegressionMetrics.meanSquaredError(predicted: predicted, actual: actual)),
        ]
    }

    /// The CSV table: `line,predicted,p(class)…` for classification, `line,predicted` for regression, numbers
    /// with 6 significant digits; `lines` are the input rows' file lines.
    public func csv(lines: [Int]) -> String {
        var text: String
        if let names = classNames {
            text = "line,predicted," + names.map { Self.quote("p(\($0))") }.joined(separator: ",") + "\n"
            let predicted = predictedLabels
            for i in 0..<output.rows {
                text += "\(lines[i]),\(Self.quote(names[predicted[i]])),"
                text += probabilities(row: i).map { String(format: "%.6g", $0) }.joined(separator: ",") + "\n"
            }
        } else {
            text = "line,predicted\n"
            for i in 0..<output.rows { text += "\(lines[i]),\(String(format: "%.6g", value(row: i)))\n" }
        }
        return text
    }

    /// A CSV field, quoted (RFC 4180) when it holds a comma or a quote.
    static func quote(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
