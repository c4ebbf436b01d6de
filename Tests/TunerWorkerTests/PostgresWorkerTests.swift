#if PostgreSQL
    import Foundation
    import TestSupport
    import Testing
    import Tuning
    import TuningPostgres

    /// Many `tuner` processes sharing one study through PostgreSQL (server from `scripts/start-postgres`, URL in
    /// `TUNER_TEST_POSTGRES_URL`): an exact budget with 8 processes, and a server restart in the middle of a run.
    @Suite(.serialized) struct PostgresWorkerTests {
        static var url: String { TestPostgres.url }

        func trials(_ study: String) throws -> [Trial] {
            let info = try PostgresConnectionInfo(parsing: Self.url)
            return try PostgresStorage(info).trials(in: study)
        }

        /// Runs a creator and `workers` joining workers on a fresh study; returns the study name and the results.
        func runShared(trials: Int, workers: Int, command: String, during: (() -> Void)? = nil) throws -> (
            String, [ProcessResult]
        ) {
            let scratch = try TemporaryDirectory()
            defer { scratch.remove() }
            let study = "pg-\(UUID().uuidString.prefix(8))"
            let creator = try Tuner.start([
                "random", "--study", study, "--storage", Self.url, "--trials", "\(trials)", "--quiet",
                "--space", try scratch.write("space.yaml", "x: {type: float, low: 0, high: 1}\n"), "--", "sh", "-c",
                command,
            ])
            var waited = 0.0
            while (try? self.trials(study).isEmpty) == nil && waited < 60 {
                Thread.sleep(forTimeInterval: 0.1)
                waited += 0.1
            }
            let joined = try (0..<workers).map { _ in
                try Tuner.start(["worker", "--study", study, "--storage", Self.url, "--quiet"])
            }
            during?()
            return (study, [creator.finish()] + joined.map { $0.finish() })
        }

        @Test func eightProcessesShareOneStudyOfTwoHundredTrials() throws {
            let (study, results) = try runShared(trials: 200, workers: 7, command: "sleep 0.02; echo {x}")
            for r in results { #expect(r.status == 0, "\(r.stderr)") }
            let all = try trials(study)
            #expect(all.count == 200)
            #expect(Set(all.map(\.number)) == Set(0..<200), "numbers unique, none lost or duplicated")
            #expect(all.allSatisfy { $0.state == .complete && $0.value != nil })
        }

        @Test func workersSurviveAServerRestart() throws {
            let (study, results) = try runShared(trials: 40, workers: 2, command: "sleep 0.1; echo {x}") {
                Thread.sleep(forTimeInterval: 1)
                // Foundation's Process can miss the exit of pg_ctlcluster (its daemonized server keeps the pipes);
                // system(3) waits for the shell alone.
                _ = system("pg_ctlcluster 15 main restart >/dev/null 2>&1")
            }
            for r in results { #expect(r.status == 0, "\(r.stderr)") }
            let all = try trials(study)
            #expect(all.filter { $0.state == .complete }.count >= 40 - all.filter { $0.state == .failed }.count)
            #expect(all.filter { $0.state == .running }.isEmpty, "no trial left running")
            #expect(all.filter { $0.state == .complete }.allSatisfy { $0.value != nil }, "every told result is present")
            #expect(all.count == 40)
        }

        @Test func aWrongPasswordIsOneLineWithoutThePassword() throws {
            var url = Self.url
            if let at = url.firstIndex(of: "@"),
                let colon = url[url.index(url.startIndex, offsetBy: 13)..<at].lastIndex(of: ":")
            {
                url.replaceSubrange(url.index(after: colon)..<at, with: "wrong-secret-42")
            }
            let r = try Tuner.run(["random", "--objective", "branin", "--trials", "1", "--storage", url])
            #expect(r.status == 1)
            #expect(!r.stderr.contains("wrong-secret-42") && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        }
    }
#endif
