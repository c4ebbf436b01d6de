import Benchmarking
import Foundation
import TestSupport
import Testing

/// The sweep CSV: rows written and read back unchanged, torn last lines ignored, errors naming file and line,
/// and the resume rules (finished runs skipped, partial ones dropped, foreign ones kept).
@Suite struct SweepFileTests {
    static func row(
        _ problem: String = "p", _ sampler: String = "s", seed: Int = 0, trial: Int,
        value: Double = 1
    ) -> BenchmarkRow {
        BenchmarkRow(
            problem: problem, sampler: sampler, seed: seed, trial: trial, value: value, best: value,
            regret: value, elapsedSeconds: 0.5 * Double(trial), proposalSeconds: 0.001)
    }

    static func run(_ problem: String, _ sampler: String, seed: Int, trials: Int) -> [BenchmarkRow] {
        (1...trials).map { row(problem, sampler, seed: seed, trial: $0, value: Double($0)) }
    }

    @Test func rowsRoundTripThroughTheFileIncludingNonFiniteNumbers() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("sweep.csv")
        var rows = Self.run("branin", "tpe", seed: 3, trials: 3)
        rows[0].value = .nan
        rows[1].regret = .infinity
        rows[2].value = 0.1 + 0.2  // shortest round-trip form keeps every bit
        try SweepFile.rewrite(path, rows: rows)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix(BenchmarkRow.csvHeader + "\n"))
        #expect(text.split(separator: "\n")[1] == "branin,tpe,3,1,nan,1.0,1.0,0.5,0.001,,,")
        let back = try SweepFile.read(path)
        #expect(back.count == 3 && back[0].value.isNaN && back[1].regret == .infinity)
        #expect(Array(back.dropFirst()).map(\.value) == Array(rows.dropFirst()).map(\.value))
        #expect(back.map(\.run) == rows.map(\.run) && back.map(\.trial) == [1, 2, 3])
        #expect(try SweepFile.read(dir.path("missing.csv")).isEmpty)
    }

    @Test func theColumnsAreTheDocumentedTwelveInOrder() {
        #expect(
            BenchmarkRow.csvColumns == [
                "problem", "sampler", "seed", "trial", "value", "best", "regret",
                "elapsed_s", "proposal_s", "hypervolume", "log_hv_gap", "feasible_share",
            ])
        #expect(BenchmarkRow.csvNumber("NaN")!.isNaN && BenchmarkRow.csvNumber("")!.isNaN)
        #expect(BenchmarkRow.csvNumber("-Infinity") == -.infinity && BenchmarkRow.csvNumber("1e-3") == 0.001)
        #expect(BenchmarkRow.csvNumber("x") == nil)
    }

    @Test func aTornLastLineIsIgnoredAndPeerNumbersAndQuotesAreRead() throws {
        let text =
            BenchmarkRow.csvHeader + "\r\n"
            + "\"mlp-iris\",optuna_tpe,0,1,NaN,Infinity,-inf,0.5,0.25\r\n"
            + "p,s,0,2,0.5"
        let rows = try SweepFile.rows(in: text, file: "peer.csv", hasHeader: true)
        #expect(rows.count == 1)
        #expect(rows[0].problem == "mlp-iris" && rows[0].value.isNaN && rows[0].best == .infinity)
        #expect(rows[0].regret == -.infinity && rows[0].proposalSeconds == 0.25)
        #expect(try SweepFile.rows(in: BenchmarkRow.csvHeader, file: "f", hasHeader: true).isEmpty)
        let child = try SweepFile.rows(in: "p,s,1,1,2,2,2,0.1,0.1\n", file: "part.csv", hasHeader: false)
        #expect(
            child == [
                BenchmarkRow(
                    problem: "p", sampler: "s", seed: 1, trial: 1, value: 2, best: 2, regret: 2,
                    elapsedSeconds: 0.1, proposalSeconds: 0.1)
            ])
    }

    @Test func aWrongHeaderOrARowOfWrongShapeNamesFileAndLine() {
        #expect(throws: SweepFileError.missingHeader(path: "a.csv")) {
            try SweepFile.rows(in: "a,b,c\n1,2,3\n", file: "a.csv", hasHeader: true)
        }
        let text = BenchmarkRow.csvHeader + "\np,s,0,1,1,1,1,0,0,,,\n\np,s,zero,2,1,1,1,0,0,,,\n"
        #expect(throws: SweepFileError.badRow(path: "b.csv", line: 4)) {
            try SweepFile.rows(in: text, file: "b.csv", hasHeader: true)
        }
        #expect(
            SweepFileError.badRow(path: "b.csv", line: 4).description
                == "b.csv:4: not a row of nine or twelve fields (\(BenchmarkRow.csvHeader))")
        #expect(throws: SweepFileError.self) {
            try SweepFile.rows(in: BenchmarkRow.csvHeader + "\n\"p,s,0\n", file: "c.csv", hasHeader: true)
        }
    }

    @Test func resumeSkipsFinishedRunsRedoesPartialOnesAndKeepsForeignRows() throws {
        let finished = Self.run("p", "a", seed: 0, trials: 3)
        let partial = Array(Self.run("p", "a", seed: 1, trials: 3).prefix(2))
        let otherBudget = Self.run("p", "b", seed: 0, trials: 5)
        let foreign = Self.run("p", "optuna_tpe", seed: 0, trials: 2)
        let plan = SweepResume.plan(problems: ["p"], samplers: ["a", "b"], seeds: 2)
        #expect(plan.map { "\($0.sampler)\($0.seed)" } == ["a0", "a1", "b0", "b1"])
        let resume = SweepResume(plan: plan, existing: finished + partial + otherBudget + foreign, trials: 3)
        #expect(resume.done == [BenchmarkRunKey(problem: "p", sampler: "a", seed: 0)])
        #expect(resume.todo.map { "\($0.sampler)\($0.seed)" } == ["a1", "b0", "b1"])
        #expect(resume.kept == finished + foreign && resume.dropped == 2 + 5)
        #expect(SweepFile.completeRuns(finished + finished, trials: 3).isEmpty, "a trial twice is not complete")
    }

    @Test func prepareCutsATornLineAndRewritesOnlyWhenNeeded() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("sweep.csv")
        let finished = Self.run("p", "a", seed: 0, trials: 2)
        let plan = SweepResume.plan(problems: ["p"], samplers: ["a"], seeds: 2)
        try SweepFile.rewrite(path, rows: finished)
        let clean = try String(contentsOfFile: path, encoding: .utf8)
        try SweepFile.append("p,a,1,1,0.5,0.5", to: path)  // a child killed mid-write
        #expect(!SweepFile.endsWithNewline(path))
        let resume = try SweepResume.prepare(path, plan: plan, trials: 2)
        #expect(resume.todo == [BenchmarkRunKey(problem: "p", sampler: "a", seed: 1)] && resume.dropped == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == clean)
        try SweepFile.append(SweepFile.lines(Self.run("p", "a", seed: 1, trials: 2)), to: path)
        let again = try SweepResume.prepare(path, plan: plan, trials: 2)
        #expect(again.todo.isEmpty && again.done.count == 2)
        #expect(try SweepFile.read(path).count == 4)
    }
}

