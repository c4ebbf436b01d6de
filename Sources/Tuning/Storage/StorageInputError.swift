/// Errors in what a user gave a storage: a URL that cannot be parsed, a study name that is not allowed, a
/// backend that this build does not include. Descriptions are one line and never contain a password.
public enum StorageInputError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidURL(redacted: String, reason: String)
    case invalidStudyName(String, reason: String)
    /// The backend exists but was not compiled into this build; `hint` says how to enable it.
    case backendNotCompiled(backend: String, hint: String)

    public var description: String {
        switch self {
        case .invalidURL(let url, let reason): return "invalid storage URL '\(url)': \(reason)"
        case .invalidStudyName(let name, let reason): return "invalid study name '\(name)': \(reason)"
        case .backendNotCompiled(let backend, let hint):
            return "\(backend) storage is not included in this build: \(hint)"
        }
    }
}
