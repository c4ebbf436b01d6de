import Tuning

/// Why `StorageRegistry.open` failed. Descriptions are one line and never contain a password.
public enum StorageOpenError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a storage URL (empty, unknown scheme, rejected by its scheme).
    case invalid(StorageInputError)
    /// The URL names a backend this build does not include; `hint` says how to get one that does.
    case backendNotCompiled(redacted: String, backend: String, hint: String)
    /// The backend failed to open the storage; `namesLocation` tells whether `reason` already names it.
    case cannotOpen(redacted: String, reason: String, namesLocation: Bool)

    public var description: String {
        switch self {
        case .invalid(let error): return "\(error)"
        case .backendNotCompiled(let redacted, let backend, let hint):
            return "\(redacted) needs \(backend) support: \(hint)"
        case .cannotOpen(let redacted, let reason, let namesLocation):
            return namesLocation ? reason : "cannot open storage \(redacted): \(reason)"
        }
    }
}
