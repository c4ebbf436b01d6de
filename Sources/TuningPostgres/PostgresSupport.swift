import Tuning

/// The entry point the command line uses whether or not this build includes PostgreSQL: the `PostgreSQL`
/// package trait (`swift build --traits PostgreSQL`) compiles `PostgresStorage` and PostgresNIO in; without
/// it the module is small and `open` explains how to enable it, so the default build stays fast.
public enum PostgresSupport {
    /// Whether `PostgresStorage` is compiled into this build.
    public static var isCompiled: Bool {
        #if PostgreSQL
            return true
        #else
            return false
        #endif
    }

    /// How to get a build with PostgreSQL support.
    public static let enableHint = "build with `swift build -c release --traits PostgreSQL` (see docs/storage.md)"

    /// Connects to the database of `info` (see `PostgresStorage`), or throws
    /// `StorageInputError.backendNotCompiled` in a build without the trait.
    public static func open(_ info: PostgresConnectionInfo) throws -> any StaleTrialSweeping & TrialBudgetStorage
        & UniqueParametersStorage
    {
        #if PostgreSQL
            return try PostgresStorage(info)
        #else
            throw StorageInputError.backendNotCompiled(backend: "PostgreSQL", hint: enableHint)
        #endif
    }
}
