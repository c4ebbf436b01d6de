import Foundation
import TestSupport
import Testing
import Tuning
import TuningSQLite

/// Several `tuner` processes sharing one study through SQLite: exact budgets, stale trials, resumption, errors.
@Suite(.serialized) struct SQLiteWorkerTests {
    func trials(_ path: String, _ study: String) throws -> [Trial] { try SQLiteStorage(path: path).trials(in: study) }

    @Test func fourProcessesShareOneStudyOfAHundredTrials() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let storage = "sqlite://" + scratch.path("study.db")
        let creator = try Tuner.start([
            "random", "--study", "shared", "--storage", storage, "--trials", "100", "--quiet",
            "--space", try scratch.write("space.yaml", "x: {type: float, low: 0, high: 1}\n"), "--", "sh", "-c",
            "sleep 0.02; echo {x}",
        ])
        // Workers join once the study exists.
        var waited = 0.0
        while (try? SQLiteStorage(path: scratch.path("study.db")).study(named: "shared")) == nil && waited < 30 {
            Thread.sleep(forTimeInterval: 0.1)
            waited += 0.1
        }
        let workers = try (0..<3).map { _ in
            try Tuner.start(["worker", "--study", "shared", "--storage", storage, "--quiet"])
        }
        let results = [creator.finish()] + workers.map { $0.finish() }
        for r in results { #expect(r.status == 0, "\(r.stderr)") }
        let all = try trials(scratch.path("study.db"), "shared")
        #expect(all.count == 100)
        #expect(Set(all.map(\.number)) == Set(0..<100), "numbers unique and contiguous")
        #expect(all.allSatisfy { $0.state == .complete })
        #expect(results.filter { $0.stdout.contains("Finished") }.count == 4, "each process printed its summary")
    }

    @Test func aKilledWorkersTrialBecomesStaleAndIsRetried() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let db = scratch.path("stale.db")
        let storage = "sqlite://" + db
        let space = try scratch.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let common = ["--storage", storage, "--quiet"]
        // The victim creates the study (heartbeat 0.2 s, grace 1.5 s, retries on) and starts a slow trial.
        let victim = try Tuner.start(
            [
                "random", "--study", "s", "--trials", "6", "--heartbeat", "0.2", "--grace", "1.5",
                "--retry-stale", "--space", space,
            ] + common + ["--", "sh", "-c", "sleep 0.6; echo {x}"])
        var running: Trial?
        for _ in 0..<100 where running == nil {
            Thread.sleep(forTimeInterval: 0.1)
            running = (try? trials(db, "s"))?.first { $0.state == .running }
        }
        let killed = try #require(running, "the victim started a trial")
        kill(victim.process.processIdentifier, SIGKILL)
        _ = victim.finish()
        Thread.sleep(forTimeInterval: 2)  // past the grace period
        let survivor = try Tuner.start(["worker", "--study", "s"] + common).finish()
        #expect(survivor.status == 0, "\(survivor.stderr)")

        let all = try trials(db, "s")
        let stale = try #require(all.first { $0.number == killed.number })
        #expect(stale.state == .failed && (stale.failureReason ?? "").contains("stale"))
        let retry = all.first { $0.userAttributes["retry_of"] == "\(killed.number)" }
        #expect(
            retry?.state == .complete && retry?.params == stale.params,
            "the stale trial was retried with its parameters")
        #expect(all.filter { $0.state == .running }.isEmpty, "no zombie running trials")
    }

    @Test func rerunningAStudyCommandResumesToItsBudget() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let args = [
            "random", "--objective", "branin", "--study", "r", "--storage", "sqlite://" + scratch.path("r.db"),
            "--quiet",
        ]
        #expect(try Tuner.run(args + ["--trials", "3"]).status == 0)
        let second = try Tuner.run(args + ["--trials", "5"])
        #expect(second.status == 0 && second.stdout.contains("Finished"))
        #expect(try trials(scratch.path("r.db"), "r").count == 5, "5 in total, not 3 + 5")
        _ = try Tuner.run(args + ["--trials", "5"])
        #expect(try trials(scratch.path("r.db"), "r").count == 5, "a finished study stays finished")
    }

    @Test func badSQLiteFilesGiveOneLineErrorsAndChangeNothing() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let corrupt = scratch.path("corrupt.db")
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: corrupt))
        let r = try Tuner.run(["random", "--objective", "branin", "--trials", "2", "--storage", "sqlite://" + corrupt])
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains("corrupt.db"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: corrupt)) == Data(repeating: 0x42, count: 4096), "unchanged")

        let directory = scratch.path("a-directory.db")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let d = try Tuner.run([
            "random", "--objective", "branin", "--trials", "2", "--storage", "sqlite://" + directory,
        ])
        #expect(d.status == 1 && d.stderr.split(separator: "\n").count == 1, "\(d.stderr)")

        let worker = try Tuner.run(["worker", "--study", "none", "--storage", "sqlite://" + scratch.path("empty.db")])
        #expect(worker.status == 1 && worker.stderr.contains("study 'none' not found"), "\(worker.stderr)")
    }

    @Test func postgresURLsWithoutTheTraitOrWithABadPasswordNeverPrintThePassword() throws {
        let r = try Tuner.run([
            "random", "--objective", "branin", "--trials", "1",
            "--storage", "postgresql://tuner:hunter2@127.0.0.1:1/none",
        ])
        #expect(r.status != 0)
        #expect(!r.stderr.contains("hunter2") && !r.stdout.contains("hunter2"))
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
    }
}
