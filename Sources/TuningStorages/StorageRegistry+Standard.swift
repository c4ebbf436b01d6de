import Tuning
import TuningPostgres
import TuningSQLite

extension StorageRegistry {
    /// Every backend of this package: `memory`, SQLite (`sqlite:` URLs and plain paths that name a database
    /// file, `SQLiteStorage.pathScheme`) and PostgreSQL (opened only in builds with the `PostgreSQL` trait).
    /// There is no fallback: `MEMORY`, `not a url` or `postgresql:/x` are errors, never new SQLite files.
    public static let standard = StorageRegistry(
        schemes: [InMemoryStorage.scheme, SQLiteStorage.scheme, PostgresSupport.scheme, SQLiteStorage.pathScheme])
}
