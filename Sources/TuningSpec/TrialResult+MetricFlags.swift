import Tuning

extension TrialResult {
    /// What `tuner tell --metric accuracy=0.9 --metric latency_ms=4 [--value X]` measured, for a study with
    /// `objectives`: each flag is `NAME=NUMBER`, a metric the study needs (`StudyObjectives.requiredMetrics`)
    /// given once with a finite number; together with `value` (the primary objective, which may stand for its
    /// metric) they must name every metric the study needs. Errors name `--metric` and the flag's text.
    public static func measurement(
        metricFlags: [String], value: Double?, objectives: StudyObjectives
    ) throws(SpecError) -> TrialMeasurement {
        func error(_ message: String) -> SpecError {
            SpecError(file: "", line: nil, field: "--metric", message: message)
        }
        let needed = objectives.isSingleValued ? [] : objectives.requiredMetrics
        guard !metricFlags.isEmpty || !needed.isEmpty else { return TrialMeasurement(value: value) }
        guard !needed.isEmpty else {
            throw error("study has a single objective and no constraints: give --value only")
        }
        var metrics: [String: Double] = [:]
        for flag in metricFlags {
            let parts = flag.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let number = Double(parts[1].trimmingCharacters(in: .whitespaces)) else {
                throw error("'\(flag)' must be NAME=NUMBER")
            }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            guard needed.contains(name) else {
                throw error("'\(name)' is not a metric of the study (\(needed.joined(separator: ", ")))")
            }
            guard number.isFinite else { throw error("'\(name)' must be a finite number, got \(number)") }
            guard metrics.updateValue(number, forKey: name) == nil else { throw error("'\(name)' is given twice") }
        }
        if let value {
            guard value.isFinite else {
                throw SpecError(file: "", line: nil, field: "--value", message: "must be a finite number, got \(value)")
            }
            let primary = objectives.primary.name
            if let given = metrics[primary], given != value {
                throw SpecError(
                    file: "", line: nil, field: "--value", message: "\(value) differs from \(primary) \(given)")
            }
            metrics[primary] = value
        }
        for name in needed where metrics[name] == nil {
            throw error("'\(name)' missing: this study needs \(needed.joined(separator: ", "))")
        }
        return TrialMeasurement(value: metrics[objectives.primary.name], metrics: metrics)
    }
}
