import Benchmarking
import Foundation
import TestSupport
import Testing

/// The multi-objective columns of the sweep CSV: written and read back unchanged (empty for single-objective
/// rows), files of the nine legacy columns still read and upgraded before rows are appended, malformed fields
/// named by line.
@Suite struct BenchmarkRowCSVTests {
    static func multiObjectiveRow(trial: Int, share: Double) -> BenchmarkRow {
        BenchmarkRow(
            problem: "bnh", sampler: "nsga2", seed: 2, trial: trial, value: 12.5, best: 3.25, regret: 785.5,
            elapsedSeconds: 0.25, proposalSeconds: 0.125, hypervolume: 4499.833333333333,
            logHypervolumeGap: log10(785.5), feasibleShare: share)
    }

    @Test func multiObjectiveRowsRoundTripAndSingleObjectiveRowsLeaveTheColumnsEmpty() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("mixed.csv")
        let single = SweepFileTests.row("branin", "tpe", trial: 1, value: 0.5)
        let rows = [
            single, Self.multiObjectiveRow(trial: 1, share: .nan), Self.multiObjectiveRow(trial: 11, share: 0.3),
        ]
        try SweepFile.rewrite(path, rows: rows)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines[0] == BenchmarkRow.csvHeader)
        #expect(lines[1] == "branin,tpe,0,1,0.5,0.5,0.5,0.5,0.001,,,")
        #expect(lines[2] == "bnh,nsga2,2,1,12.5,3.25,785.5,0.25,0.125,4499.833333333333,\(log10(785.5)),nan")
        let back = try SweepFile.read(path)
        #expect(back[0] == single && back[2] == rows[2])
        #expect(back[1].hypervolume == rows[1].hypervolume && back[1].logHypervolumeGap == rows[1].logHypervolumeGap)
        #expect(back[1].feasibleShare?.isNaN == true)
        #expect(back[0].hypervolume == nil && back[0].logHypervolumeGap == nil && back[0].feasibleShare == nil)
    }

    @Test func theColumnsAreTheNineThenTheThreeMultiObjectiveOnes() {
        #expect(BenchmarkRow.csvColumns.count == 12 && BenchmarkRow.legacyCSVColumns.count == 9)
        #expect(Array(BenchmarkRow.csvColumns.suffix(3)) == ["hypervolume", "log_hv_gap", "feasible_share"])
        #expect(BenchmarkRow.legacyCSVColumns == Array(BenchmarkRow.csvColumns.prefix(9)))
    }

    @Test func aLegacyFileIsReadAndUpgradedBeforeAppending() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("old.csv")
        let legacy = BenchmarkRow.legacyCSVColumns.joined(separator: ",") + "\np,a,0,1,2,2,2,0.1,0.1\n"
        try legacy.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(!SweepFile.hasCurrentHeader(path))
        let old = try SweepFile.read(path)
        #expect(old.count == 1 && old[0].regret == 2 && old[0].hypervolume == nil)
        let plan = SweepResume.plan(problems: ["p"], samplers: ["a"], seeds: 2)
        let resume = try SweepResume.prepare(path, plan: plan, trials: 1)
        #expect(resume.done.count == 1 && resume.todo.count == 1)
        #expect(SweepFile.hasCurrentHeader(path))
        #expect(
            try String(contentsOfFile: path, encoding: .utf8) == BenchmarkRow.csvHeader
                + "\np,a,0,1,2.0,2.0,2.0,0.1,0.1,,,\n")
        try SweepFile.append(SweepFile.lines([Self.multiObjectiveRow(trial: 1, share: 0.5)]), to: path)
        #expect(try SweepFile.read(path).count == 2)
    }

    @Test func aBadMultiObjectiveFieldOrARowOfTheWrongWidthNamesTheLine() throws {
        let header = BenchmarkRow.csvHeader
        #expect(throws: SweepFileError.badRow(path: "m.csv", line: 3)) {
            try SweepFile.rows(
                in: header + "\np,s,0,1,1,1,1,0,0,,,\np,s,0,2,1,1,1,0,0,big,,\n", file: "m.csv", hasHeader: true)
        }
        #expect(throws: SweepFileError.badRow(path: "n.csv", line: 2)) {
            try SweepFile.rows(in: header + "\np,s,0,1,1,1,1,0,0,1\n", file: "n.csv", hasHeader: true)
        }
        let short = try SweepFile.rows(in: header + "\np,s,0,1,1,1,1,0,0\n", file: "s.csv", hasHeader: true)
        #expect(short.count == 1 && short[0].hypervolume == nil, "a row without the measures is read")
        let legacyHeader = BenchmarkRow.legacyCSVColumns.joined(separator: ",")
        #expect(throws: SweepFileError.badRow(path: "o.csv", line: 2)) {
            try SweepFile.rows(in: legacyHeader + "\np,s,0,1,1,1,1,0,0,1,1,1\n", file: "o.csv", hasHeader: true)
        }
    }
}
