import Foundation
import TestSupport
import Testing

/// `tuner sweep`: one row per trial in the documented columns, resumable without duplicates, consistent
/// best/regret columns, same seed → same values; one-line errors for unknown names.
@Suite struct SweepTests {
    static let header =
        "problem,sampler,seed,trial,value,best,regret,elapsed_s,proposal_s,hypervolume,log_hv_gap,feasible_share"
    static let optimum = ["branin": 0.39788735772973816, "mixed": 0.0]
    static let arguments = [
        "sweep", "--problems", "branin,mixed", "--samplers", "random,sobol", "--seeds", "2",
        "--trials", "5", "--out", "results.csv", "--jobs", "2",
    ]

    /// The data lines of the CSV, split into fields.
    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func tinySweepWritesEveryTrialOnceAndResumes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let csv = dir.url.appendingPathComponent("results.csv")
        let first = try Tuner.run(Self.arguments, in: dir.url)
        #expect(first.status == 0, "\(first.stderr)")
        let text = try String(contentsOf: csv, encoding: .utf8)
        #expect(text.split(separator: "\n").first == Substring(Self.header))
        let rows = Self.rows(text)
        #expect(rows.count == 2 * 2 * 2 * 5)
        #expect(rows.allSatisfy { $0.count == 12 && $0.suffix(3) == ["", "", ""] })

        // Every run has trials 1…5 once; best is the running minimum of value; regret = best − f*.
        let runs = Dictionary(grouping: rows) { "\($0[0]) \($0[1]) \($0[2])" }
        #expect(runs.count == 8)
        for (run, runRows) in runs {
            #expect(runRows.map { Int($0[3])! } == [1, 2, 3, 4, 5], "\(run)")
            var best = Double.infinity
            for r in runRows {
                let (value, rowBest, regret) = (Double(r[4])!, Double(r[5])!, Double(r[6])!)
                best = min(best, value)
                #expect(rowBest == best, "\(run) trial \(r[3])")
                let optimum = try #require(Self.optimum[r[0]])
                #expect(abs(regret - (best - optimum)) <= 1e-9 * max(1, abs(best)), "\(run) trial \(r[3])")
                #expect(Double(r[7])! >= 0 && Double(r[8])! >= 0)
            }
        }

        // A rerun skips the finished runs and leaves the file as it was.
        let second = try Tuner.run(Self.arguments, in: dir.url)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("8 already in results.csv, 0 to run"), "\(second.stderr)")
        #expect(try String(contentsOf: csv, encoding: .utf8) == text)

        // A partial run (two rows of one run lost, a torn last line) is dropped and redone, once, identically.
        let lines = text.split(separator: "\n").map(String.init)
        let partial = lines.filter { !$0.hasPrefix("mixed,sobol,1,4,") && !$0.hasPrefix("mixed,sobol,1,5,") }
        try (partial.joined(separator: "\n") + "\nmixed,sobol,1,4,0.5").write(
            to: csv, atomically: true, encoding: .utf8)
        let third = try Tuner.run(Self.arguments, in: dir.url)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stderr.contains("7 already in results.csv, 1 to run"), "\(third.stderr)")
        let redone = Self.rows(try String(contentsOf: csv, encoding: .utf8))
        #expect(redone.count == rows.count)
        #expect(Set(redone.map { $0[0...3].joined(separator: ",") }).count == rows.count, "duplicated trials")
        let valuesBefore = rows.map { $0[0...6].joined(separator: ",") }.sorted()
        let valuesAfter = redone.map { $0[0...6].joined(separator: ",") }.sorted()
        #expect(valuesAfter == valuesBefore, "same seed, same values")
    }

    @Test func unknownProblemOrSamplerIsAOneLineUsageError() throws {
        let problem = try Tuner.run(["sweep", "--problems", "branin,nope", "--out", "x.csv"])
        #expect(problem.status == 2)
        #expect(
            problem.stderrLines.count == 1 && problem.stderr.contains("unknown problem 'nope'"), "\(problem.stderr)")
        let sampler = try Tuner.run(["sweep", "--samplers", "tpe,foo", "--out", "x.csv"])
        #expect(sampler.status == 2)
        #expect(sampler.stderrLines.count == 1 && sampler.stderr.contains("unknown sampler 'foo'"), "\(sampler.stderr)")
    }
}
