/// What an objective reported for one trial: a single value (`0.97`), named metrics
/// (`{"accuracy": 0.98, "latency_ms": 12.5}`), or both.
public struct TrialMeasurement: Sendable, Hashable {
    public var value: Double?
    public var metrics: [String: Double]

    public init(value: Double? = nil, metrics: [String: Double] = [:]) {
        self.value = value
        self.metrics = metrics
    }
}

extension StudyObjectives {
    /// What a study records for a measurement: the trial's `value` (the primary objective) and its `metrics`
    /// (every required metric; empty for a classic study, whose result is `value` alone).
    ///
    /// A classic study takes `measurement.value`, or the metric `value`. Otherwise each required metric is
    /// looked up by name (the primary objective may also come as the bare value); one that is missing or not
    /// finite is an error, which fails the trial with its description as the reason. Metrics the study does
    /// not name are not kept, so a result line cannot grow a trial's record without bound.
    public func record(_ measurement: TrialMeasurement) throws(MultiObjectiveError) -> (
        value: Double, metrics: [String: Double]
    ) {
        if isSingleValued {
            guard let v = measurement.value ?? measurement.metrics[primary.name] else {
                throw .missingMetric(primary.name)
            }
            return (v, [:])
        }
        var metrics: [String: Double] = [:]
        for name in requiredMetrics {
            let bare = name == primary.name ? measurement.value : nil
            guard let v = measurement.metrics[name] ?? bare else { throw .missingMetric(name) }
            guard v.isFinite else { throw .nonFiniteMetric(name, v) }
            metrics[name] = v
        }
        return (metrics[primary.name]!, metrics)
    }
}
