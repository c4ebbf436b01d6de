#if PostgreSQL
    import Foundation
    import PostgresNIO
    import Tuning

    /// One PostgreSQL connection used synchronously: the `StudyStorage` protocol is blocking, so each call runs
    /// its queries through PostgresNIO's `EventLoopFuture` API on a dedicated one-thread `EventLoopGroup` and
    /// waits for the result on the caller's thread (never on an event-loop thread). Calls are serialized by a
    /// lock: one transaction at a time per session.
    ///
    /// Connection loss (server restart, network cut, `57P01 admin_shutdown`): the transaction is retried on a new
    /// connection with exponential back-off — waits of `initialBackoff`·2ᵏ capped at `maximumBackoff`, for at most
    /// `reconnectWindow` seconds, and at least once — then a one-line `StorageError.backend` is thrown. Writes are
    /// made safe to repeat (see `PostgresStorage`), so a write whose commit acknowledgement was lost is retried, not
    /// dropped. Connecting (`PostgresConnection.connect`, not `PostgresClient`, which waits forever on a dead server)
    /// is bounded by `connectTimeout`, and every query by `queryTimeout` (the connection is closed when it expires).
    final class PostgresSession: @unchecked Sendable {
        let info: PostgresConnectionInfo
        let options: PostgresStorage.Options
        private let group: MultiThreadedEventLoopGroup
        private let lock = NSLock()
        private var connection: PostgresConnection?
        private var nextID = 0
        private var closed = false
        private let logger: Logger = {
            var logger = Logger(label: "tuner.storage.postgres")
            logger.logLevel = .critical
            return logger
        }()

        init(info: PostgresConnectionInfo, options: PostgresStorage.Options) {
            self.info = info
            self.options = options
            self.group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        }

        deinit {
            if let connection { Self.discard(connection) }
            group.shutdownGracefully { _ in }
        }

        /// Closes `conn` without waiting, keeping it alive until it is closed (PostgresNIO asserts that a
        /// connection is closed before it is released).
        static func discard(_ conn: PostgresConnection) {
            conn.close().whenComplete { _ in withExtendedLifetime(conn) {} }
        }

        /// Closes the connection and the event loop; later calls throw.
        func close() {
            let current: PostgresConnection? = lock.withLock {
                closed = true
                defer { connection = nil }
                return connection
            }
            _ = try? current?.close().wait()
        }

        /// Runs `body` in one transaction (`BEGIN` … `COMMIT`), retrying it on a new connection after connection
        /// loss; `attempt` (0 first) lets a body recognise its own earlier, possibly committed, write.
        func transaction<T>(
            _ mode: TransactionMode = .readWrite,
            _ body: (_ run: (PostgresQuery) throws -> PostgresQueryResult, _ attempt: Int) throws -> T
        ) throws -> T {
            try lock.withLock {
                let start = Date()
                var attempt = 0
                var backoff = options.initialBackoff
                while true {
                    do {
                        let conn = try connectedLocked()
                        let run: (PostgresQuery) throws -> PostgresQueryResult = {
                            try self.wait(conn.query($0, logger: self.logger), on: conn)
                        }
                        switch mode {
                        case .singleStatements: return try body(run, attempt)
                        case .readOnlySnapshot: _ = try run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                        case .readWrite: _ = try run("BEGIN")
                        }
                        do {
                            let result = try body(run, attempt)
                            _ = try run("COMMIT")
                            return result
                        } catch {
                            // After a timeout the connection is being closed: a ROLLBACK would only wait again.
                            if !(error is PostgresErrors.Timeout) { _ = try? run("ROLLBACK") }
                            throw error
                        }
                    } catch {
                        guard PostgresErrors.isTransient(error), !closed else { throw describe(error) }
                        if let connection { Self.discard(connection) }
                        connection = nil
                        // The first loss is always retried once on a new connection: a query caught in a server
                        // restart can hang until `queryTimeout`, which may use up the whole window by itself.
                        let elapsed = Date().timeIntervalSince(start)
                        guard attempt == 0 || elapsed + backoff <= options.reconnectWindow else {
                            throw StorageError.backend(
                                "PostgreSQL \(info.redacted): connection lost and not restored "
                                    + "after \(Int(elapsed.rounded())) s (\(PostgresErrors.reason(error, info: info)))")
                        }
                        Thread.sleep(forTimeInterval: backoff)
                        backoff = min(backoff * 2, options.maximumBackoff)
                        attempt += 1
                    }
                }
            }
        }

        /// How `transaction` wraps its body.
        enum TransactionMode {
            /// `BEGIN` … `COMMIT` (READ COMMITTED).
            case readWrite
            /// One REPEATABLE READ READ ONLY snapshot for several reads.
            case readOnlySnapshot
            /// No explicit transaction: each statement commits by itself (one round trip for a one-statement call).
            case singleStatements
        }

        /// Connects now (used by `PostgresStorage.init`, so a wrong URL or password fails at once). Only a server
        /// that answers it is starting up, shutting down or full (57P03, 53300) is waited for, with back-off
        /// within `reconnectWindow`; a refused connection or a timeout fails immediately.
        func connect() throws {
            try lock.withLock {
                let start = Date()
                var backoff = options.initialBackoff
                while true {
                    do {
                        _ = try connectedLocked()
                        return
                    } catch let error as PSQLError {
                        guard let state = error.serverInfo?[.sqlState], ["57P03", "53300"].contains(state),
                            Date().timeIntervalSince(start) + backoff <= options.reconnectWindow
                        else { throw describe(error) }
                        Thread.sleep(forTimeInterval: backoff)
                        backoff = min(backoff * 2, options.maximumBackoff)
                    } catch {
                        throw describe(error)
                    }
                }
            }
        }

        private func connectedLocked() throws -> PostgresConnection {
            if closed { throw StorageError.backend("PostgreSQL \(info.redacted): storage is closed") }
            if let connection, !connection.isClosed { return connection }
            var config = PostgresConnection.Configuration(
                host: info.host, port: info.port, username: info.user,
                password: info.password, database: info.database, tls: .disable)
            config.options.connectTimeout = .milliseconds(Int64(options.connectTimeout * 1000))
            nextID += 1
            let loop = group.next()
            let promise = loop.makePromise(of: PostgresConnection.self)
            PostgresConnection.connect(on: loop, configuration: config, id: nextID, logger: logger).whenComplete {
                result in
                switch result {
                case .success(let conn):
                    // A connection that arrives after the timeout is closed; `succeed` after `fail` is ignored.
                    promise.futureResult.whenFailure { _ in Self.discard(conn) }
                    promise.succeed(conn)
                case .failure(let error): promise.fail(error)
                }
            }
            let seconds = options.connectTimeout
            let timer = loop.scheduleTask(in: .milliseconds(Int64(seconds * 1000))) {
                promise.fail(PostgresErrors.Timeout(what: "connecting", seconds: seconds))
            }
            defer { timer.cancel() }
            let conn = try promise.futureResult.wait()
            connection = conn
            return conn
        }

        /// Waits for `future`, at most `queryTimeout`: then the wait fails with a (transient) `Timeout` and the
        /// connection is closed. The wait does not rely on the driver failing the query when its connection closes:
        /// a query sent while the server restarted was seen never to complete, even after `close()`.
        private func wait<V: Sendable>(_ future: EventLoopFuture<V>, on conn: PostgresConnection) throws -> V {
            let promise = future.eventLoop.makePromise(of: V.self)
            future.cascade(to: promise)  // completing it after the timeout is ignored
            let seconds = options.queryTimeout
            let timer = future.eventLoop.scheduleTask(in: .milliseconds(Int64(seconds * 1000))) {
                promise.fail(PostgresErrors.Timeout(what: "a query", seconds: seconds))
                Self.discard(conn)
            }
            defer { timer.cancel() }
            return try promise.futureResult.wait()
        }

        /// Errors from a body (`StorageError`, …) pass through; driver errors become one line without secrets.
        private func describe(_ error: any Error) -> any Error {
            if error is StorageError || error is StorageInputError || error is StudyError { return error }
            return StorageError.backend("PostgreSQL \(info.redacted): \(PostgresErrors.reason(error, info: info))")
        }
    }
#endif
