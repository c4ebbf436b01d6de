#if PostgreSQL
    import Foundation
    import PostgresNIO
    import Testing
    import Tuning
    @testable import TuningPostgres

    /// Schema migrations of an existing PostgreSQL database, on a database of its own (created and dropped here;
    /// `scripts/start-postgres` lets the test role create databases).
    @Suite("PostgreSQL migrations", .serialized)
    struct PostgresMigrationTests {
        /// Runs `body` with the URL of a new, empty database, dropped afterwards.
        private func withScratchDatabase(_ body: (PostgresConnectionInfo) throws -> Void) throws {
            let admin = try PostgresStorage(try PostgresConnectionInfo(parsing: StorageBackend.postgresURL))
            defer { admin.close() }
            let name = "tuner_migration_\(UUID().uuidString.prefix(8).lowercased())"
            try admin.session.transaction(.singleStatements) { run, _ in
                _ = try run(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
            }
            defer {
                _ = try? admin.session.transaction(.singleStatements) { run, _ in
                    try run(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name)"))
                }
            }
            var info = try PostgresConnectionInfo(parsing: StorageBackend.postgresURL)
            info.database = name
            try body(info)
        }

        @Test("a database at schema version 2 is migrated to 3 (trial metrics), keeping its studies and trials")
        func migrationFromVersion2() throws {
            try withScratchDatabase { info in
                let spec = Fixtures.spec()
                do {
                    let storage = try PostgresStorage(info)
                    defer { storage.close() }
                    try storage.createStudy(spec)
                    _ = try storage.createTrial(
                        in: spec.name, Trial(state: .complete, params: Fixtures.params, value: 1))
                    // Version 2 is version 3 without the metrics table: undo version 3.
                    try storage.session.transaction { run, _ in
                        _ = try run("DROP TABLE tuner_trial_metrics")
                        _ = try run("DELETE FROM tuner_schema_version WHERE version = 3")
                    }
                    #expect(try storage.schemaVersion() == 2)
                }
                let reopened = try PostgresStorage(info)
                defer { reopened.close() }
                #expect(try reopened.schemaVersion() == 3)
                try StorageConformanceTests.checkMigrated(reopened, keeping: spec)
            }
        }
    }
#endif