/// The `trial` column is bounded: a summary's checkpoints run every 10 trials up to the longest run, so a row with
/// trial 2147483647 made `sweep summarize` allocate without end.
@Suite struct SweepFileTrialBoundTests {
    @Test(arguments: [1_000_001, 100_000_000, 2_147_483_647, Int.max, -1])
    func aTrialOutOfRangeNamesTheFileLineAndField(trial: Int) {
        let text = BenchmarkRow.csvHeader + "\np,s,0,0,1,1,0.5,1,1,,,\np,s,0,\(trial),1,1,0.5,1,1,,,\n"
        let expected = SweepFileError.badField(
            path: "sw.csv", line: 3, field: "trial",
            reason: "must be a whole number from 0 to 1000000, got \(trial)")
        #expect(throws: expected) { try SweepFile.rows(in: text, file: "sw.csv", hasHeader: true) }
        #expect(
            expected.description == "sw.csv:3: trial: must be a whole number from 0 to 1000000, got \(trial)")
    }

    @Test func theLargestTrialIsReadAndSummarized() throws {
        let text = BenchmarkRow.csvHeader + "\np,s,0,1,1,1,0.5,1,1,,,\np,s,0,1000000,1,1,0.25,1,1,,,\n"
        let rows = try SweepFile.rows(in: text, file: "sw.csv", hasHeader: true)
        #expect(rows.map(\.trial) == [1, 1_000_000])
        let summary = BenchmarkSummary(rows: rows, checkpoints: [1, 1_000_000])
        #expect(summary.cells["p"]?["s"]?.median == [0.5, 0.25])
    }
}
