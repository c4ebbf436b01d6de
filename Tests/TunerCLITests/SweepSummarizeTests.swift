import Foundation
import TestSupport
import Testing

/// `tuner sweep summarize` on a hand-written CSV whose quartiles are worked out by hand below.
@Suite struct SweepSummarizeTests {
    /// Problem `p`, two samplers over seeds 0…4, two trials each. At n = 2 the regrets are
    /// ours: 4, 1, 3, 2, 5 → sorted 1 2 3 4 5: median 3, 25th percentile 2, 75th 4;
    /// optuna_tpe (a peer's rows, Python's number format): 0.5, 0.1, 0.4, 0.2, 0.3 → median 0.3 [0.2-0.4].
    /// At n = 1 every regret is 10. Proposal seconds: ours 0.001 (n = 1) and 0.003 (n = 2), so the median of
    /// its ten rows is 0.002; optuna_tpe 0.5 everywhere.
    static func csv() -> String {
        var lines = ["problem,sampler,seed,trial,value,best,regret,elapsed_s,proposal_s"]
        for (seed, (ours, peer)) in zip([4.0, 1, 3, 2, 5], [0.5, 0.1, 0.4, 0.2, 0.3]).enumerated() {
            lines.append("p,ours,\(seed),1,10,10,10,0.1,0.001")
            lines.append("p,ours,\(seed),2,\(ours),\(ours),\(ours),0.2,0.003")
            lines.append("p,optuna_tpe,\(seed),1,10.0,10.0,10.0,0.5,0.5")
            lines.append("p,optuna_tpe,\(seed),2,\(peer),\(peer),\(peer),1.0,0.5")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func markdownHasHandComputedQuartilesAndTheWinner() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("sweep.csv", Self.csv())
        let run = try Tuner.run(["sweep", "summarize", file, "--markdown", "--checkpoints", "1,2"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdoutLines.map(String.init)
        #expect(lines.contains("| sampler | seeds | n=1 | n=2 | s/proposal |"), "\(run.stdout)")
        #expect(lines.contains("| ours | 5 | 10 [10-10] | 3 [2-4] | 0.002 |"), "\(run.stdout)")
        #expect(lines.contains("| optuna_tpe | 5 | 10 [10-10] | 0.3 [0.2-0.4] | 0.5 |"), "\(run.stdout)")
        #expect(lines.contains("| p | optuna_tpe | 0.3 |"), "\(run.stdout)")
    }

    @Test func textDefaultsToTheLastTrialAndNamesTheWinner() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("sweep.csv", Self.csv())
        let run = try Tuner.run(["sweep", "summarize", file])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdoutLines.map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(lines.contains("sampler seeds n=2 s/proposal"), "\(run.stdout)")
        #expect(lines.contains("ours 5 3 [2-4] 0.002"), "\(run.stdout)")
        #expect(lines.contains("p: optuna_tpe (0.3)"), "\(run.stdout)")
    }

    @Test func badInputIsAOneLineError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bad = try dir.write("bad.csv", "a,b,c\n1,2,3\n")
        let run = try Tuner.run(["sweep", "summarize", bad])
        #expect(
            run.status == 2 && run.stderrLines.count == 1 && run.stderr.contains("expected the header"), "\(run.stderr)"
        )
        let checkpoints = try Tuner.run(["sweep", "summarize", bad, "--checkpoints", "10,x"])
        #expect(checkpoints.status == 2 && checkpoints.stderr.contains("--checkpoints"), "\(checkpoints.stderr)")
    }
}
