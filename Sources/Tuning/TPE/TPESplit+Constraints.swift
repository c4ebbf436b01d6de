import Foundation

/// The split of a study with several objectives or with constraints (Optuna's `_split_trials` with a
/// `constraints_func`, multi-objective TPE of Ozaki, Tanigaki, Watanabe & Onishi, "Multiobjective
/// tree-structured Parzen estimator for computationally expensive optimization problems", GECCO 2020).
extension TPESplit {
    /// The history of such a study, in the order the good group is filled from:
    ///
    /// 1. *feasible* complete trials (every constraint holds), best first: by loss (then number) with one
    ///    objective; by non-domination rank with several, the front that does not fit whole cut by hypervolume
    ///    contribution (`rankFeasible`);
    /// 2. *pruned* trials, by progress on the primary objective as in a classic study;
    /// 3. *infeasible* complete trials, by total violation (`StudyObjectives.violation`), then number;
    /// 4. under `.worstObserved`, *failed* trials with parameters, and complete ones missing a metric (a missing
    ///    metric is a failure), once some trial is complete and measured; under `.ignore` they are left out.
    ///
    /// The good group takes the first γ(n) of that order, n = the number of trials in it; the rest, and the
    /// running and waiting trials when `constantLiar` is on (the worst rank: a pending point counts as a bad
    /// one), form the bad group. Failed trials rank last here, below infeasible ones, where a classic study
    /// places them at the worst observed loss: a trial without its metrics has no place in the Pareto order.
    ///
    /// With several objectives the good trials carry weights (`Groups.belowWeights`, see `rankFeasible`); with
    /// one they keep Optuna's ramp, as in a classic study.
    static func splitByRank(
        _ context: SamplingContext, constantLiar: Bool, gamma: (Int) -> Int,
        weighting: TPESampler.GoodTrialWeighting
    ) -> Groups {
        let objectives = context.objectives
        var feasible: [(trial: Trial, losses: [Double])] = []
        var infeasible: [(trial: Trial, violation: Double)] = []
        var failed: [Trial] = []
        for t in context.trials {
            switch t.state {
            case .complete:
                if let losses = objectives.losses(of: t), let violation = objectives.violation(of: t),
                    !violation.isNaN
                {
                    if violation == 0 {
                        feasible.append((t, losses))
                    } else {
                        infeasible.append((t, violation))
                    }
                } else if !t.params.isEmpty {
                    failed.append(t)
                }
            case .failed where !t.params.isEmpty: failed.append(t)
            default: break
            }
        }
        if context.failurePolicy == .ignore || (feasible.isEmpty && infeasible.isEmpty) { failed = [] }
        infeasible.sort { ($0.violation, $0.trial.number) < ($1.violation, $1.trial.number) }
        let pruned = rankedPrunedTrials(context)
        let n = feasible.count + pruned.count + infeasible.count + failed.count
        let nBelow = gamma(n)
        let ranked = rankFeasible(feasible, count: min(nBelow, feasible.count), weighting: weighting)
        let order = ranked.order.map { feasible[$0].trial } + pruned + infeasible.map(\.trial) + failed
        var below = Array(order.prefix(nBelow))
        var above = Array(order.dropFirst(nBelow))
        if constantLiar { above += context.pendingTrials }
        below.sort { $0.number < $1.number }
        above.sort { $0.number < $1.number }
        return Groups(below: below, above: above, finished: n, belowWeights: ranked.weights)
    }
}
