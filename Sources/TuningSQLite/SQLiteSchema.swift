import GRDB

/// The SQLite schema and its migrations (GRDB `DatabaseMigrator`; applied versions are rows of the
/// `grdb_migrations` table, the schema-version table). Migrations only ever get appended: a file written by a
/// newer tuner (unknown migration identifiers) is refused rather than misread.
///
/// Tables (times are seconds since 1970 as REAL; `params` and `spec` are JSON):
/// - `studies(id, name UNIQUE, spec, next_trial_number, created_at)`: `next_trial_number` is the counter
///   trial numbers come from, incremented inside the IMMEDIATE transaction that inserts the trial;
/// - `trials(study_id, number, state, params, value, failure_reason, created_at, started_at, finished_at,
///   heartbeat)`, primary key `(study_id, number)`;
/// - `trial_intermediate_values(study_id, number, step, value)`: NULL value stands for NaN (SQLite has no NaN);
/// - `trial_user_attributes(study_id, number, key, value)`;
/// - since v3, `trial_metrics(study_id, number, name, value)`: the metrics of studies with several objectives or
///   with constraints (NULL stands for NaN).
///
/// Indexes: `trials_by_state(study_id, state, number)` (claiming, sweeping) and, since v2,
/// `trials_by_params(study_id, params)` (the unique-parameters insert).
enum SQLiteSchema {
    /// The migrations of this version of the storage, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-studies-and-trials") { db in
            try db.execute(
                sql: """
                    CREATE TABLE studies (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL UNIQUE,
                        spec TEXT NOT NULL,
                        next_trial_number INTEGER NOT NULL DEFAULT 0,
                        created_at REAL NOT NULL
                    );
                    CREATE TABLE trials (
                        study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
                        number INTEGER NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('waiting', 'running', 'complete', 'pruned', 'failed')),
                        params TEXT NOT NULL,
                        value REAL,
                        failure_reason TEXT,
                        created_at REAL NOT NULL,
                        started_at REAL,
                        finished_at REAL,
                        heartbeat REAL,
                        PRIMARY KEY (study_id, number)
                    );
                    CREATE INDEX trials_by_state ON trials(study_id, state, number);
                    CREATE TABLE trial_intermediate_values (
                        study_id INTEGER NOT NULL,
                        number INTEGER NOT NULL,
                        step INTEGER NOT NULL,
                        value REAL,
                        PRIMARY KEY (study_id, number, step),
                        FOREIGN KEY (study_id, number) REFERENCES trials(study_id, number) ON DELETE CASCADE
                    );
                    CREATE TABLE trial_user_attributes (
                        study_id INTEGER NOT NULL,
                        number INTEGER NOT NULL,
                        key TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY (study_id, number, key),
                        FOREIGN KEY (study_id, number) REFERENCES trials(study_id, number) ON DELETE CASCADE
                    );
                    """)
        }
        // Finds the trials that hold a point (`UniqueParametersStorage`) without scanning the study.
        migrator.registerMigration("v2-trials-by-params") { db in
            try db.execute(sql: "CREATE INDEX trials_by_params ON trials(study_id, params)")
        }
        // Metrics of studies with several objectives or with constraints. A file migrated to v3 is refused by
        // older versions (unknown migration), which would otherwise read such a study as single-objective.
        migrator.registerMigration("v3-trial-metrics") { db in
            try db.execute(
                sql: """
                    CREATE TABLE trial_metrics (
                        study_id INTEGER NOT NULL,
                        number INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        value REAL,
                        PRIMARY KEY (study_id, number, name),
                        FOREIGN KEY (study_id, number) REFERENCES trials(study_id, number) ON DELETE CASCADE
                    )
                    """)
        }
        return migrator
    }

    /// Applies missing migrations. Two processes opening a new file at once may race on the first migration;
    /// the loser finds it applied on its next look, so a failure is retried after checking.
    static func migrate(_ pool: DatabasePool) throws {
        let migrator = self.migrator
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
            throw SchemaTooNew()
        }
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                attempt += 1
                if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
                if attempt >= 5 { throw error }
            }
        }
    }

    /// The file was migrated by a newer version of the storage.
    struct SchemaTooNew: Error {}
}
