/// Decides, from intermediate values (one per step, e.g. per epoch), whether a running trial should stop.
///
/// `shouldPrune` receives the trial under decision (with its intermediate values so far) and every trial of
/// the study; it must be a pure function of those, so that decisions survive a restart and any worker reaches
/// the same one. It is asked after each report.
public protocol Pruner: Sendable {
    func shouldPrune(_ trial: Trial, among trials: [Trial], direction: Direction) -> Bool
}

extension Trial {
    /// The best intermediate value over all steps (NaN-free), or NaN if there is none.
    func bestIntermediate(_ direction: Direction) -> Double {
        let finite = intermediateValues.values.filter { !$0.isNaN }
        guard !finite.isEmpty else { return .nan }
        return direction == .minimize ? finite.min()! : finite.max()!
    }
}

/// The q-th percentile (0…100) of `values` with linear interpolation between order statistics
/// (NumPy's default `percentile`), NaN for an empty list.
func percentile(_ values: [Double], _ q: Double) -> Double {
    let sorted = values.filter { !$0.isNaN }.sorted()
    guard !sorted.isEmpty else { return .nan }
    let position = q / 100 * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    let fraction = position - Double(lower)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
}
