/// Why a model file could not be read or written; `description` starts with the file's path.
public enum TrainedModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file at the path.
    case missing(path: String)
    /// The file is not JSON of a model (`reason` says where decoding failed).
    case notAModelFile(path: String, reason: String)
    /// The file could not be read, or the network in it could not be rebuilt.
    case unreadable(path: String, reason: String)
    /// A `formatVersion` this build does not read.
    case unsupportedVersion(path: String, version: Int)
    /// Feature names, scaler and network input disagree in size.
    case inconsistent(path: String, featureNames: Int, scalerFeatures: Int, networkInputs: Int)
    /// A field holds a value no model can have, or disagrees with another field (`TrainedModel+Validation`).
    case invalidField(path: String, field: String, reason: String)
    /// The model could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): return "\(path): no such file"
        case .notAModelFile(let path, let reason): return "\(path): not a tuner model file (\(reason))"
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        case .unsupportedVersion(let path, let version): return "\(path): unsupported model format version \(version)"
        case .inconsistent(let path, let names, let scaler, let inputs):
            return "\(path): \(names) feature names, scaler of \(scaler), network input \(inputs)"
        case .invalidField(let path, let field, let reason): return "\(path): field '\(field)': \(reason)"
        case .unwritable(let path, let reason): return "cannot write model to \(path): \(reason)"
        }
    }
}
