import Benchmarking
import Testing

/// The summarizer and both regret tables on rows whose statistics are worked out by hand.
@Suite struct BenchmarkSummaryTests {
    /// Problem `p`, samplers `ours` and `peer` over seeds 0…4, two trials each. At n = 2 the regrets are
    /// ours: 4, 1, 3, 2, 5 → sorted 1 2 3 4 5: median 3, 25th percentile 2 (h = 0.25·4 = 1), 75th 4;
    /// peer: 0.5, 0.1, 0.4, 0.2, 0.3 → median 0.3 [0.2-0.4]. At n = 1 every regret is 10. Proposal seconds:
    /// ours 0.001 at n = 1 and 0.003 at n = 2, median 0.002 over its ten rows; peer 0.5 everywhere.
    static let rows: [BenchmarkRow] = zip([4.0, 1, 3, 2, 5], [0.5, 0.1, 0.4, 0.2, 0.3]).enumerated().flatMap {
        seed, pair in
        let (ours, peer) = pair
        return [
            row("ours", seed, 1, 10, 0.001), row("ours", seed, 2, ours, 0.003),
            row("peer", seed, 1, 10, 0.5), row("peer", seed, 2, peer, 0.5),
        ]
    }

    static func row(
        _ sampler: String, _ seed: Int, _ trial: Int, _ regret: Double, _ proposal: Double,
        problem: String = "p"
    ) -> BenchmarkRow {
        BenchmarkRow(
            problem: problem, sampler: sampler, seed: seed, trial: trial, value: regret, best: regret,
            regret: regret, elapsedSeconds: Double(trial), proposalSeconds: proposal)
    }

    @Test func cellsHoldTheHandComputedQuartiles() throws {
        let summary = BenchmarkSummary(rows: Self.rows, checkpoints: [1, 2])
        #expect(summary.problems == ["p"] && summary.samplers["p"] == ["ours", "peer"])
        let ours = try #require(summary.cells["p"]?["ours"])
        #expect(ours.median == [10, 3] && ours.q25 == [10, 2] && ours.q75 == [10, 4] && ours.counts == [5, 5])
        #expect(abs(ours.medianProposalSeconds - 0.002) < 1e-15)
        let peer = try #require(summary.cells["p"]?["peer"])
        #expect(abs(peer.finalMedian - 0.3) < 1e-15 && abs(peer.q25[1] - 0.2) < 1e-15)
        #expect(summary.winners(of: "p")?.samplers == ["peer"])
        #expect(summary.medianProposalSecondsBySampler["peer"] == 0.5)
    }

    @Test func defaultCheckpointsAreEveryTenAndTheLongestRun() {
        #expect(BenchmarkSummary.defaultCheckpoints(maxTrial: 25) == [10, 20, 25])
        #expect(BenchmarkSummary.defaultCheckpoints(maxTrial: 30) == [10, 20, 30])
        #expect(BenchmarkSummary(rows: Self.rows, checkpoints: nil).checkpoints == [2])
    }

    @Test func aCheckpointNoSeedReachedIsADashAndTiesAreAllWinners() throws {
        let rows = [Self.row("a", 0, 1, 1, 0.1), Self.row("b", 0, 1, 1, 0.1), Self.row("b", 0, 2, 0.5, 0.1)]
        let summary = BenchmarkSummary(rows: rows, checkpoints: [1, 2])
        #expect(summary.cells["p"]?["a"]?.counts == [1, 0])
        #expect(summary.markdown.contains("| a | 0 | 1 [1-1] | – | 0.1 |"), "\(summary.markdown)")
        let tied = BenchmarkSummary(rows: rows, checkpoints: [1])
        #expect(tied.winners(of: "p")?.samplers == ["a", "b"])
        #expect(tied.text.contains("  p: a = b (1)"), "\(tied.text)")
    }

    @Test func textAndMarkdownTablesShowTheCells() {
        let summary = BenchmarkSummary(rows: Self.rows, checkpoints: [1, 2])
        let markdown = summary.markdown.split(separator: "\n").map(String.init)
        #expect(markdown.contains("| sampler | seeds | n=1 | n=2 | s/proposal |"))
        #expect(markdown.contains("| ours | 5 | 10 [10-10] | 3 [2-4] | 0.002 |"))
        #expect(markdown.contains("| peer | 5 | 10 [10-10] | 0.3 [0.2-0.4] | 0.5 |"))
        #expect(markdown.contains("| p | peer | 0.3 |"))
        let text = summary.text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(text.contains("ours 5 10 [10-10] 3 [2-4] 0.002") && text.contains("p: peer (0.3)"))
    }

    @Test func theSamplerComparisonTableUsesTheSameSummaryAtHalfwayAndEnd() throws {
        // trials = 2: halfway is n = 1 (all 10), the end n = 2.
        let result = SamplerComparisonResult(
            rows: Self.rows, functions: ["p"], samplers: ["ours", "peer"], seeds: 5,
            trials: 2, recommendedRegrets: ["p ours": [1, 2, 3, 4, .nan]])
        #expect(result.cells.map(\.sampler) == ["ours", "peer"])
        #expect(
            result.cells[0].medianRegret == 3 && result.cells[0].q25Regret == 2
                && result.cells[0].medianRegretHalfway == 10)
        let lines = result.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Median final regret after 2 evaluations [25th-75th percentile] over 5 seeds")
        #expect(lines[1] == "| function | ours | peer |" && lines[2] == "|---|---|---|")
        #expect(lines[3] == "| p | 3 [2-4] | 0.3 [0.2-0.4] |")
        #expect(lines[5] == "Median final regret of the recommended configuration [25th-75th percentile]")
        #expect(lines[8] == "| p | 2.5 [1.8-3.2] | – |", "the NaN of a run without a recommendation is left out")
        #expect(lines[9] == "" && lines[10] == "Median regret after 1 evaluations")
        #expect(lines[13] == "| p | 10 | 10 |")
        #expect(lines[15] == "Median seconds per proposal" && lines[18] == "| 0.002 | 0.5 |")
        let json = try result.json()
        #expect(json.contains("\"medianRegretHalfway\" : 10") && json.contains("\"trials\" : 2"), "\(json)")
        #expect(json.contains("\"medianRecommendedRegret\" : 2.5"), "\(json)")
    }
}
