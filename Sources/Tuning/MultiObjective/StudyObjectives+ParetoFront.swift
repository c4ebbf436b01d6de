extension StudyObjectives {
    /// The study's Pareto front: the complete, feasible trials with every objective value that no other such
    /// trial dominates (Pareto dominance on the losses), in number order. Trials with equal objective values are
    /// all kept. With one objective it is the best trial or trials; infeasible trials are never on it.
    public func paretoFront(of trials: [Trial]) -> [Trial] {
        let candidates: [(trial: Trial, losses: [Double])] = trials.compactMap { t in
            guard t.state == .complete, violation(of: t) == 0, let l = losses(of: t) else { return nil }
            return (t, l)
        }
        return ParetoFront.indices(of: candidates.map(\.losses)).sorted().map { candidates[$0].trial }
    }

    /// The share of complete trials that satisfy every constraint (1 without constraints), and how many that is;
    /// nil when no trial is complete.
    public func feasibility(of trials: [Trial]) -> (feasible: Int, complete: Int)? {
        let complete = trials.filter { $0.state == .complete }
        guard !complete.isEmpty else { return nil }
        return (complete.filter { violation(of: $0) == 0 }.count, complete.count)
    }
}
