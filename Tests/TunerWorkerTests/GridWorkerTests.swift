import Foundation
import Testing
import Tuning
import TuningSQLite
#if PostgreSQL
import TuningPostgres
#endif

/// A grid study run by four `tuner` processes at once: every grid point exactly once, across processes
/// (each process's grid sampler sees only the stored trials, so without the storage's atomic unique insert
/// workers that read the same history propose, and run, the same point).
@Suite(.serialized) struct GridWorkerTests {
    /// 24 points: a ∈ 1…6 × b ∈ 1…4.
    static func gridSpace(_ scratch: Scratch) throws -> String {
        let p = scratch.path("grid.yaml")
        try "a: {type: int, low: 1, high: 6}\nb: {type: int, low: 1, high: 4}\n".write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }

    /// Starts a creator (`tuner grid`, budget 40 > 24 points, so the grid's end stops it) and three workers on
    /// `storage`; returns their results once all have exited. `exists` tells when the study is stored.
    static func runGrid(storage: String, study: String, exists: () -> Bool) throws -> [(status: Int32, stdout: String, stderr: String)] {
        let scratch = try Scratch()
        // ~50 ms per trial, so the workers overlap and keep proposing at the same moments.
        let creator = try TunerProcess(["grid", "--study", study, "--storage", storage, "--trials", "40", "--quiet",
                                        "--space", try gridSpace(scratch), "--", "sh", "-c", "sleep 0.05; echo {a}"])
        var waited = 0.0
        while !exists() && waited < 60 { Thread.sleep(forTimeInterval: 0.05); waited += 0.05 }
        let workers = try (0..<3).map { _ in try TunerProcess(["worker", "--study", study, "--storage", storage, "--quiet"]) }
        return [creator.finish()] + workers.map { $0.finish() }
    }

    /// Every one of the 24 points complete exactly once, nothing else.
    static func expectEveryPointOnce(_ trials: [Trial], _ results: [(status: Int32, stdout: String, stderr: String)]) {
        for r in results { #expect(r.status == 0, "\(r.stderr)") }
        let points = trials.map { [$0.params["a"]?.intValue ?? 0, $0.params["b"]?.intValue ?? 0] }
        let expected = (1...6).flatMap { a in (1...4).map { [a, $0] } }
        #expect(trials.count == 24, "\(trials.count) trials for 24 points")
        #expect(Set(points) == Set(expected))
        #expect(points.count == Set(points).count, "no point run twice")
        #expect(trials.allSatisfy { $0.state == .complete })
        #expect(Set(trials.map(\.number)) == Set(0..<trials.count))
    }

    @Test func fourSQLiteProcessesRunEachGridPointOnce() throws {
        let scratch = try Scratch()
        let db = scratch.path("grid.db")
        let results = try Self.runGrid(storage: "sqlite://" + db, study: "grid") {
            (try? SQLiteStorage(path: db).study(named: "grid")) != nil
        }
        Self.expectEveryPointOnce(try SQLiteStorage(path: db).trials(in: "grid"), results)
    }

    #if PostgreSQL
    @Test func fourPostgreSQLProcessesRunEachGridPointOnce() throws {
        let url = PostgresWorkerTests.url
        guard case let .postgres(info) = try StorageURL(parsing: url) else { throw StorageError.backend("not a PostgreSQL URL") }
        let study = "pg-grid-\(UUID().uuidString.prefix(8))"
        let results = try Self.runGrid(storage: url, study: study) {
            (try? PostgresStorage(info).study(named: study)) != nil
        }
        Self.expectEveryPointOnce(try PostgresStorage(info).trials(in: study), results)
    }
    #endif
}
