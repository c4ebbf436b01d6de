import Foundation
import Tuning

/// Finished trials brought into a study from elsewhere (`tuner import`), so that its sampler starts from what is
/// known: from a file written by `tuner export` (CSV or JSON), or from another study in any storage.
///
/// Complete, pruned and failed trials are imported with their values, intermediate values, failure reasons,
/// durations and user attributes (not those `tuner` reserves: `withoutReservedAttributes`); waiting and running
/// ones are skipped (counted in `skipped`). Every trial's parameters are validated against the receiving study's
/// space, all before anything is added, so a bad record leaves the study as it was. Each imported trial gets the user
/// attribute `imported_from` (`export.csv#3`, `study:mnist#3`), and a trial whose source the study already holds
/// is not imported again: running the same import twice adds nothing the second time.
///
/// Metrics (a study with several objectives or constraints) come from the export's `values_<metric>` columns or
/// its `metrics` objects, or from the source study's trials. The receiving study keeps the metrics its
/// objectives and constraints need (`StudyObjectives.requiredMetrics`; none for a classic study), a complete
/// trial must carry every one of them as a finite number, and its value becomes the primary objective's.
public struct TrialImport: Sendable {
    /// The user attribute naming the source of an imported trial.
    public static let sourceAttribute = TrialAttributeKeys.importedFrom
    /// The prefix given to an imported reserved attribute that is a record of the source's run (`command`,
    /// `trial_dir`): `imported_command`, `imported_trial_dir`. Kept under the plain key, it would pose as this
    /// study's own record, and a `trial_dir` would let artifact cleanup remove a directory it did not make.
    public static let renamedAttributePrefix = "imported_"
    /// The columns and keys of `tuner export` that are neither parameters nor attributes.
    static let exportFields = ["number", "state", "value", "duration_s", "failure_reason"]
    /// The prefix of a metric's CSV column in `tuner export`: `values_latency_ms`.
    public static let metricColumnPrefix = "values_"

    /// The trials to add, in source order (numbers are assigned by the receiving storage).
    public let trials: [Trial]
    /// How many source trials were waiting or running, and so not imported.
    public let skipped: Int

    /// What `add(to:)` did.
    public struct Outcome: Sendable {
        public var added: [Trial] = []
        public var alreadyImported = 0
    }

    /// Trials from the records of a `tuner export` file for a study with `objectives`. CSV columns that are
    /// neither the export's own (`number,state,value,duration_s`, `values_<metric>`) nor parameters of `space`
    /// are user attributes.
    public init(
        records: [InputRecord], space: SearchSpace, file: String, objectives: StudyObjectives = .single(.minimize)
    ) throws(SpecError) {
        guard !records.isEmpty else { throw SpecError(file: file, line: nil, field: "", message: "no trials") }
        var trials: [Trial] = []
        for record in records {
            guard var trial = try Self.trial(record, space: space) else { continue }
            let json: Bool
            if case .json? = record["number"] { json = true } else { json = false }
            try Self.keepMetrics(
                of: &trial, objectives: objectives, record: record,
                field: { json ? "metrics.\($0)" : Self.metricColumnPrefix + $0 })
            trials.append(trial)
        }
        (self.trials, self.skipped) = (trials, records.count - trials.count)
    }

    /// The finished trials of study `name` (read from any storage) for a study with `objectives`; errors name the
    /// study and the trial.
    public init(
        trials source: [Trial], fromStudy name: String, space: SearchSpace,
        objectives: StudyObjectives = .single(.minimize)
    ) throws(SpecError) {
        var trials: [Trial] = []
        for t in source where t.state.isFinished {
            let record = InputRecord(
                file: "study '\(name)'", line: nil, index: nil, fields: [], prefix: "trial \(t.number).")
            var copy = t
            copy.params = try ConfigurationBatch.validated(t.params, space: space, record: record)
            try Self.keepMetrics(of: &copy, objectives: objectives, record: record, field: { "metrics.\($0)" })
            copy.userAttributes[Self.sourceAttribute] = "study:\(name)#\(t.number)"
            trials.append(Self.withoutReservedAttributes(copy))
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

    /// Keeps the metrics `objectives` need; a complete trial must have each (finite), and its value becomes the
    /// primary objective's. `field` names a metric's field in errors.
    static func keepMetrics(
        of trial: inout Trial, objectives: StudyObjectives, record: InputRecord, field: (String) -> String
    ) throws(SpecError) {
        guard !objectives.isSingleValued else {
            trial.metrics = [:]
            return
        }
        var kept: [String: Double] = [:]
        for name in objectives.requiredMetrics {
            if let v = trial.metrics[name] {
                kept[name] = v
            } else if trial.state == .complete {
                throw record.error(field(name), "missing: a complete trial of this study needs every metric")
            }
        }
        trial.metrics = kept
        if trial.state == .complete { trial.value = kept[objectives.primary.name] }
    }

    /// `trial` without the attributes that `tuner` reserves for the trials a study runs itself
    /// (`TrialAttributeKeys.isReserved`): the bookkeeping ones (a lease, a retry, the samplers' notes) are
    /// dropped; the record of the source's run (`command`, `trial_dir`) is kept under `renamedAttributePrefix`
    /// (unless that key is taken). The source's `imported_from` is replaced by the caller.
    static func withoutReservedAttributes(_ trial: Trial) -> Trial {
        var t = trial
        for key in trial.userAttributes.keys where TrialAttributeKeys.isReserved(key) {
            let value = t.userAttributes.removeValue(forKey: key)
            guard !TrialAttributeKeys.isBookkeeping(key) else { continue }
            let renamed = renamedAttributePrefix + key
            if t.userAttributes[renamed] == nil { t.userAttributes[renamed] = value }
        }
        return t
    }
}
