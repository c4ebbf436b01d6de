/// Asynchronous successive halving, ASHA (Li et al. 2020, "A system for massively parallel hyperparameter
/// tuning", Alg. 1), with Optuna's `SuccessiveHalvingPruner` semantics.
///
/// Rung k is reached at step r·η^(s+k) (r = `minResource`, η = `reductionFactor`, s = `minEarlyStoppingRate`).
/// When a trial reaches a rung, its value there is compared with the values every trial recorded at that rung
/// (itself included): it survives only if it ranks in the top ⌊n/η⌋ (at least the top 1). A NaN value is
/// pruned. With fewer than or as many competitors as `bootstrapCount`, the trial is pruned (Optuna's
/// bootstrap rule: wait for enough trials to judge).
///
/// No state is kept: a trial's value at rung k is its intermediate value at the first reported step ≥ the
/// rung's step, and a trial is judged at a rung only on the report that first crosses it, so the decisions
/// are those Optuna makes when the pruner is asked after every report. `minResource` nil means "auto":
/// max(1, ⌊last step of the longest complete trial / 100⌋), no pruning until a trial has completed.
public struct SuccessiveHalvingPruner: Pruner {
    public var minResource: Int?
    public var reductionFactor: Int
    public var minEarlyStoppingRate: Int
    public var bootstrapCount: Int

    /// - Throws: `StudyError.invalidArgument` naming the bad field.
    public init(
        minResource: Int? = nil, reductionFactor: Int = 4, minEarlyStoppingRate: Int = 0,
        bootstrapCount: Int = 0
    ) throws {
        if let r = minResource, r < 1 { throw StudyError.invalidArgument(name: "minResource", reason: "must be ≥ 1") }
        guard reductionFactor >= 2 else {
            throw StudyError.invalidArgument(name: "reductionFactor", reason: "must be ≥ 2")
        }
        guard minEarlyStoppingRate >= 0 else {
            throw StudyError.invalidArgument(name: "minEarlyStoppingRate", reason: "must be ≥ 0")
        }
        guard bootstrapCount >= 0 else {
            throw StudyError.invalidArgument(name: "bootstrapCount", reason: "must be ≥ 0")
        }
        self.minResource = minResource
        self.reductionFactor = reductionFactor
        self.minEarlyStoppingRate = minEarlyStoppingRate
        self.bootstrapCount = bootstrapCount
    }

    /// The step at which rung `k` is reached, r·η^(s+k), saturating at `Int.max` (a rung no step reaches).
    func rungStep(_ k: Int, minResource r: Int) -> Int {
        var step = r
        var exponent = minEarlyStoppingRate.addingReportingOverflow(k)
        if exponent.overflow { return .max }
        while exponent.partialValue > 0 {
            let next = step.multipliedReportingOverflow(by: reductionFactor)
            if next.overflow { return .max }
            step = next.partialValue
            exponent.partialValue -= 1
        }
        return step
    }

    /// A trial's value at the rung reached at `step`: its value at the first reported step ≥ `step`.
    func rungValue(of trial: Trial, at step: Int, upTo limit: Int = .max) -> Double? {
        let steps = trial.intermediateValues.keys.filter { $0 >= step && $0 <= limit }
        return steps.min().flatMap { trial.intermediateValues[$0] }
    }

    public func shouldPrune(_ trial: Trial, among trials: [Trial], direction: Direction) -> Bool {
        shouldPrune(trial, among: trials, direction: direction, competitors: { _ in true })
    }

    /// The decision with competitors restricted by `isCompetitor` (Hyperband uses one bracket's trials).
    func shouldPrune(
        _ trial: Trial, among trials: [Trial], direction: Direction,
        competitors isCompetitor: (Trial) -> Bool
    ) -> Bool {
        guard let step = trial.lastStep, let value = trial.intermediateValues[step] else { return false }
        let r: Int
        if let minResource {
            r = minResource
        } else {
            let last = trials.filter { $0.state == .complete }.compactMap(\.lastStep)
            guard let longest = last.max() else { return false }
            r = max(longest / 100, 1)
        }
        let previous = trial.intermediateValues.keys.filter { $0 < step }.max() ?? -1
        var k = 0
        while true {
            let promotion = rungStep(k, minResource: r)
            if step < promotion || promotion == .max { return false }
            defer { k += 1 }
            if promotion <= previous { continue }  // judged (and promoted) on an earlier report
            if value.isNaN { return true }
            var competing = trials.filter { $0.number != trial.number && isCompetitor($0) }.compactMap {
                other -> Double? in
                // Another trial's record at this rung, as it was when that trial crossed it.
                guard let v = rungValue(of: other, at: promotion) else { return nil }
                return v
            }
            competing.append(value)
            if competing.count <= bootstrapCount { return true }
            if !isPromotable(value, competing, direction) { return true }
        }
    }

    /// Optuna `_is_trial_promotable_to_next_rung`: in the top ⌊n/η⌋ (at least 1) of the rung's values.
    private func isPromotable(_ value: Double, _ competing: [Double], _ direction: Direction) -> Bool {
        var index = competing.count / reductionFactor - 1
        if index == -1 { index = 0 }
        let sorted = competing.filter { !$0.isNaN }.sorted()
        guard !sorted.isEmpty else { return true }
        index = min(index, sorted.count - 1)
        return direction == .maximize ? value >= sorted[sorted.count - 1 - index] : value <= sorted[index]
    }
}
