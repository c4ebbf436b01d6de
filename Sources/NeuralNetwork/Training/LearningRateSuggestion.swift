import Foundation

/// What a learning-rate range test recorded: one point per completed mini-batch (rate η_i, batch loss L_i and
/// smoothed loss L̂_i), why it stopped, and the suggested rates.
public struct LearningRateCurve: Sendable {
    /// Why the test ended.
    public enum Stop: Sendable, Equatable {
        /// All scheduled steps ran.
        case completed
        /// The smoothed loss exceeded `divergenceFactor` × its best at this step (the step is recorded).
        case diverged(step: Int)
        /// A batch loss was NaN or infinite at this step (not recorded).
        case nonFinite(step: Int)
    }

    public var rates: [Double]
    public var losses: [Double]
    public var smoothedLosses: [Double]
    public var stop: Stop
    public var suggestion = LearningRateSuggestion(rates: [], smoothedLosses: [], skipStart: 0, skipEnd: 0)
}

/// The two suggestions read off a smoothed loss curve L̂(η) (fastai's `lr_find` heuristics):
///
/// - steepest descent: the η_i where the slope of the smoothed curve against log₁₀ η is most negative,
///   computed with central differences (one-sided at the ends of the window, as numpy's `gradient`):
///       s_i = (L̂_{i+1} − L̂_{i−1}) / (log₁₀ η_{i+1} − log₁₀ η_{i−1});
/// - minimum / 10: one tenth of the η at the lowest smoothed loss (the loss minimum sits at the edge of
///   instability; a tenth of it is a conservative choice, Smith 2017 section 3.3).
///
/// Both look only at the window that drops the first `skipStart` and last `skipEnd` points (the average is
/// still warming up at the start, and the last points are usually the divergence itself). When that window
/// has fewer than 3 points, the whole curve is used; with fewer than 3 points in all there is no suggestion.
public struct LearningRateSuggestion: Sendable, Equatable {
    /// η at the steepest descent of the smoothed loss.
    public var steepest: Double?
    /// The η of minimum smoothed loss, divided by 10.
    public var minimumOverTen: Double?
    /// Index of the steepest point and of the minimum in the curve.
    public var steepestIndex: Int?
    public var minimumIndex: Int?

    public init(rates: [Double], smoothedLosses: [Double], skipStart: Int, skipEnd: Int) {
        precondition(
            rates.count == smoothedLosses.count,
            "LearningRateSuggestion: \(rates.count) rates but \(smoothedLosses.count) losses")
        let n = rates.count
        guard n >= 3 else { return }
        // The window skipStart..<n − skipEnd when it holds at least 3 points (compared without forming
        // skipStart + skipEnd, which may overflow), else the whole curve.
        let windowFits = skipStart >= 0 && skipEnd >= 0 && skipEnd < n && n - skipEnd - skipStart >= 3
        let window = windowFits ? skipStart..<(n - skipEnd) : 0..<n
        let x = rates.map { log10($0) }
        let y = smoothedLosses
        var bestSlope = Double.infinity
        var bestLoss = Double.infinity
        for i in window {
            let lo = Swift.max(i - 1, window.lowerBound)
            let hi = Swift.min(i + 1, window.upperBound - 1)
            let slope = (y[hi] - y[lo]) / (x[hi] - x[lo])
            if slope < bestSlope { (bestSlope, steepestIndex) = (slope, i) }
            if y[i] < bestLoss { (bestLoss, minimumIndex) = (y[i], i) }
        }
        steepest = steepestIndex.map { rates[$0] }
        minimumOverTen = minimumIndex.map { rates[$0] / 10 }
    }
}
