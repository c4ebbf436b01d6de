import Foundation

/// The tables of `tuner bench samplers`, in the layout of `docs/bench/ANCHORS.md`: one row per function, one
/// column per sampler, each cell the median best-so-far regret [25th-75th percentile] over the seeds, from the
/// one `BenchmarkSummary` of the rows at the checkpoints ⌊trials/2⌋ and `trials`.
public struct SamplerComparisonResult: Sendable {
    public let rows: [BenchmarkRow]
    public let summary: BenchmarkSummary
    public let functions: [String]
    public let samplers: [String]
    public let seeds: Int
    public let trials: Int
    /// The final regret of the recommended configuration (`SamplerBenchmark.Outcome`) of every seed, by
    /// "function sampler".
    public let recommendedRegrets: [String: [Double]]

    public init(
        rows: [BenchmarkRow], functions: [String], samplers: [String], seeds: Int, trials: Int,
        recommendedRegrets: [String: [Double]] = [:]
    ) {
        (self.rows, self.functions, self.samplers, self.seeds, self.trials) = (rows, functions, samplers, seeds, trials)
        self.recommendedRegrets = recommendedRegrets
        summary = BenchmarkSummary(rows: rows, checkpoints: [trials / 2, trials])
    }

    /// Two significant digits, as in docs/bench/ANCHORS.md.
    public static func format(_ x: Double) -> String { String(format: "%.2g", x) }

    /// One function × sampler cell of the JSON report.
    public struct Cell: Codable, Sendable, Equatable {
        public var problem: String, sampler: String, seeds: Int
        public var medianRegret: Double, q25Regret: Double, q75Regret: Double
        public var medianRegretHalfway: Double
        /// The median, 25th and 75th percentile of the recommended configuration's final regret.
        public var medianRecommendedRegret: Double?, q25RecommendedRegret: Double?, q75RecommendedRegret: Double?
        /// Multi-objective problems only: the final hypervolume (median and quartiles), the median hypervolume at
        /// the halfway point, and the median feasible share after the start-up (`HypervolumeSummary`).
        public var medianHypervolume: Double? = nil, q25Hypervolume: Double? = nil, q75Hypervolume: Double? = nil
        public var medianHypervolumeHalfway: Double? = nil, medianFeasibleShare: Double? = nil
    }

    /// The JSON report: the budget, the cells (functions in order, samplers in order within each) and the
    /// median seconds per proposal of each sampler over all its rows.
    public struct Report: Codable, Sendable {
        public var trials: Int
        public var cells: [Cell]
        public var medianProposeSeconds: [String: Double]
    }

    public var cells: [Cell] {
        functions.flatMap { p in
            samplers.compactMap { s -> Cell? in
                guard let c = summary.cells[p]?[s] else { return nil }
                let recommended = recommendedRegrets["\(p) \(s)"]?.filter { !$0.isNaN } ?? []
                let quantile = { (q: Double) in recommended.isEmpty ? nil : Quantiles.quantile(recommended, q) }
                var cell = Cell(
                    problem: p, sampler: s, seeds: seeds, medianRegret: c.median[1], q25Regret: c.q25[1],
                    q75Regret: c.q75[1], medianRegretHalfway: c.median[0], medianRecommendedRegret: quantile(0.5),
                    q25RecommendedRegret: quantile(0.25), q75RecommendedRegret: quantile(0.75))
                if let h = summary.hypervolume.cells[p]?[s] {
                    (cell.medianHypervolume, cell.q25Hypervolume, cell.q75Hypervolume) = (
                        h.median[1], h.q25[1], h.q75[1]
                    )
                    (cell.medianHypervolumeHalfway, cell.medianFeasibleShare) = (h.median[0], h.medianFeasibleShare[1])
                }
                return cell
            }
        }
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let report = Report(trials: trials, cells: cells, medianProposeSeconds: summary.medianProposalSecondsBySampler)
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    /// The Markdown tables: final regret with quartiles, the recommended configuration's final regret, regret at the
    /// halfway point, seconds per proposal; then, for multi-objective problems, the final hypervolume with quartiles,
    /// the hypervolume at the halfway point and the feasible share (`hypervolumeMarkdown`).
    public var markdown: String {
        let byName = Dictionary(cells.map { ("\($0.problem) \($0.sampler)", $0) }, uniquingKeysWith: { a, _ in a })
        func cell(_ p: String, _ s: String) -> Cell? { byName["\(p) \(s)"] }
        let head =
            "| function | " + samplers.joined(separator: " | ") + " |\n"
            + "|---|" + String(repeating: "---|", count: samplers.count) + "\n"
        var out = "Median final regret after \(trials) evaluations [25th-75th percentile] over \(seeds) seeds\n" + head
        for p in functions {
            let row = samplers.map { s in
                cell(p, s).map {
                    "\(Self.format($0.medianRegret)) [\(Self.format($0.q25Regret))-"
                        + "\(Self.format($0.q75Regret))]"
                } ?? "–"
            }
            out += "| \(p) | " + row.joined(separator: " | ") + " |\n"
        }
        out += "\nMedian final regret of the recommended configuration [25th-75th percentile]\n" + head
        for p in functions {
            let row = samplers.map { s in
                cell(p, s).flatMap { c in
                    c.medianRecommendedRegret.map {
                        "\(Self.format($0)) [\(Self.format(c.q25RecommendedRegret!))-"
                            + "\(Self.format(c.q75RecommendedRegret!))]"
                    }
                } ?? "–"
            }
            out += "| \(p) | " + row.joined(separator: " | ") + " |\n"
        }
        out += "\nMedian regret after \(trials / 2) evaluations\n" + head
        for p in functions {
            out +=
                "| \(p) | "
                + samplers.map { s in cell(p, s).map { Self.format($0.medianRegretHalfway) } ?? "–" }
                .joined(separator: " | ") + " |\n"
        }
        out += "\nMedian seconds per proposal\n"
        out += "| " + samplers.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: samplers.count) + "\n"
        out +=
            "| "
            + samplers.map { String(format: "%.2g", summary.medianProposalSecondsBySampler[$0] ?? .nan) }
            .joined(separator: " | ") + " |\n"
        return out + hypervolumeMarkdown
    }
}
