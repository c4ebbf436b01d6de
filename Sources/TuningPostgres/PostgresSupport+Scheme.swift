import Tuning

extension PostgresSupport {
    /// `postgresql://user[:pw]@host[:port]/db` (or `postgres://`): a `PostgresStorage`, in builds with the
    /// `PostgreSQL` trait; in other builds opening throws `StorageInputError.backendNotCompiled`.
    public static let scheme = StorageScheme(
        name: "postgresql", example: "postgresql://user@host/db",
        recognizes: { text in PostgresConnectionInfo.schemes.contains { text.hasPrefix($0) } },
        locate: { text, environment in
            let info = try PostgresConnectionInfo(parsing: text, environment: environment)
            return StorageLocation(scheme: "postgresql", redacted: info.redacted) { try open(info) }
        })
}
