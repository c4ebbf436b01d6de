import Foundation
import Tuning

/// The records of a `tuner export` file as trials: a JSON object per trial (`params`, `metrics`, `user_attrs`,
/// `intermediate_values`) or a CSV row (parameter, `values_<metric>` and attribute columns).
extension TrialImport {
    /// The trial of one export record, nil for a waiting or running one.
    static func trial(_ record: InputRecord, space: SearchSpace) throws(SpecError) -> Trial? {
        guard let number = try record.wholeNumber("number", in: 0...Int(Int32.max)) else {
            throw record.error("number", "missing: not a record of `tuner export`")
        }
        let stateText = try record.string("state") ?? ""
        guard let state = TrialState(rawValue: stateText) else {
            throw record.error("state", "must be complete, pruned, failed, running or waiting, got '\(stateText)'")
        }
        guard state.isFinished else { return nil }
        let value = try record.number("value")
        if state == .complete, !(value?.isFinite ?? false) {
            throw record.error("value", "a complete trial needs a finite value")
        }
        let finished = Date()
        let duration = try record.finiteNumber("duration_s").map { max($0, 0) }
        var trial = Trial(
            state: state, value: value, failureReason: try record.string("failure_reason"),
            startedAt: duration.map { finished.addingTimeInterval(-$0) }, finishedAt: finished)
        if case .json? = record["number"] {
            try readJSON(record, space: space, into: &trial)
        } else {
            try readCSV(record, space: space, into: &trial)
        }
        trial.userAttributes[sourceAttribute] = "\(record.file)#\(number)"
        return withoutReservedAttributes(trial)
    }

    /// `params`, `metrics` (name → finite number), `user_attrs` (strings) and `intermediate_values` (step → number
    /// or null).
    private static func readJSON(_ record: InputRecord, space: SearchSpace, into trial: inout Trial) throws(SpecError) {
        try record.checkFields(known: exportFields + ["params", "metrics", "user_attrs", "intermediate_values"])
        let metrics = record.nested("metrics", try record.object("metrics") ?? [:])
        for (name, _) in metrics.fields {
            try checkMetricName(name, record: metrics, field: name)
            trial.metrics[name] = try metrics.finiteNumber(name)
        }
        trial.params = try ConfigurationBatch.configuration(
            record.nested("params", try record.object("params") ?? [:]), space: space)
        let attributes = record.nested("user_attrs", try record.object("user_attrs") ?? [:])
        for (key, _) in attributes.fields { trial.userAttributes[key] = try attributes.string(key) }
        let steps = record.nested("intermediate_values", try record.object("intermediate_values") ?? [:])
        for (key, _) in steps.fields {
            guard let step = Int(key), step >= 0, step <= CommandOutputLine.maxStep else {
                throw steps.error(key, "a step must be a whole number from 0 to \(CommandOutputLine.maxStep)")
            }
            trial.intermediateValues[step] = try steps.finiteNumber(key)
        }
    }

    /// A metric name as the study would accept it (`ObjectiveMetric.validateName`), else an error on `field`.
    static func checkMetricName(_ name: String, record: InputRecord, field: String) throws(SpecError) {
        do {
            try ObjectiveMetric.validateName(name)
        } catch {
            throw record.error(field, error.description)
        }
    }

    /// Parameter columns (an empty cell: inactive), metric columns (`values_<metric>`) and attribute columns.
    private static func readCSV(_ record: InputRecord, space: SearchSpace, into trial: inout Trial) throws(SpecError) {
        for (name, _) in record.fields where !exportFields.contains(name) {
            if space[name] == nil, name.hasPrefix(metricColumnPrefix) {
                let metric = String(name.dropFirst(metricColumnPrefix.count))
                try checkMetricName(metric, record: record, field: name)
                trial.metrics[metric] = try record.finiteNumber(name)
            } else if let parameter = space[name] {
                trial.params[name] = try record.parameterValue(name, for: parameter)
            } else {
                trial.userAttributes[name] = try record.string(name)
            }
        }
        trial.params = try ConfigurationBatch.validated(trial.params, space: space, record: record)
    }
}
