/// Views of the history that model-based samplers share: losses (lower is better), failed trials under the
/// failure policy, and the pending points.
extension SamplingContext {
    /// One observed configuration and its loss (the value, negated when maximizing).
    public struct Observation: Sendable, Hashable {
        public var trial: Trial
        public var loss: Double
    }

    /// Complete trials with finite values, plus, under `.worstObserved`, failed trials (with parameters) at the
    /// largest loss among the complete ones (left out while nothing is complete). In number order.
    public func completedObservations() -> [Observation] {
        var result: [Observation] = []
        var worst = -Double.infinity
        for t in trials where t.state == .complete {
            guard let v = t.value, v.isFinite else { continue }
            let loss = direction.loss(v)
            worst = max(worst, loss)
            result.append(Observation(trial: t, loss: loss))
        }
        if failurePolicy == .worstObserved && worst > -.infinity {
            for t in trials where t.state == .failed && !t.params.isEmpty {
                result.append(Observation(trial: t, loss: worst))
            }
            result.sort { $0.trial.number < $1.trial.number }
        }
        return result
    }

    /// Pruned trials with at least one finite intermediate value.
    public var prunedTrials: [Trial] {
        trials.filter { $0.state == .pruned && $0.intermediateValues.values.contains(where: \.isFinite) }
    }

    /// Trials that are running or waiting and already have parameters: the points being evaluated now.
    public var pendingTrials: [Trial] {
        trials.filter { ($0.state == .running || $0.state == .waiting) && !$0.params.isEmpty }
    }

    /// The lowest loss observed so far among complete trials, if any.
    public var bestLoss: Double? { completedObservations().map(\.loss).min() }
}
