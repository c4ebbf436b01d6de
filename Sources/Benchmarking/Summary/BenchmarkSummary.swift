import Foundation

/// The statistics of benchmark rows (`tuner sweep summarize`, `tuner bench samplers`): for each
/// (problem, sampler), the best-so-far regret r_n at checkpoints n over the seeds (median and 25th/75th
/// percentiles, `Quantiles`), and the median seconds per proposal over all its rows. A seed without a row at
/// checkpoint n (a shorter run) does not count there; a cell's count at the last checkpoint is its seeds. Rows of
/// multi-objective problems (their regret is the hypervolume gap) are also summarized by hypervolume.
public struct BenchmarkSummary: Sendable {
    /// One (problem, sampler).
    public struct Cell: Sendable, Equatable {
        public var problem: String, sampler: String
        /// Median, 25th and 75th percentile of r_n per checkpoint (NaN when no seed reached it), and the count.
        public var median: [Double], q25: [Double], q75: [Double], counts: [Int]
        public var medianProposalSeconds: Double
        public var finalMedian: Double { median.last ?? .nan }
    }

    public let checkpoints: [Int]
    /// Problems and samplers in the order they first appear in the rows.
    public let problems: [String]
    public let samplers: [String: [String]]
    public let cells: [String: [String: Cell]]
    /// The median seconds per proposal of each sampler over all its rows, every problem together.
    public let medianProposalSecondsBySampler: [String: Double]
    /// The hypervolumes of the multi-objective rows at the same checkpoints (empty without such rows).
    public let hypervolume: HypervolumeSummary

    /// Every 10 trials up to the longest run, and the longest run itself when it is not a multiple of 10.
    public static func defaultCheckpoints(maxTrial: Int) -> [Int] {
        var points = Array(stride(from: 10, through: maxTrial, by: 10))
        if points.last != maxTrial { points.append(maxTrial) }
        return points
    }

    /// The summary of `rows` at `checkpoints` (nil: `defaultCheckpoints` of the longest run).
    public init(rows: [BenchmarkRow], checkpoints requested: [Int]?) {
        let maxTrial = rows.map(\.trial).max() ?? 0
        checkpoints = requested ?? Self.defaultCheckpoints(maxTrial: maxTrial)
        var problems: [String] = []
        var samplers: [String: [String]] = [:]
        var regret: [String: [String: [Int: [Int: Double]]]] = [:]  // problem → sampler → seed → trial → r
        var proposal: [String: [String: [Double]]] = [:]
        var proposalBySampler: [String: [Double]] = [:]
        for row in rows {
            if samplers[row.problem] == nil {
                problems.append(row.problem)
                samplers[row.problem] = []
            }
            if !samplers[row.problem]!.contains(row.sampler) { samplers[row.problem]!.append(row.sampler) }
            regret[row.problem, default: [:]][row.sampler, default: [:]][row.seed, default: [:]][row.trial] =
                row.regret
            proposal[row.problem, default: [:]][row.sampler, default: []].append(row.proposalSeconds)
            proposalBySampler[row.sampler, default: []].append(row.proposalSeconds)
        }
        var cells: [String: [String: Cell]] = [:]
        for p in problems {
            for s in samplers[p]! {
                let bySeed = regret[p]![s]!.values
                var cell = Cell(
                    problem: p, sampler: s, median: [], q25: [], q75: [], counts: [],
                    medianProposalSeconds: Quantiles.median(proposal[p]![s]!))
                for c in checkpoints {
                    let values = bySeed.compactMap { $0[c] }
                    cell.median.append(Quantiles.median(values))
                    cell.q25.append(Quantiles.quantile(values, 0.25))
                    cell.q75.append(Quantiles.quantile(values, 0.75))
                    cell.counts.append(values.count)
                }
                cells[p, default: [:]][s] = cell
            }
        }
        self.problems = problems
        self.samplers = samplers
        self.cells = cells
        medianProposalSecondsBySampler = proposalBySampler.mapValues { Quantiles.median($0) }
        hypervolume = HypervolumeSummary(rows: rows, checkpoints: checkpoints)
    }

    /// The samplers of `problem` with the lowest median regret at the last checkpoint (several when tied).
    public func winners(of problem: String) -> (samplers: [String], median: Double)? {
        let finals = (samplers[problem] ?? []).compactMap { s -> (String, Double)? in
            let m = cells[problem]![s]!.finalMedian
            return m.isNaN ? nil : (s, m)
        }
        guard let best = finals.map(\.1).min() else { return nil }
        return (finals.filter { $0.1 == best }.map(\.0), best)
    }
}
