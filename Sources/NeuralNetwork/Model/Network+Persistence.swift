import Foundation
import Randomness

/// A trained network as data: architecture, parameters and state. Encoded as JSON by `Network.save(to:)`.
public struct SavedModel<Scalar: NetworkScalar>: Codable, Sendable {
    /// `NeuralNetworkModule.modelFormatVersion` at save time.
    public var formatVersion: Int
    public var spec: NetworkSpec
    /// θ in the network's flat layout (regularized weights first).
    public var parameters: [Scalar]
    /// BatchNorm running statistics.
    public var state: [Scalar]
}

/// Errors reading a saved model.
public enum ModelFileError: Error, Equatable, CustomStringConvertible {
    /// The file's format version is not one this build reads.
    case unsupportedVersion(Int)
    /// The parameter or state vector does not match the architecture.
    case sizeMismatch(field: String, expected: Int, found: Int)

    public var description: String {
        switch self {
        case .unsupportedVersion(let v): return "unsupported model format version \(v)"
        case .sizeMismatch(let field, let expected, let found):
            return "model field '\(field)' has \(found) values, the architecture needs \(expected)"
        }
    }
}

extension Network {
    /// The network as a `SavedModel` value.
    public func savedModel() -> SavedModel<Scalar> {
        SavedModel(
            formatVersion: NeuralNetworkModule.modelFormatVersion, spec: spec,
            parameters: parameterValues, state: stateValues)
    }

    /// Rebuilds a network from a saved model (the architecture is rebuilt, then θ and the state are copied in).
    public convenience init(savedModel model: SavedModel<Scalar>) throws {
        guard model.formatVersion == NeuralNetworkModule.modelFormatVersion else {
            throw ModelFileError.unsupportedVersion(model.formatVersion)
        }
        var rng = Xoshiro256StarStar(seed: 0)
        try self.init(spec: model.spec, using: &rng)
        guard model.parameters.count == parameterCount else {
            throw ModelFileError.sizeMismatch(
                field: "parameters", expected: parameterCount, found: model.parameters.count)
        }
        guard model.state.count == state.count else {
            throw ModelFileError.sizeMismatch(field: "state", expected: state.count, found: model.state.count)
        }
        parameterValues = model.parameters
        stateValues = model.state
    }

    /// Writes the model as JSON to `url`.
    public func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(savedModel()).write(to: url, options: .atomic)
    }

    /// Reads a model written by `save(to:)`.
    public static func load(from url: URL) throws -> Network {
        let model = try JSONDecoder().decode(SavedModel<Scalar>.self, from: Data(contentsOf: url))
        return try Network(savedModel: model)
    }
}
