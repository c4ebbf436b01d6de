import Benchmarking
import Foundation
import TestSupport
import Testing

/// The sweep's pool and execution: outputs in item order, every finished run appended whole, a failed run
/// reported while the others go on, and child processes read back through their rows files.
@Suite struct SweepSchedulerTests {
    static func rows(_ run: BenchmarkRunKey, trials: Int) -> [BenchmarkRow] {
        (1...trials).map {
            BenchmarkRow(
                problem: run.problem, sampler: run.sampler, seed: run.seed, trial: $0, value: Double($0),
                best: 1, regret: Double(run.seed), elapsedSeconds: 0, proposalSeconds: 0)
        }
    }

    /// Collects progress lines from the worker threads.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func add(_ line: String) { lock.withLock { items.append(line) } }
        var all: [String] { lock.withLock { items } }
    }

    @Test func thePoolReturnsOutputsInItemOrderAndRunsEachItemOnce() {
        let calls = Lines()
        let squares = SweepScheduler(jobs: 3).map(20) { i -> Int in
            calls.add("\(i)")
            // Uneven work, so items finish out of order.
            var x = 0
            for k in 0..<((20 - i) * 2000) { x &+= k }
            return i * i + (x == -1 ? 1 : 0)
        }
        #expect(squares == (0..<20).map { $0 * $0 })
        #expect(calls.all.sorted() == (0..<20).map { "\($0)" }.sorted())
        #expect(SweepScheduler(jobs: 0).jobs == 1 && SweepScheduler(jobs: 2).map(0) { $0 }.isEmpty)
    }

    @Test func aFailedRunIsReportedAndTheOthersAreAppendedWhole() throws {
        let dir = try TemporaryDirectory()
        let out = dir.path("sweep.csv")
        try SweepFile.rewrite(out, rows: [])
        let runs = (0..<5).map { BenchmarkRunKey(problem: "p", sampler: "s", seed: $0) }
        let launcher = ClosureLauncher { run, trials in
            if run.seed == 2 { throw SweepRunFailure("diverged") }
            if run.seed == 4 { return Array(Self.rows(run, trials: trials).prefix(1)) }
            return Self.rows(run, trials: trials)
        }
        let lines = Lines()
        let outcomes = try SweepExecution(out: out, trials: 3, jobs: 2, launcher: launcher)
            .run(runs, progress: lines.add)
        #expect(
            outcomes == [
                .finished(finalRegret: 0), .finished(finalRegret: 1), .failed("p s seed 2: diverged"),
                .finished(finalRegret: 3), .failed("p s seed 4: 1 rows instead of 3"),
            ])
        #expect(lines.all.count == 5 && lines.all.filter { $0.hasPrefix("FAILED ") }.count == 2)
        #expect(lines.all.contains { $0.hasPrefix("[") && $0.contains("/5] p s seed 3: final regret 3.0 (") })
        let written = try SweepFile.read(out)
        #expect(written.count == 9 && Set(written.map(\.seed)) == [0, 1, 3])
        for seed in [0, 1, 3] {  // each run's rows are contiguous and in trial order
            let indices = written.indices.filter { written[$0].seed == seed }
            #expect(indices == Array(indices[0]...(indices[0] + 2)) && indices.map { written[$0].trial } == [1, 2, 3])
        }
        #expect(!FileManager.default.fileExists(atPath: out + ".parts"), "the empty parts directory is removed")
    }

    @Test func childProcessesWriteRowsFilesAndFailuresKeepTheirLastErrorLine() throws {
        let dir = try TemporaryDirectory()
        let out = dir.path("sweep.csv")
        try SweepFile.rewrite(out, rows: [])
        // The child: seed 1 fails with two lines on standard error; the others write two rows.
        let script = """
            if [ "$2" = 1 ]; then echo first >&2; echo "second line" >&2; exit 3; fi
            printf '%s,s,%s,1,1,1,0.5,0.1,0.01\\n%s,s,%s,2,0,0,0.25,0.2,0.01\\n' "$1" "$2" "$1" "$2" > "$3"
            """
        let launcher = ChildProcessLauncher(executable: URL(fileURLWithPath: "/bin/sh")) { run, _, rowsFile in
            ["-c", script, "sh", run.problem, "\(run.seed)", rowsFile]
        }
        let runs = (0..<3).map { BenchmarkRunKey(problem: "q", sampler: "s", seed: $0) }
        let outcomes = try SweepExecution(out: out, trials: 2, jobs: 2, launcher: launcher).run(runs)
        #expect(
            outcomes == [
                .finished(finalRegret: 0.25), .failed("q s seed 1: second line"),
                .finished(finalRegret: 0.25),
            ])
        let written = try SweepFile.read(out)
        #expect(written.count == 4 && written.allSatisfy { $0.problem == "q" && $0.seed != 1 })
        let parts = try FileManager.default.contentsOfDirectory(atPath: out + ".parts")
        #expect(parts == ["q__s__1.err"], "a failed run keeps its standard error for inspection")
    }
}
