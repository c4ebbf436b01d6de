import ArgumentParser
import Datasets
import Foundation
import LinearAlgebra
import NeuralNetwork

/// What `tuner train --out model.json` writes and `tuner predict --model` reads: the network (architecture and
/// weights) plus everything needed to apply it to a raw CSV file: the feature columns by name, the scaler fitted
/// on the training rows, the class names (classification) or the target standardization (regression).
///
/// Regression targets are trained standardized, t = (y − μ_y) / σ_y, so one learning rate suits targets of any
/// unit; predictions are mapped back as y = μ_y + σ_y · t.
struct TrainedModel: Codable {
    static let currentFormatVersion = 1

    var formatVersion: Int
    /// The dataset it was trained on (bundled name or CSV path).
    var dataset: String
    /// The feature columns, in the order the network takes them.
    var featureNames: [String]
    /// The name of the target column (used by `predict` to score a labelled file).
    var targetName: String
    /// Class names in label order; nil for regression.
    var classNames: [String]?
    /// μ_y and σ_y of the training targets; nil for classification.
    var targetMean: Double?
    var targetScale: Double?
    /// The feature standardization fitted on the training rows only.
    var scaler: StandardScaler
    var training: TrainingConfig
    var network: SavedModel<Float>

    var isClassification: Bool { classNames != nil }

    /// Reads a model file; errors name the file and are usage errors (exit status 2).
    static func load(path: String) throws -> (TrainedModel, Network<Float>) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("--model: \(path): no such file")
        }
        let model: TrainedModel
        do {
            model = try JSONDecoder().decode(TrainedModel.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch let error as DecodingError {
            throw ValidationError("--model: \(path): not a tuner model file (\(Self.describe(error)))")
        } catch {
            throw ValidationError("--model: \(path): \(error.localizedDescription)")
        }
        guard model.formatVersion == currentFormatVersion else {
            throw ValidationError("--model: \(path): unsupported model format version \(model.formatVersion)")
        }
        guard model.scaler.featureCount == model.featureNames.count,
              model.network.spec.inputSize == model.featureNames.count else {
            throw ValidationError("--model: \(path): \(model.featureNames.count) feature names, scaler of \(model.scaler.featureCount), network input \(model.network.spec.inputSize)")
        }
        do {
            return (model, try Network<Float>(savedModel: model.network))
        } catch {
            throw ValidationError("--model: \(path): \(error)")
        }
    }

    func save(path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw RuntimeError("cannot write model to \(path): \(error.localizedDescription)")
        }
    }

    /// Predictions for raw (unscaled) feature rows: class probabilities (n × K) for classification, values in
    /// the target's units (n × 1) for regression.
    func predict(_ network: Network<Float>, raw features: Matrix<Float>) -> Matrix<Float> {
        var out = network.predict(scaler.transform(features))
        if let mean = targetMean, let scale = targetScale {
            out = out.map { Float(mean + scale * Double($0)) }
        }
        return out
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, _): return "missing key '\(key.stringValue)'"
        case let .typeMismatch(_, c), let .valueNotFound(_, c), let .dataCorrupted(c):
            let path = c.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? c.debugDescription : "at '\(path)': \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
