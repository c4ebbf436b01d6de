extension InMemoryStorage {
    /// `memory` (or `memory://`): a fresh `InMemoryStorage`, lost when the process ends.
    public static let scheme = StorageScheme(
        name: "memory", example: "memory",
        recognizes: { $0 == "memory" || $0 == "memory://" },
        locate: { _, _ in StorageLocation(scheme: "memory", redacted: "memory") { InMemoryStorage() } })
}
