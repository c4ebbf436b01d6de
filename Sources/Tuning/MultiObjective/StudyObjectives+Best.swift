extension StudyObjectives {
    /// The complete, feasible trial with the best finite primary value (the lowest-numbered among equals), if any:
    /// the best trial of a constrained study, which an infeasible trial never is.
    public func bestFeasibleTrial(of trials: [Trial]) -> Trial? {
        var best: Trial?
        for t in trials.sorted(by: { $0.number < $1.number }) where t.state == .complete && isFeasible(t) {
            guard let v = t.value, v.isFinite else { continue }
            if best == nil || direction.isBetter(v, than: best!.value!) { best = t }
        }
        return best
    }
}
