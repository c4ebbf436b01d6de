#if PostgreSQL
    import PostgresNIO
    import Tuning

    /// The PostgreSQL schema and its migrations. `tuner_schema_version` records each applied version; migrations
    /// run in one transaction under a transaction-scoped advisory lock, so workers starting together apply each
    /// migration once, and a database migrated by a newer tuner (a version above `latest`) is refused.
    ///
    /// Tables (prefixed `tuner_`, so the database can be shared; times are seconds since 1970 as DOUBLE
    /// PRECISION; `spec` and `params` are JSON text):
    /// - `tuner_studies(id, name UNIQUE, spec, next_trial_number, created_at)`: the trial-number counter row,
    ///   updated (and so row-locked) in the transaction that inserts a trial;
    /// - `tuner_trials(study_id, number, state, params, value, failure_reason, created_at, started_at,
    ///   finished_at, heartbeat, request_id UNIQUE)`: `request_id` makes a retried `createTrial` idempotent;
    /// - `tuner_trial_intermediate_values(study_id, number, step, value)`;
    /// - `tuner_trial_user_attributes(study_id, number, key, value)`;
    /// - since version 3, `tuner_trial_metrics(study_id, number, name, value)`: the metrics of studies with several
    ///   objectives or with constraints.
    ///
    /// Indexes: `tuner_trials_by_state(study_id, state, number)` (claiming, sweeping) and, since version 2,
    /// `tuner_trials_by_params(study_id, md5(params))` (the unique-parameters insert).
    enum PostgresSchema {
        /// Key of the advisory lock held while migrating (any constant unique to this application).
        static let advisoryLockKey = 7_463_251_900_172_341

        /// Migration k (1-based) is `migrations[k - 1]`: a description and its statements.
        static let migrations: [(description: String, statements: [PostgresQuery])] = [
            (
                "studies, trials, intermediate values, user attributes",
                [
                    """
                    CREATE TABLE tuner_studies (
                        id BIGSERIAL PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        spec TEXT NOT NULL,
                        next_trial_number BIGINT NOT NULL DEFAULT 0,
                        created_at DOUBLE PRECISION NOT NULL)
                    """,
                    """
                    CREATE TABLE tuner_trials (
                        study_id BIGINT NOT NULL REFERENCES tuner_studies(id) ON DELETE CASCADE,
                        number BIGINT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('waiting', 'running', 'complete', 'pruned', 'failed')),
                        params TEXT NOT NULL,
                        value DOUBLE PRECISION,
                        failure_reason TEXT,
                        created_at DOUBLE PRECISION NOT NULL,
                        started_at DOUBLE PRECISION,
                        finished_at DOUBLE PRECISION,
                        heartbeat DOUBLE PRECISION,
                        request_id TEXT UNIQUE,
                        PRIMARY KEY (study_id, number))
                    """,
                    "CREATE INDEX tuner_trials_by_state ON tuner_trials (study_id, state, number)",
                    """
                    CREATE TABLE tuner_trial_intermediate_values (
                        study_id BIGINT NOT NULL,
                        number BIGINT NOT NULL,
                        step BIGINT NOT NULL,
                        value DOUBLE PRECISION NOT NULL,
                        PRIMARY KEY (study_id, number, step),
                        FOREIGN KEY (study_id, number) REFERENCES tuner_trials (study_id, number) ON DELETE CASCADE)
                    """,
                    """
                    CREATE TABLE tuner_trial_user_attributes (
                        study_id BIGINT NOT NULL,
                        number BIGINT NOT NULL,
                        key TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY (study_id, number, key),
                        FOREIGN KEY (study_id, number) REFERENCES tuner_trials (study_id, number) ON DELETE CASCADE)
                    """,
                ]
            ),
            // Finds the trials that hold a point (`UniqueParametersStorage`) without scanning the study; on the hash
            // of the JSON, since a B-tree entry is limited to about 2.7 KB and parameter sets may be longer.
            (
                "index of trials by parameters",
                [
                    "CREATE INDEX tuner_trials_by_params ON tuner_trials (study_id, md5(params))"
                ]
            ),
            // The metrics of studies with several objectives or with constraints. A database at version 3 is refused
            // by older tuners, which would otherwise read such a study as single-objective.
            (
                "trial metrics",
                [
                    """
                    CREATE TABLE tuner_trial_metrics (
                        study_id BIGINT NOT NULL,
                        number BIGINT NOT NULL,
                        name TEXT NOT NULL,
                        value DOUBLE PRECISION NOT NULL,
                        PRIMARY KEY (study_id, number, name),
                        FOREIGN KEY (study_id, number) REFERENCES tuner_trials (study_id, number) ON DELETE CASCADE)
                    """
                ]
            ),
        ]

        /// The schema version this code writes.
        static var latest: Int { migrations.count }

        /// Brings the database to `latest`; throws if it is newer.
        static func migrate(_ session: PostgresSession) throws {
            try session.transaction { run, _ in
                _ = try run("SELECT pg_advisory_xact_lock(\(advisoryLockKey))")
                _ = try run(
                    """
                    CREATE TABLE IF NOT EXISTS tuner_schema_version (
                        version BIGINT PRIMARY KEY,
                        description TEXT NOT NULL,
                        applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                    """)
                let current =
                    try run("SELECT COALESCE(MAX(version), 0) FROM tuner_schema_version")
                    .first.map { try $0.decode(Int.self) } ?? 0
                guard current <= latest else {
                    throw StorageError.backend(
                        "PostgreSQL \(session.info.redacted): schema version \(current) was "
                            + "written by a newer tuner (this one knows up to \(latest))")
                }
                for version in (current + 1)...max(current + 1, latest) where version <= latest {
                    let migration = migrations[version - 1]
                    for statement in migration.statements { _ = try run(statement) }
                    _ = try run(
                        """
                        INSERT INTO tuner_schema_version (version, description) \
                        VALUES (\(version), \(migration.description))
                        """
                    )
                }
            }
        }
    }
#endif
