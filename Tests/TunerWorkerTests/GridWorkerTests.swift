import Foundation
import TestSupport
import Testing
import Tuning
import TuningSQLite

#if PostgreSQL
    import TuningPostgres
#endif

/// Grid studies run by four `tuner` processes at once: every grid point exactly once, across processes. Each
/// process's grid sampler sees only the stored trials, and workers that read the same history propose the same
/// point; only the storage's atomic unique insert keeps them from running it twice.
@Suite(.serialized) struct GridWorkerTests {
    /// 24 points: a ∈ 1…6 × b ∈ 1…4.
    static let smallGrid = "a: {type: int, low: 1, high: 6}\nb: {type: int, low: 1, high: 4}\n"
    /// 10 000 points, of which a budget of 24 is run. Proposing takes longer here (the debug-build sampler
    /// filters 10 000 points), so workers that finish trials together read the same history far more often.
    static let largeGrid = "a: {type: int, low: 1, high: 100}\nb: {type: int, low: 1, high: 100}\n"

    /// Starts a creator (`tuner grid` with `trials`) and three workers on `storage`; returns their results once
    /// all have exited. `exists` tells when the study is stored.
    static func runGrid(_ grid: String, trials: Int, storage: String, study: String, exists: () -> Bool) throws
        -> [ProcessResult]
    {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let space = scratch.path("grid.yaml")
        try grid.write(toFile: space, atomically: true, encoding: .utf8)
        // ~50 ms per trial, so the workers overlap and keep proposing at the same moments.
        let creator = try Tuner.start([
            "grid", "--study", study, "--storage", storage, "--trials", "\(trials)", "--quiet",
            "--space", space, "--", "sh", "-c", "sleep 0.05; echo {a}",
        ])
        var waited = 0.0
        while !exists() && waited < 60 {
            Thread.sleep(forTimeInterval: 0.05)
            waited += 0.05
        }
        let workers = try (0..<3).map { _ in
            try Tuner.start(["worker", "--study", study, "--storage", storage, "--quiet"])
        }
        return [creator.finish()] + workers.map { $0.finish() }
    }

    /// `count` complete trials with distinct points, numbered 0..<count, and every process exited 0.
    static func expectDistinctPoints(_ trials: [Trial], count: Int, _ results: [ProcessResult]) -> [[Int]] {
        for r in results { #expect(r.status == 0, "\(r.stderr)") }
        let points = trials.map { [$0.params["a"]?.intValue ?? 0, $0.params["b"]?.intValue ?? 0] }
        #expect(trials.count == count, "\(trials.count) trials, expected \(count)")
        #expect(points.count == Set(points).count, "no point run twice")
        #expect(trials.allSatisfy { $0.state == .complete })
        #expect(Set(trials.map(\.number)) == Set(0..<trials.count))
        return points
    }

    /// Every one of the 24 points of `smallGrid` complete exactly once (a budget of 40 > 24: the grid's end
    /// stops every process), nothing else.
    static func expectEveryPointOnce(_ trials: [Trial], _ results: [ProcessResult]) {
        let points = expectDistinctPoints(trials, count: 24, results)
        #expect(Set(points) == Set((1...6).flatMap { a in (1...4).map { [a, $0] } }))
    }

    @Test func fourSQLiteProcessesRunEachGridPointOnce() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let db = scratch.path("grid.db")
        let results = try Self.runGrid(Self.smallGrid, trials: 40, storage: "sqlite://" + db, study: "grid") {
            (try? SQLiteStorage(path: db).study(named: "grid")) != nil
        }
        Self.expectEveryPointOnce(try SQLiteStorage(path: db).trials(in: "grid"), results)
    }

    @Test func fourSQLiteProcessesNeverShareAPointOfALargeGrid() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let db = scratch.path("large.db")
        let results = try Self.runGrid(Self.largeGrid, trials: 24, storage: "sqlite://" + db, study: "large") {
            (try? SQLiteStorage(path: db).study(named: "large")) != nil
        }
        _ = Self.expectDistinctPoints(try SQLiteStorage(path: db).trials(in: "large"), count: 24, results)
    }

    #if PostgreSQL
        /// Runs `grid` with `trials` on a fresh study of the test server; returns its trials and the results.
        static func runPostgresGrid(_ grid: String, trials: Int) throws -> ([Trial], [ProcessResult]) {
            let url = PostgresWorkerTests.url
            let info = try PostgresConnectionInfo(parsing: url)
            let study = "pg-grid-\(UUID().uuidString.prefix(8))"
            let results = try runGrid(grid, trials: trials, storage: url, study: study) {
                (try? PostgresStorage(info).study(named: study)) != nil
            }
            return (try PostgresStorage(info).trials(in: study), results)
        }

        @Test func fourPostgreSQLProcessesRunEachGridPointOnce() throws {
            let (trials, results) = try Self.runPostgresGrid(Self.smallGrid, trials: 40)
            Self.expectEveryPointOnce(trials, results)
        }

        @Test func fourPostgreSQLProcessesNeverShareAPointOfALargeGrid() throws {
            let (trials, results) = try Self.runPostgresGrid(Self.largeGrid, trials: 24)
            _ = Self.expectDistinctPoints(trials, count: 24, results)
        }
    #endif
}
