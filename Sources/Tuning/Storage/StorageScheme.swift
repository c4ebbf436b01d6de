/// How one storage backend is named in a storage URL (`--storage`): which texts it recognizes and how it turns
/// one into a `StorageLocation`. Each backend provides its scheme (`InMemoryStorage.scheme`,
/// `SQLiteStorage.scheme`, `PostgresSupport.scheme`); a registry (`TuningStorages`) dispatches a URL to the
/// scheme that recognizes it, so this module knows no backend but its own in-memory one.
public struct StorageScheme: Sendable {
    /// A short name for messages and listings (`memory`, `sqlite`, `postgresql`).
    public let name: String
    /// A URL of this scheme as a user would write it, or a short description of the texts it accepts, for
    /// "use …" hints (`sqlite:///path.db`).
    public let example: String
    /// Whether `text` (trimmed, non-empty) belongs to this scheme.
    public let recognizes: @Sendable (_ text: String) -> Bool
    /// Parses a recognized `text`; `environment` supplies defaults such as `PGPASSWORD`. Throws
    /// `StorageInputError.invalidURL` with a redacted URL.
    public let locate: @Sendable (_ text: String, _ environment: [String: String]) throws -> StorageLocation

    public init(
        name: String, example: String, recognizes: @escaping @Sendable (String) -> Bool,
        locate: @escaping @Sendable (String, [String: String]) throws -> StorageLocation
    ) {
        self.name = name
        self.example = example
        self.recognizes = recognizes
        self.locate = locate
    }
}
