import Foundation

/// The split of the history into the "good" group l(x) and the "bad" group g(x) (Bergstra et al. 2011 §4;
/// Watanabe 2023 §3.1), with Optuna's defaults.
enum TPESplit {
    /// γ(n) = min(⌈0.1 n⌉, 25): the size of the good group.
    static func defaultGamma(_ n: Int) -> Int { min(Int((0.1 * Double(n)).rounded(.up)), 25) }

    /// Optuna's `default_weights`: 1 for n < 25, else a linear ramp from 1/n to 1 over the oldest n − 25
    /// observations followed by 25 ones (recent trials weigh more).
    static func defaultWeights(_ n: Int) -> [Double] {
        if n < 25 { return [Double](repeating: 1, count: n) }
        let rampCount = n - 25
        let ramp = (0..<rampCount).map { i -> Double in
            rampCount == 1 ? 1 / Double(n) : 1 / Double(n) + (1 - 1 / Double(n)) * Double(i) / Double(rampCount - 1)
        }
        return ramp + [Double](repeating: 1, count: 25)
    }

    /// The trials a TPE model uses, split in two, each in trial-number order, with the weights of the good group.
    ///
    /// A classic study (one objective, no constraints) is split by loss (`splitByLoss`); a study with several
    /// objectives or with constraints by feasibility, non-domination rank and hypervolume contribution
    /// (`splitByRank`, `TPESplit+Constraints.swift`).
    static func split(
        _ context: SamplingContext, constantLiar: Bool, gamma: (Int) -> Int,
        weighting: TPESampler.GoodTrialWeighting = TPESampler.Options().goodTrialWeighting
    ) -> Groups {
        if context.objectives.isSingleValued {
            return splitByLoss(context, constantLiar: constantLiar, gamma: gamma)
        }
        return splitByRank(context, constantLiar: constantLiar, gamma: gamma, weighting: weighting)
    }

    /// The split of a classic study.
    ///
    /// The good group takes the γ(n) best: complete trials by loss (failed ones count as complete at the worst
    /// observed loss under `.worstObserved`), then, if γ(n) is not reached, pruned trials ranked by their last
    /// step (further is better) and their value there. Everything else goes to the bad group, with the
    /// running and waiting trials when `constantLiar` is on (Optuna's constant liar: a pending point counts as
    /// a bad one, so concurrent proposals move away from it). n counts the finished trials used.
    static func splitByLoss(_ context: SamplingContext, constantLiar: Bool, gamma: (Int) -> Int) -> Groups {
        let complete = context.completedObservations().sorted {
            ($0.loss, $0.trial.number) < ($1.loss, $1.trial.number)
        }
        let pruned = rankedPrunedTrials(context)
        let n = complete.count + pruned.count
        var nBelow = gamma(n)
        var below: [Trial] = []
        var above: [Trial] = []
        for o in complete { if below.count < nBelow { below.append(o.trial) } else { above.append(o.trial) } }
        nBelow = max(0, nBelow - below.count)
        for (i, p) in pruned.enumerated() { if i < nBelow { below.append(p) } else { above.append(p) } }
        if constantLiar { above += context.pendingTrials }
        below.sort { $0.number < $1.number }
        above.sort { $0.number < $1.number }
        return Groups(below: below, above: above, finished: n)
    }

    /// The pruned trials, best first: further (a larger last finite step) is better, then a lower loss of the
    /// primary objective at that step, then the older trial.
    static func rankedPrunedTrials(_ context: SamplingContext) -> [Trial] {
        context.prunedTrials.map { t -> (Trial, Int, Double) in
            let step = t.intermediateValues.filter { $0.value.isFinite }.keys.max()!
            return (t, step, context.direction.loss(t.intermediateValues[step]!))
        }.sorted { ($1.1, $0.2, $0.0.number) < ($0.1, $1.2, $1.0.number) }.map(\.0)
    }

    /// The good group (`below`, for l(x)) and the bad group (`above`, for g(x)), each in trial-number order; n,
    /// the number of finished trials used; and, when the good trials are not weighted by Optuna's ramp
    /// (`defaultWeights`), their weights by trial number.
    struct Groups {
        var below: [Trial]
        var above: [Trial]
        var finished: Int
        var belowWeights: [Int: Double]? = nil
    }
}
