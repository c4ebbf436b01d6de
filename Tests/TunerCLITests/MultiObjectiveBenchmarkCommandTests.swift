import Foundation
import TestSupport
import Testing

/// The multi-objective benchmark problems through the built binary: a study of one (`--objective bnh`) has its
/// objectives and constraints without `--objectives`, `tuner bench samplers` prints their hypervolume tables, and
/// `tuner sweep` fills the hypervolume columns of its CSV.
@Suite struct MultiObjectiveBenchmarkCommandTests {
    @Test func aStudyOfAProblemHasItsObjectivesAndConstraints() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let run = try Tuner.run(["random", "--objective", "bnh", "--trials", "6", "--json"], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(run.jsonObjects.last)
        #expect(summary["constraints"] as? [String] == ["g1 <= 0", "g2 <= 0"], "\(summary)")
        let front = try #require(summary["pareto_front"] as? [[String: Any]])
        #expect(!front.isEmpty)
        for point in front {
            let values = try #require(point["values"] as? [String: Double])
            #expect(values["f1"] != nil && values["f2"] != nil, "\(point)")
        }
    }

    @Test func benchSamplersPrintsTheHypervolumeOfAProblem() throws {
        let run = try Tuner.run([
            "bench", "samplers", "--problems", "zdt1", "--samplers", "random", "--seeds", "1", "--trials", "8",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Median hypervolume of the feasible front after 8 evaluations"), "\(run.stdout)")
        let table = try #require(
            run.stdoutLines.firstIndex { $0.hasPrefix("Median hypervolume of the feasible front") })
        let line = try #require(run.stdoutLines[table...].first { $0.hasPrefix("| zdt1 | ") })
        let median = try #require(Double(line.split(separator: " ")[3]))
        #expect(median > 0 && median <= 121 - 1.0 / 3, "\(line)")
        let unknown = try Tuner.run(["bench", "samplers", "--problems", "zdt9", "--seeds", "1", "--trials", "2"])
        #expect(
            unknown.status == 2 && unknown.stderr.contains("--problems: unknown problem 'zdt9'"), "\(unknown.stderr)")
    }

    @Test func aSweepOfAConstrainedProblemFillsTheHypervolumeColumns() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let run = try Tuner.run(
            [
                "sweep", "--problems", "bnh", "--samplers", "random", "--seeds", "1", "--trials", "12", "--out",
                "mo.csv",
            ],
            in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: dir.url.appendingPathComponent("mo.csv"), encoding: .utf8)
        let rows = SweepTests.rows(text)
        #expect(rows.count == 12 && rows.allSatisfy { $0.count == 12 && $0[0] == "bnh" })
        for row in rows {
            let (regret, hypervolume, logGap) = (Double(row[6])!, Double(row[9])!, Double(row[10])!)
            #expect(abs(regret - (15856.0 / 3 - hypervolume)) <= 1e-9 && abs(logGap - log10(regret)) <= 1e-12)
            #expect(Int(row[3])! <= 10 ? row[11] == "nan" : (0...1).contains(Double(row[11])!), "\(row)")
        }
        let summary = try Tuner.run(["sweep", "summarize", "mo.csv", "--checkpoints", "6,12"], in: dir.url)
        #expect(summary.status == 0 && summary.stdout.contains("HV n=6"), "\(summary.stdout)")
    }
}
