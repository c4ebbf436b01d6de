import Benchmarking
import Foundation
import Testing

/// The hypervolume tables of a summary, on multi-objective rows whose statistics are worked out by hand, and
/// their absence for single-objective rows.
@Suite struct HypervolumeSummaryTests {
    /// Problem `zdt1`, samplers `nsga2` and `peer` over seeds 0…4, trials 1 and 2. At n = 2 the hypervolumes are
    /// nsga2: 110, 100, 120, 90, 115 → sorted 90 100 110 115 120: median 110, 25th percentile 100, 75th 115;
    /// peer: 60 everywhere; at n = 1 every hypervolume is 50. The feasible share at n = 2 is seed/4 for nsga2
    /// (median 0.5) and NaN for peer (still in its start-up).
    static let rows: [BenchmarkRow] = [110.0, 100, 120, 90, 115].enumerated().flatMap { seed, hv in
        [
            row("nsga2", seed, 1, 50, share: .nan), row("nsga2", seed, 2, hv, share: Double(seed) / 4),
            row("peer", seed, 1, 50, share: .nan), row("peer", seed, 2, 60, share: .nan),
        ]
    }

    static func row(_ sampler: String, _ seed: Int, _ trial: Int, _ hv: Double, share: Double) -> BenchmarkRow {
        BenchmarkRow(
            problem: "zdt1", sampler: sampler, seed: seed, trial: trial, value: 1, best: 1, regret: 120 - hv,
            elapsedSeconds: 1, proposalSeconds: 0.01, hypervolume: hv, logHypervolumeGap: log10(max(120 - hv, 1e-12)),
            feasibleShare: share)
    }

    @Test func cellsHoldTheHandComputedQuartilesAndTheWinnerHasTheHighestMedian() throws {
        let summary = BenchmarkSummary(rows: Self.rows, checkpoints: [1, 2])
        let hv = summary.hypervolume
        #expect(hv.problems == ["zdt1"] && hv.samplers["zdt1"] == ["nsga2", "peer"])
        let nsga2 = try #require(hv.cells["zdt1"]?["nsga2"])
        #expect(nsga2.median == [50, 110] && nsga2.q25 == [50, 100] && nsga2.q75 == [50, 115])
        #expect(nsga2.counts == [5, 5] && nsga2.medianFeasibleShare[1] == 0.5)
        #expect(nsga2.medianLogGap[1] == 1, "log10(120 − 110)")
        let peer = try #require(hv.cells["zdt1"]?["peer"])
        #expect(peer.median == [50, 60] && peer.medianFeasibleShare[1].isNaN)
        #expect(hv.winners(of: "zdt1")?.samplers == ["nsga2"] && hv.winners(of: "zdt1")?.median == 110)
        #expect(summary.winners(of: "zdt1")?.samplers == ["nsga2"], "the lowest gap is the highest hypervolume")
    }

    @Test func textAndMarkdownShowTheHypervolumeTablesOnlyForMultiObjectiveRows() {
        let summary = BenchmarkSummary(rows: Self.rows, checkpoints: [1, 2])
        #expect(summary.text.contains("nsga2    5      50 [50-50]  110 [100-115]  1              0.50"))
        #expect(summary.text.contains("zdt1: nsga2 (110)"))
        #expect(summary.markdown.contains("| nsga2 | 5 | 50 [50-50] | 110 [100-115] | 1 | 0.50 |"))
        #expect(summary.markdown.contains("| peer | 5 | 50 [50-50] | 60 [60-60] | 1.8 | – |"))
        let single = BenchmarkSummary(rows: BenchmarkSummaryTests.rows, checkpoints: [1, 2])
        #expect(single.hypervolume.isEmpty && !single.text.contains("Hypervolume"))
        #expect(!single.markdown.contains("hypervolume"))
        let result = SamplerComparisonResult(
            rows: Self.rows, functions: ["zdt1"], samplers: ["nsga2", "peer"], seeds: 5, trials: 2)
        #expect(result.markdown.contains("| zdt1 | 110 [100-115] | 60 [60-60] |"))
        #expect(result.cells.first?.medianHypervolume == 110 && result.cells.first?.medianHypervolumeHalfway == 50)
    }
}
