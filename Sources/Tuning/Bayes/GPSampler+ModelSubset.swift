/// The observations a model is fitted on when the history outgrows `Options.maximumModelPoints`: a subset of
/// data (Rasmussen & Williams 2006, §8.3.3, "subset of data"), the cheapest of the sparse approximations, chosen
/// around the incumbent as trust-region methods keep their local models (Eriksson et al., "Scalable global
/// optimization via local Bayesian optimization", NeurIPS 2019).
///
/// With m = the limit: the ⌈m/2⌉ observations with the lowest losses (where the next improvement is sought,
/// ties broken by position), then ⌊m/2⌋ of the others spread evenly over the history's order (every
/// (r/⌊m/2⌋)-th of the r others), so that the model still knows the regions already explored and does not take
/// them for unexplored ones. No random numbers are drawn: the same history gives the same subset. The cost of a
/// proposal then stops growing with the history (about what a proposal with m observations costs,
/// docs/bayes-benchmark.md).
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
        let others = (0..<n).filter { !best.contains($0) }
        let spreadCount = limit - bestCount
        let spread = (0..<spreadCount).map { k in others[k * others.count / spreadCount] }
        return (Array(best) + spread).sorted()
    }
}
