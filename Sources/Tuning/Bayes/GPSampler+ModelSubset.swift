/// The observations a model is fitted on when the history outgrows `Options.maximumModelPoints`: a subset of
/// data (Rasmussen & Williams 2006, §8.3.3, "subset of data"), the cheapest of the sparse approximations, chosen
/// around the incumbent as trust-region methods keep their local models (Eriksson et al., "Scalable global
/// optimization via local Bayesian optimization", NeurIPS 2019).
///
/// With m = the limit: the ⌈m/2⌉ observations with the lowest losses (where the next improvement is sought,
/// ties broken by position), then ⌊m/2⌋ of the others spread evenly over the history's order (`spreadKey`), so
/// that the model still knows the regions already explored and does not take them for unexplored ones. No random
/// numbers are drawn: the same history gives the same subset. The cost of a proposal then stops growing with the
/// history (about what a proposal with m observations costs, docs/bayes-benchmark.md).
extension GPSampler {
    static let modelPointsNoteKey = "gp_model_points"

    /// The positions, in increasing order, of the observations to fit among `losses` (all of them when there are
    /// at most `limit`). NaN losses sort last among the lowest.
    static func modelSubset(losses: [Double], limit: Int) -> [Int] {
        let n = losses.count
        guard n > limit, limit > 0 else { return Array(0..<n) }
        let bestCount = (limit + 1) / 2
        let byLoss = losses.indices.sorted { a, b in
            let (x, y) = (losses[a], losses[b])
            if x.isNaN != y.isNaN { return y.isNaN }
            return x < y || (x == y && a < b) || (x.isNaN && y.isNaN && a < b)
        }
        let best = Set(byLoss.prefix(bestCount))
        let spread = (0..<n).filter { !best.contains($0) }
            .sorted { (spreadKey($0), $0) < (spreadKey($1), $1) }
            .prefix(limit - bestCount)
        return (Array(best) + spread).sorted()
    }

    /// The fractional part of i·φ (φ the golden ratio, Weyl's sequence): observations with the lowest keys are
    /// spread evenly over the history's positions, and an observation's key never changes as the history grows,
    /// so one more trial changes the subset by at most a few points and θ can still be reused.
    static func spreadKey(_ i: Int) -> Double {
        let phi = 0.618_033_988_749_894_8
        let x = Double(i) * phi
        return x - x.rounded(.down)
    }
}
