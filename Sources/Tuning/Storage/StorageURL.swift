import Foundation

/// Where a study lives, as given on the command line (`--storage`):
///
/// | text                                   | storage                                             |
/// |----------------------------------------|-----------------------------------------------------|
/// | `memory`                               | `InMemoryStorage` (lost when the process ends)       |
/// | `sqlite:///abs/path.db`                | SQLite file at the absolute path `/abs/path.db`      |
/// | `sqlite://relative.db`, `file.db`      | SQLite file relative to the working directory        |
/// | `postgresql://user[:pw]@host[:port]/db`| PostgreSQL (`postgres://` too); password from the URL or `PGPASSWORD` |
///
/// User and password in a PostgreSQL URL may be percent-encoded (`%40` for `@`). The password never appears
/// in `description`/`redacted` nor in any parse error.
public enum StorageURL: Sendable, Equatable, CustomStringConvertible {
    case memory
    /// An SQLite file; the path as written (relative paths are resolved by the opener).
    case sqlite(path: String)
    case postgres(PostgresConnectionInfo)

    /// Parses `text`; `environment` supplies `PGPASSWORD` (and `PGUSER` when the URL names no user).
    public init(parsing text: String,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw StorageInputError.invalidURL(redacted: "", reason: "empty storage URL") }
        if trimmed == "memory" || trimmed == "memory://" {
            self = .memory
            return
        }
        if let rest = trimmed.dropPrefix("sqlite://") ?? trimmed.dropPrefix("sqlite:") {
            guard !rest.isEmpty else {
                throw StorageInputError.invalidURL(redacted: trimmed, reason: "missing file path after 'sqlite://'")
            }
            self = .sqlite(path: rest)
            return
        }
        if let rest = trimmed.dropPrefix("postgresql://") ?? trimmed.dropPrefix("postgres://") {
            self = .postgres(try PostgresConnectionInfo(parsingAuthorityAndPath: rest, environment: environment))
            return
        }
        if let scheme = trimmed.range(of: "://").map({ String(trimmed[..<$0.lowerBound]) }) {
            throw StorageInputError.invalidURL(
                redacted: "\(scheme)://…",
                reason: "unknown scheme '\(scheme)' (use memory, sqlite:///path.db or postgresql://user@host/db)")
        }
        self = .sqlite(path: trimmed)
    }

    /// The URL with any password replaced by `***`: safe for logs, errors and progress lines.
    public var redacted: String {
        switch self {
        case .memory: return "memory"
        case .sqlite(let path): return "sqlite://\(path)"  // sqlite:///abs or sqlite://relative
        case .postgres(let info): return info.redacted
        }
    }

    public var description: String { redacted }
}

extension String {
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
