import Tuning

/// The network's size as a second objective: `tuner bayes --objectives accuracy:maximize,parameters:minimize`
/// trades validation accuracy against the number of trainable parameters (`NetworkSpec.parameterCount`: weights,
/// biases and batch-normalization parameters).
extension NetworkObjective {
    /// The name of the size metric.
    public static let parameterMetric = "parameters"

    /// The metrics a study may declare as objectives or constraints: the validation metric (`accuracy`, `loss`,
    /// …, in its natural direction) and `parameters` (minimized).
    public var reportedMetrics: [ObjectiveMetric] {
        [
            ObjectiveMetric(name: metric.rawValue, direction: metric.direction),
            ObjectiveMetric(name: Self.parameterMetric, direction: .minimize),
        ]
    }

    /// The validation metric (as `evaluate` gives it) and the network's parameter count.
    public func measure(_ trial: TrialContext) throws -> TrialMeasurement {
        let (spec, _) = try NetworkObjective.configuration(
            trial.params, inputs: source.featureCount, outputs: data.outputCount, task: task,
            maxEpochs: maxEpochs, patience: patience, seed: UInt64(trial.number), trainingRows: data.train.count)
        let value = try evaluate(trial)
        // Training refused a spec whose count overflows (`NetworkSpec+Footprint.swift`), so there is one here.
        let parameters = Double(spec.parameterCount ?? Int.max)
        return TrialMeasurement(value: value, metrics: [metric.rawValue: value, Self.parameterMetric: parameters])
    }
}
