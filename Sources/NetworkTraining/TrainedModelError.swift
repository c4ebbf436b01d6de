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
    /// The model could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .missing(path): return "\(path): no such file"
        case let .notAModelFile(path, reason): return "\(path): not a tuner model file (\(reason))"
        case let .unreadable(path, reason): return "\(path): \(reason)"
        case let .unsupportedVersion(path, version): return "\(path): unsupported model format version \(version)"
        case let .inconsistent(path, names, scaler, inputs):
            return "\(path): \(names) feature names, scaler of \(scaler), network input \(inputs)"
        case let .unwritable(path, reason): return "cannot write model to \(path): \(reason)"
        }
    }
}
