import Foundation
import Tuning

/// Finished trials brought into a study from elsewhere (`tuner import`), so that its sampler starts from what is
/// known: from a file written by `tuner export` (CSV or JSON), or from another study in any storage.
///
/// Complete, pruned and failed trials are imported with their values, intermediate values, failure reasons,
/// durations and user attributes (but not the lease of `tuner ask`); waiting and running ones are skipped
/// (counted in `skipped`). Every trial's parameters are validated against the receiving study's space, all
/// before anything is added, so a bad record leaves the study as it was. Each imported trial gets the user
/// attribute `imported_from` (`export.csv#3`, `study:mnist#3`), and a trial whose source the study already holds
/// is not imported again: running the same import twice adds nothing the second time.
public struct TrialImport: Sendable {
    /// The user attribute naming the source of an imported trial.
    public static let sourceAttribute = "imported_from"
    /// The columns and keys of `tuner export` that are neither parameters nor attributes.
    static let exportFields = ["number", "state", "value", "duration_s", "failure_reason"]

    /// The trials to add, in source order (numbers are assigned by the receiving storage).
    public let trials: [Trial]
    /// How many source trials were waiting or running, and so not imported.
    public let skipped: Int

    /// What `add(to:)` did.
    public struct Outcome: Sendable {
        public var added: [Trial] = []
        public var alreadyImported = 0
    }

    /// Trials from the records of a `tuner export` file. CSV columns that are neither the export's own
    /// (`number,state,value,duration_s`) nor parameters of `space` are user attributes.
    public init(records: [InputRecord], space: SearchSpace, file: String) throws(SpecError) {
        guard !records.isEmpty else { throw SpecError(file: file, line: nil, field: "", message: "no trials") }
        var trials: [Trial] = []
        for record in records {
            if let trial = try Self.trial(record, space: space) { trials.append(trial) }
        }
        (self.trials, self.skipped) = (trials, records.count - trials.count)
    }

    /// The finished trials of study `name` (read from any storage); errors name the study and the trial.
    public init(trials source: [Trial], fromStudy name: String, space: SearchSpace) throws(SpecError) {
        var trials: [Trial] = []
        for t in source where t.state.isFinished {
            let record = InputRecord(
                file: "study '\(name)'", line: nil, index: nil, fields: [], prefix: "trial \(t.number).")
            var copy = t
            copy.params = try ConfigurationBatch.validated(t.params, space: space, record: record)
            copy.userAttributes[Self.sourceAttribute] = "study:\(name)#\(t.number)"
            trials.append(Self.withoutLease(copy))
        }
        (self.trials, self.skipped) = (trials, source.count - trials.count)
    }

    /// Adds the trials that the study does not hold yet (by `imported_from`), in order.
    public func add(to study: Study) throws -> Outcome {
        let known = Set(try study.trials.compactMap { $0.userAttributes[Self.sourceAttribute] })
        var outcome = Outcome()
        for trial in trials {
            if let source = trial.userAttributes[Self.sourceAttribute], known.contains(source) {
                outcome.alreadyImported += 1
            } else {
                outcome.added.append(try study.add(trial))
            }
        }
        return outcome
    }

    /// `trial` without the lease of the `tuner ask` that started it (a finished trial holds none).
    static func withoutLease(_ trial: Trial) -> Trial {
        var t = trial
        t.userAttributes[TrialLease.untilKey] = nil
        t.userAttributes[TrialLease.secondsKey] = nil
        return t
    }

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
        return withoutLease(trial)
    }

    /// `params`, `user_attrs` (strings) and `intermediate_values` (step → number or null).
    private static func readJSON(_ record: InputRecord, space: SearchSpace, into trial: inout Trial) throws(SpecError) {
        try record.checkFields(known: exportFields + ["params", "user_attrs", "intermediate_values"])
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

    /// Parameter columns (an empty cell: inactive) and attribute columns.
    private static func readCSV(_ record: InputRecord, space: SearchSpace, into trial: inout Trial) throws(SpecError) {
        for (name, _) in record.fields where !exportFields.contains(name) {
            if let parameter = space[name] {
                trial.params[name] = try record.parameterValue(name, for: parameter)
            } else {
                trial.userAttributes[name] = try record.string(name)
            }
        }
        trial.params = try ConfigurationBatch.validated(trial.params, space: space, record: record)
    }
}
