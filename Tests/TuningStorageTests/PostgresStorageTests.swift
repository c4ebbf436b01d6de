#if PostgreSQL
    import Foundation
    import Testing
    import Tuning
    import TuningPostgres

    /// PostgreSQL beyond the shared contract: clear errors for wrong credentials and addresses (never showing the
    /// password), and reconnection after a server restart. Needs the server of `scripts/start-postgres` (or
    /// `TUNER_TEST_POSTGRES_URL`); these tests are compiled only with `--traits PostgreSQL` and then must pass.
    @Suite("PostgreSQL storage", .serialized)
    struct PostgresStorageTests {
        private var info: PostgresConnectionInfo {
            get throws {
                try PostgresConnectionInfo(parsing: StorageBackend.postgresURL)
            }
        }

        private func failure(_ info: PostgresConnectionInfo) -> String {
            let options = PostgresStorage.Options(connectTimeout: 5)
            do {
                _ = try PostgresStorage(info, options: options)
                Issue.record("connecting to \(info.redacted) should fail")
                return ""
            } catch {
                return "\(error)"
            }
        }

        @Test("a wrong password gives one line without the password")
        func wrongPassword() throws {
            var wrong = try info
            wrong.password = "Wr0ng-Secret-771"
            let text = failure(wrong)
            #expect(text.contains("password authentication failed"))
            #expect(text.contains(wrong.redacted) && text.contains(":***@"))
            #expect(!text.contains("Wr0ng-Secret-771") && !text.contains("\n"))
        }

        @Test("an unknown database or a closed port gives one clear line")
        func wrongAddress() throws {
            var noDB = try info
            noDB.database = "no_such_db_\(UUID().uuidString.prefix(6).lowercased())"
            let dbText = failure(noDB)
            #expect(dbText.contains("does not exist") && dbText.contains(noDB.database))
            var closedPort = try info
            closedPort.port = 1
            let portText = failure(closedPort)
            #expect(portText.contains("cannot connect") && portText.contains(":1"))
            #expect(!dbText.contains("\n") && !portText.contains("\n"))
            if let password = try info.password {  // outside the redacted URL (the user name may equal the password)
                let unredacted = [
                    dbText.replacingOccurrences(of: noDB.redacted, with: ""),
                    portText.replacingOccurrences(of: closedPort.redacted, with: ""),
                ]
                #expect(unredacted.allSatisfy { !$0.contains(password) })
            }
        }

        @Test("the schema version table records the migrations; studies are listed")
        func schemaVersion() throws {
            let storage = try PostgresStorage(try info)
            #expect(try storage.schemaVersion() >= 2, "version 2: the index of trials by parameters")
            let spec = Fixtures.spec()
            try storage.createStudy(spec)
            #expect(try storage.studyNames().contains(spec.name))
        }

        @Test("the server restarting in the middle of writes: the storage reconnects and nothing is lost or doubled")
        func serverRestart() throws {
            let storage = try PostgresStorage(try info)
            let spec = Fixtures.spec()
            try storage.createStudy(spec)
            let writes = 40
            let restartStatus = StatusBox()
            let restarted = DispatchSemaphore(value: 0)
            let restart = Thread {
                defer { restarted.signal() }
                Thread.sleep(forTimeInterval: 0.3)
                PostgresRestartGate.shared.restarting {
                    restartStatus.set(
                        shell(
                            ProcessInfo.processInfo.environment["TUNER_TEST_POSTGRES_RESTART"]
                                ?? "pg_ctlcluster 15 main restart"))
                }
            }
            restart.start()
            for i in 0..<writes {
                let t = try storage.createTrial(in: spec.name, Trial(state: .running, params: ["layers": .int(i)]))
                try storage.finishTrial(
                    in: spec.name, number: t.number, state: .complete, value: Double(i), reason: nil,
                    at: Date())
                Thread.sleep(forTimeInterval: 0.05)
            }
            restarted.wait()
            #expect(restartStatus.value == 0, "the restart command failed")
            let trials = try storage.trials(in: spec.name)
            #expect(trials.map(\.number) == Array(0..<writes))
            #expect(trials.map(\.value) == (0..<writes).map { Double($0) })
            #expect(trials.allSatisfy { $0.state == .complete })
        }
    }
    /// Runs `command` with `/bin/sh -c` and returns its exit status (posix_spawn + waitpid: Foundation's
    /// `Process.waitUntilExit` can miss the exit of a child started from a test thread).
    func shell(_ command: String) -> Int32 {
        var pid: pid_t = 0
        let args = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }

    /// Keeps other tests from opening a connection while the restart test has the server down: connecting
    /// fails fast by design (a refused connection is a wrong URL to `PostgresStorage.init`), whereas operations on
    /// open storages ride out the restart. Openings share the gate; the restart takes it alone.
    final class PostgresRestartGate: @unchecked Sendable {
        static let shared = PostgresRestartGate()
        private let condition = NSCondition()
        private var openings = 0
        private var restartInProgress = false

        func whileOpening<T>(_ body: () throws -> T) rethrows -> T {
            condition.lock()
            while restartInProgress { condition.wait() }
            openings += 1
            condition.unlock()
            defer {
                condition.lock()
                openings -= 1
                condition.broadcast()
                condition.unlock()
            }
            return try body()
        }

        func restarting(_ body: () -> Void) {
            condition.lock()
            while restartInProgress || openings > 0 { condition.wait() }
            restartInProgress = true
            condition.unlock()
            body()
            condition.lock()
            restartInProgress = false
            condition.broadcast()
            condition.unlock()
        }
    }

    /// An exit status handed from a thread to the test.
    final class StatusBox: @unchecked Sendable {
        private let lock = NSLock()
        private var status: Int32 = -1
        func set(_ s: Int32) { lock.withLock { status = s } }
        var value: Int32 { lock.withLock { status } }
    }
#endif
