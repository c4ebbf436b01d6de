import Tuning
import TuningPostgres
import TuningSQLite

extension StorageRegistry {
    /// Every backend of this package: `memory`, SQLite (also for plain paths) and PostgreSQL (opened only in
    /// builds with the `PostgreSQL` trait).
    public static let standard = StorageRegistry(
        schemes: [InMemoryStorage.scheme, SQLiteStorage.scheme, PostgresSupport.scheme],
        fallback: SQLiteStorage.scheme)
}
