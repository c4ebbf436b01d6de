import Foundation

/// The statistics of the multi-objective rows of a benchmark (rows with a `hypervolume`): for each
/// (problem, sampler), the hypervolume HV_n of the feasible front at checkpoints n over the seeds (median,
/// 25th and 75th percentiles, `Quantiles`), the median log hypervolume gap log₁₀(HV* − HV_n) and the median
/// share of feasible trials after the start-up (`HypervolumeProgress`). A seed without a row at checkpoint n
/// does not count there. Higher hypervolume is better; the maximum HV* of each problem is in
/// docs/bench/FUNCTIONS.md.
public struct HypervolumeSummary: Sendable {
    /// One (problem, sampler); every array has one entry per checkpoint (NaN when no seed reached it).
    public struct Cell: Sendable, Equatable {
        public var problem: String, sampler: String
        public var median: [Double], q25: [Double], q75: [Double], counts: [Int]
        public var medianLogGap: [Double], medianFeasibleShare: [Double]
    }

    public let checkpoints: [Int]
    /// The multi-objective problems, and their samplers, in the order they first appear in the rows.
    public let problems: [String]
    public let samplers: [String: [String]]
    public let cells: [String: [String: Cell]]

    /// Whether no row has a hypervolume (a single-objective benchmark).
    public var isEmpty: Bool { problems.isEmpty }

    public init(rows: [BenchmarkRow], checkpoints: [Int]) {
        self.checkpoints = checkpoints
        var problems: [String] = []
        var samplers: [String: [String]] = [:]
        // problem → sampler → seed → trial → row
        var byRun: [String: [String: [Int: [Int: BenchmarkRow]]]] = [:]
        for row in rows where row.hypervolume != nil {
            if samplers[row.problem] == nil {
                problems.append(row.problem)
                samplers[row.problem] = []
            }
            if !samplers[row.problem]!.contains(row.sampler) { samplers[row.problem]!.append(row.sampler) }
            byRun[row.problem, default: [:]][row.sampler, default: [:]][row.seed, default: [:]][row.trial] = row
        }
        var cells: [String: [String: Cell]] = [:]
        for p in problems {
            for s in samplers[p]! {
                var cell = Cell(
                    problem: p, sampler: s, median: [], q25: [], q75: [], counts: [], medianLogGap: [],
                    medianFeasibleShare: [])
                for c in checkpoints {
                    let reached = byRun[p]![s]!.values.compactMap { $0[c] }
                    let volumes = reached.compactMap(\.hypervolume)
                    cell.median.append(Quantiles.median(volumes))
                    cell.q25.append(Quantiles.quantile(volumes, 0.25))
                    cell.q75.append(Quantiles.quantile(volumes, 0.75))
                    cell.counts.append(volumes.count)
                    cell.medianLogGap.append(Quantiles.median(reached.compactMap(\.logHypervolumeGap)))
                    cell.medianFeasibleShare.append(Quantiles.median(reached.compactMap(\.feasibleShare)))
                }
                cells[p, default: [:]][s] = cell
            }
        }
        (self.problems, self.samplers, self.cells) = (problems, samplers, cells)
    }

    /// The samplers of `problem` with the highest median hypervolume at the last checkpoint (several when tied).
    public func winners(of problem: String) -> (samplers: [String], median: Double)? {
        let finals = (samplers[problem] ?? []).compactMap { s -> (String, Double)? in
            guard let m = cells[problem]?[s]?.median.last, !m.isNaN else { return nil }
            return (s, m)
        }
        guard let best = finals.map(\.1).max() else { return nil }
        return (finals.filter { $0.1 == best }.map(\.0), best)
    }

    /// Four significant digits (hypervolumes of one problem differ in the third); an en dash for NaN.
    public static func format(_ x: Double) -> String { x.isNaN ? "–" : String(format: "%.4g", x) }

    /// The header and rows of one problem's table: sampler, seeds, HV per checkpoint, then the median log gap
    /// and feasible share at the last checkpoint.
    func table(_ problem: String) -> (header: [String], rows: [[String]]) {
        let last = checkpoints.count - 1
        let header =
            ["sampler", "seeds"] + checkpoints.map { "HV n=\($0)" }
            + ["log10 gap n=\(checkpoints.last ?? 0)", "feasible share"]
        let rows = samplers[problem]!.map { s -> [String] in
            let cell = cells[problem]![s]!
            let volumes = checkpoints.indices.map { i in
                cell.counts[i] == 0
                    ? "–"
                    : "\(Self.format(cell.median[i])) [\(Self.format(cell.q25[i]))-\(Self.format(cell.q75[i]))]"
            }
            let share = last >= 0 && !cell.medianFeasibleShare[last].isNaN
            return [s, "\(cell.counts.last ?? 0)"] + volumes + [
                last >= 0 ? BenchmarkSummary.format(cell.medianLogGap[last]) : "–",
                share ? String(format: "%.2f", cell.medianFeasibleShare[last]) : "–",
            ]
        }
        return (header, rows)
    }

    /// The first line of the hypervolume tables.
    static let caption =
        "Hypervolume of the feasible front: median [25th-75th percentile] over seeds at n trials; median"
        + " log10(HV* − HV) and median share of feasible trials after the first"
        + " \(HypervolumeProgress.defaultStartupTrials), at the last n"

    /// The tables' layout: per problem, samplers × checkpoints; then the highest median hypervolume.
    var layout: ProblemTableLayout {
        ProblemTableLayout(
            caption: Self.caption, problems: problems, table: table, winners: winners(of:), format: Self.format,
            winnersTitle: "Highest median hypervolume (n=\(checkpoints.last ?? 0))",
            winnersColumn: "median hypervolume",
            headingSuffix: " (hypervolume)")
    }

    /// Plain text: one aligned table per problem, then the highest median hypervolume per problem.
    public var text: String { isEmpty ? "" : layout.text }

    /// Markdown: one table per problem, then a table of the highest median hypervolume per problem.
    public var markdown: String { isEmpty ? "" : layout.markdown }
}
