#if PostgreSQL
    import Foundation
    import PostgresNIO
    import Tuning

    /// `StudyStorage` on PostgreSQL through PostgresNIO: many workers on many machines share one study.
    ///
    /// - Every method is one transaction on the storage's connection, committed before it returns.
    /// - Trial numbers: `UPDATE tuner_studies SET next_trial_number = next_trial_number + 1 … RETURNING` takes the
    ///   study's counter row lock until commit, so numbers are unique and gap-free across workers.
    /// - `claimWaitingTrial`: `SELECT … FOR UPDATE SKIP LOCKED` picks the lowest waiting trial no other worker is
    ///   claiming, and the same transaction marks it running: each waiting trial goes to exactly one worker.
    /// - `createTrialUnlessParametersTaken` (`UniqueParametersStorage`): the counter row is locked before the
    ///   look-up for a trial with the same parameters, so each grid point is recorded by exactly one worker.
    /// - Connection loss: the transaction is retried on a new connection with bounded exponential back-off
    ///   (`Options.reconnectWindow`, 60 s by default), then a one-line error. A retried write that may have
    ///   committed already is recognised rather than repeated: `createTrial` carries a `request_id`,
    ///   `finishTrial` accepts its own identical earlier finish, `createStudy` its own identical spec.
    /// - All SQL is parameterized (PostgresNIO binds every interpolated value); names are validated.
    /// - Errors are `StorageError.backend` one-liners naming the URL with the password replaced by `***`.
    public final class PostgresStorage: StaleTrialSweeping, StudyListing, @unchecked Sendable {
        /// Time limits of connecting and of reconnecting after connection loss.
        public struct Options: Sendable {
            public var connectTimeout: TimeInterval
            public var queryTimeout: TimeInterval
            /// Longest time spent retrying one operation after connection loss.
            public var reconnectWindow: TimeInterval
            public var initialBackoff: TimeInterval
            public var maximumBackoff: TimeInterval

            public init(
                connectTimeout: TimeInterval = 10, queryTimeout: TimeInterval = 60,
                reconnectWindow: TimeInterval = 60, initialBackoff: TimeInterval = 0.1,
                maximumBackoff: TimeInterval = 8
            ) {
                self.connectTimeout = connectTimeout
                self.queryTimeout = queryTimeout
                self.reconnectWindow = reconnectWindow
                self.initialBackoff = initialBackoff
                self.maximumBackoff = maximumBackoff
            }
        }

        public let info: PostgresConnectionInfo
        let session: PostgresSession
        /// Study ids by name: a study's id never changes (studies are not deleted), so it is looked up once.
        private let studyIDs = StudyIDCache()

        /// Connects (failing at once, with a one-line error, on a wrong host, password or database) and applies
        /// missing schema migrations.
        public init(_ info: PostgresConnectionInfo, options: Options = Options()) throws {
            self.info = info
            self.session = PostgresSession(info: info, options: options)
            try session.connect()
            try PostgresSchema.migrate(session)
        }

        /// Parses a `postgresql://` URL (password from the URL or `PGPASSWORD`) and connects.
        public convenience init(url: String, options: Options = Options()) throws {
            try self.init(try PostgresConnectionInfo(parsing: url), options: options)
        }

        /// Closes the connection; later calls throw.
        public func close() { session.close() }

        public func createStudy(_ spec: StudySpec) throws {
            try StudyName.validate(spec.name)
            let json = try StorageJSON.encode(spec)
            let now = Date().timeIntervalSince1970
            try session.transaction { run, attempt in
                // ON CONFLICT: two workers creating the same study at once get one row and one `studyExists`
                // (a plain check-then-insert would give the loser a unique-violation error instead).
                let inserted = try run(
                    """
                    INSERT INTO tuner_studies (name, spec, created_at) VALUES (\(spec.name), \(json), \(now))
                    ON CONFLICT (name) DO NOTHING RETURNING id
                    """)
                guard inserted.first == nil else { return }
                // A retry after a lost commit acknowledgement finds its own study.
                if attempt > 0, let row = try run("SELECT spec FROM tuner_studies WHERE name = \(spec.name)").first,
                    try row.decode(String.self) == json
                {
                    return
                }
                throw StorageError.studyExists(spec.name)
            }
        }

        public func study(named name: String) throws -> StudySpec? {
            let json: String? = try session.transaction(.singleStatements) { run, _ in
                try run("SELECT spec FROM tuner_studies WHERE name = \(name)").first.map { try $0.decode(String.self) }
            }
            return try json.map { try StorageJSON.decode(StudySpec.self, from: $0, what: "spec of study '\(name)'") }
        }

        /// The names of every study in the database, sorted.
        public func studyNames() throws -> [String] {
            try session.transaction(.singleStatements) { run, _ in
                try run("SELECT name FROM tuner_studies ORDER BY name").map { try $0.decode(String.self) }
            }
        }

        /// The id of study `name` (cached after the first lookup), or `studyNotFound`.
        func studyID(_ run: (PostgresQuery) throws -> PostgresQueryResult, _ name: String) throws -> Int {
            if let id = studyIDs[name] { return id }
            let id = try Self.studyID(run, name)
            studyIDs[name] = id
            return id
        }

        /// The id of study `name`, or `studyNotFound`.
        static func studyID(_ run: (PostgresQuery) throws -> PostgresQueryResult, _ name: String) throws -> Int {
            guard let row = try run("SELECT id FROM tuner_studies WHERE name = \(name)").first else {
                throw StorageError.studyNotFound(name)
            }
            return try row.decode(Int.self)
        }
    }
#endif

#if PostgreSQL
    /// A lock-protected name → id map.
    final class StudyIDCache: @unchecked Sendable {
        private let lock = NSLock()
        private var ids: [String: Int] = [:]

        subscript(name: String) -> Int? {
            get { lock.withLock { ids[name] } }
            set { lock.withLock { ids[name] = newValue } }
        }
    }

    extension PostgresStorage {
        /// The highest schema migration applied to the database (`tuner_schema_version`).
        public func schemaVersion() throws -> Int {
            try session.transaction(.singleStatements) { run, _ in
                try run("SELECT COALESCE(MAX(version), 0) FROM tuner_schema_version").first.map {
                    try $0.decode(Int.self)
                } ?? 0
            }
        }
    }
#endif
