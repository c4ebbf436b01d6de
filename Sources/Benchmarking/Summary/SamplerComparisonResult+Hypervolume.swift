import Foundation

extension SamplerComparisonResult {
    /// The multi-objective tables (empty when no problem has several objectives): one row per problem, one
    /// column per sampler, the final hypervolume [25th-75th percentile], the hypervolume at the halfway point and
    /// the feasible share after the start-up.
    public var hypervolumeMarkdown: String {
        let problems = functions.filter { summary.hypervolume.cells[$0] != nil }
        guard !problems.isEmpty else { return "" }
        let byName = Dictionary(cells.map { ("\($0.problem) \($0.sampler)", $0) }, uniquingKeysWith: { a, _ in a })
        let head =
            "| problem | " + samplers.joined(separator: " | ") + " |\n"
            + "|---|" + String(repeating: "---|", count: samplers.count) + "\n"
        func table(_ title: String, _ text: (Cell) -> String?) -> String {
            "\n\(title)\n" + head
                + problems.map { p in
                    "| \(p) | "
                        + samplers.map { s in byName["\(p) \(s)"].flatMap(text) ?? "–" }
                        .joined(separator: " | ") + " |\n"
                }.joined()
        }
        let f = HypervolumeSummary.format
        return table(
            "Median hypervolume of the feasible front after \(trials) evaluations [25th-75th percentile] over"
                + " \(seeds) seeds (higher is better)"
        ) { c in
            c.medianHypervolume.map { "\(f($0)) [\(f(c.q25Hypervolume ?? .nan))-\(f(c.q75Hypervolume ?? .nan))]" }
        }
            + table("Median hypervolume after \(trials / 2) evaluations") { $0.medianHypervolumeHalfway.map(f) }
            + table(
                "Median share of feasible trials after the first \(HypervolumeProgress.defaultStartupTrials)"
            ) { $0.medianFeasibleShare.map { $0.isNaN ? "–" : String(format: "%.2f", $0) } }
    }
}
