/// Prunes a trial whose best intermediate value so far is worse than the given percentile of the values
/// that *complete* trials reported at the same step (Optuna's `PercentilePruner`; with 50 it is the
/// `MedianPruner`, the median stopping rule of Golovin et al. 2017, "Google Vizier").
///
/// Semantics, as Optuna's:
/// - no decision before `startupTrials` trials are complete, before step `warmupSteps`, or off the
///   `intervalSteps` grid (steps warmup, warmup + interval, …; the first reported step of each interval);
/// - a trial whose intermediate values are all NaN is pruned;
/// - the percentile is taken over complete trials that reported this exact step, and needs at least
///   `minimumTrials` of them; for maximization the (100 − p)-th percentile is the threshold.
public struct PercentilePruner: Pruner {
    public var percentile: Double
    public var startupTrials: Int
    public var warmupSteps: Int
    public var intervalSteps: Int
    public var minimumTrials: Int

    /// - Throws: `StudyError.invalidArgument` naming the bad field.
    public init(
        percentile: Double, startupTrials: Int = 5, warmupSteps: Int = 0, intervalSteps: Int = 1,
        minimumTrials: Int = 1
    ) throws {
        guard percentile >= 0, percentile <= 100 else {
            throw StudyError.invalidArgument(name: "percentile", reason: "must be in [0, 100]")
        }
        guard startupTrials >= 0 else { throw StudyError.invalidArgument(name: "startupTrials", reason: "must be ≥ 0") }
        guard warmupSteps >= 0 else { throw StudyError.invalidArgument(name: "warmupSteps", reason: "must be ≥ 0") }
        guard intervalSteps >= 1 else { throw StudyError.invalidArgument(name: "intervalSteps", reason: "must be ≥ 1") }
        guard minimumTrials >= 1 else { throw StudyError.invalidArgument(name: "minimumTrials", reason: "must be ≥ 1") }
        self.percentile = percentile
        self.startupTrials = startupTrials
        self.warmupSteps = warmupSteps
        self.intervalSteps = intervalSteps
        self.minimumTrials = minimumTrials
    }

    /// Whether `step` is the first reported step of its interval (Optuna `_is_first_in_interval_step`).
    private func isFirstInInterval(_ step: Int, reported: [Int]) -> Bool {
        let nearestLower = (step - warmupSteps) / intervalSteps * intervalSteps + warmupSteps
        let second = reported.filter { $0 >= nearestLower && $0 < step }
        return second.isEmpty
    }

    public func shouldPrune(_ trial: Trial, among trials: [Trial], direction: Direction) -> Bool {
        let complete = trials.filter { $0.state == .complete }
        guard !complete.isEmpty, complete.count >= startupTrials else { return false }
        guard let step = trial.lastStep, step >= warmupSteps else { return false }
        guard isFirstInInterval(step, reported: Array(trial.intermediateValues.keys)) else { return false }
        let best = trial.bestIntermediate(direction)
        if best.isNaN { return true }
        let atStep = complete.compactMap { $0.intermediateValues[step] }
        guard atStep.count >= minimumTrials else { return false }
        let q = direction == .maximize ? 100 - percentile : percentile
        let threshold = Tuning.percentile(atStep, q)
        guard !threshold.isNaN else { return false }
        return direction == .maximize ? best < threshold : best > threshold
    }
}

/// The median stopping rule: `PercentilePruner` at the 50th percentile.
public struct MedianPruner: Pruner {
    public let base: PercentilePruner

    public init(startupTrials: Int = 5, warmupSteps: Int = 0, intervalSteps: Int = 1, minimumTrials: Int = 1) throws {
        base = try PercentilePruner(
            percentile: 50, startupTrials: startupTrials, warmupSteps: warmupSteps,
            intervalSteps: intervalSteps, minimumTrials: minimumTrials)
    }

    public func shouldPrune(_ trial: Trial, among trials: [Trial], direction: Direction) -> Bool {
        base.shouldPrune(trial, among: trials, direction: direction)
    }
}
