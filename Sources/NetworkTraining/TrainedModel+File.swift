import Foundation
import NeuralNetwork
import Tuning

/// Reading and writing model files: JSON with sorted keys, so the same model always gives the same bytes.
extension TrainedModel {
    /// The model in `data` (the bytes of a model file), checked: a readable format version, feature names,
    /// scaler, imputer, encoding and network input of one size, and the fields of `validate(path:)` (sizes
    /// within bounds, class names matching the outputs) before the network is built. `path` names the file in
    /// errors.
    public static func decode(_ data: Data, path: String) throws(TrainedModelError) -> (TrainedModel, Network<Float>) {
        let model: TrainedModel
        do {
            model = try JSONDecoder().decode(TrainedModel.self, from: data)
        } catch let error as DecodingError {
            throw .notAModelFile(path: path, reason: describe(error))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        guard readableFormatVersions.contains(model.formatVersion) else {
            throw .unsupportedVersion(path: path, version: model.formatVersion)
        }
        guard model.scaler.featureCount == model.featureNames.count,
            model.network.spec.inputSize == model.featureNames.count,
            (model.imputer?.featureCount ?? model.featureNames.count) == model.featureNames.count,
            (model.encoding?.featureNames ?? model.featureNames) == model.featureNames
        else {
            throw .inconsistent(
                path: path, featureNames: model.featureNames.count,
                scalerFeatures: model.scaler.featureCount, networkInputs: model.network.spec.inputSize)
        }
        try model.validate(path: path)
        do {
            return (model, try Network<Float>(savedModel: model.network))
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    /// Reads and checks the model file at `path` (see `decode`).
    public static func load(path: String) throws(TrainedModelError) -> (TrainedModel, Network<Float>) {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try decode(data, path: path)
    }

    /// The file's bytes: JSON with sorted keys.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Writes the model to `path` through `SafeFileWriter`: complete or not at all, never over a database or
    /// a special file.
    public func save(path: String) throws(TrainedModelError) {
        let data: Data
        do {
            data = try encoded()
        } catch {
            throw .unwritable(path: path, reason: error.localizedDescription)
        }
        do {
            try SafeFileWriter.write(data, to: path)
        } catch {
            throw .unwritable(path: path, reason: error.reason)
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): return "missing key '\(key.stringValue)'"
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            let path = c.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? c.debugDescription : "at '\(path)': \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
