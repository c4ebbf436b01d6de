import Foundation
import TestSupport
import Testing
import Tuning
import TuningSQLite

/// Eight `tuner worker` processes started at the same instant against one SQLite file, as the pods of a job or
/// the tasks of an array job start: no two trials get the same configuration, and the study ends with exactly
/// its budget.
@Suite(.serialized) struct SimultaneousWorkerTests {
    static let space = """
        x: {type: float, low: 0, high: 1}
        y: {type: float, low: -5, high: 5}
        z: {type: float, low: 0.001, high: 1, log: true}

        """

    @Test(arguments: ["random", "tpe"])
    func eightWorkersStartedAtOnceRunDistinctConfigurationsToTheBudget(_ sampler: String) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let db = scratch.path("study.db")
        let storage = "sqlite://" + db
        let start = scratch.path("start")
        let go = scratch.path("go")
        let budget = 24
        // Every trial waits for `go`: the creator holds trial 0 until the workers have proposed theirs.
        let creator = try Tuner.start([
            sampler, "--study", "s", "--storage", storage, "--trials", String(budget), "--heartbeat", "0.2", "--quiet",
            "--space", try scratch.write("space.yaml", Self.space), "--", "sh", "-c",
            "while [ ! -e '\(go)' ]; do sleep 0.01; done; echo {x}",
        ])
        func trials() -> [Trial] { (try? SQLiteStorage(path: db).trials(in: "s")) ?? [] }
        waitUntil { !trials().isEmpty }
        // Each shell waits for `start`, then becomes a worker: all eight begin within a few milliseconds.
        let barrier =
            "while [ ! -e \"$1\" ]; do sleep 0.002; done; exec \"$0\" worker --study s --storage \"$2\" --quiet"
        let workers = try (0..<8).map { _ in
            try ChildProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", barrier, Tuner.binary.path, start, storage])
        }
        _ = FileManager.default.createFile(atPath: start, contents: nil)
        waitUntil { trials().filter { $0.state == .running }.count == 9 }
        _ = FileManager.default.createFile(atPath: go, contents: nil)

        let results = [creator.finish()] + workers.map { $0.finish() }
        for r in results { #expect(r.status == 0, "\(r.stderr)") }
        let all = trials()
        #expect(all.map(\.number) == Array(0..<budget), "exactly the budget")
        #expect(all.allSatisfy { $0.state == .complete })
        let distinct = Set(all.map(\.params)).count
        #expect(distinct == budget, "\(budget - distinct) trials repeat another's parameters")
    }

    /// Polls `condition` every 50 ms until it holds or 15 s have passed: a bound on waiting, not a measurement.
    func waitUntil(_ condition: () -> Bool) {
        for _ in 0..<300 {
            if condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
