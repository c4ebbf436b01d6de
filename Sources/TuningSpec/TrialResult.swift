import Tuning

/// One result told by a batch (`tuner tell --file`): which trial, how it ended, and the intermediate values it
/// reported on the way (which pruners compare across trials).
///
/// As a JSON line: `{"trial": 3, "value": 0.2, "intermediate": {"1": 0.5, "2": 0.3}}`,
/// `{"trial": 4, "state": "pruned", "intermediate": {"1": 0.9}}`,
/// `{"trial": 5, "state": "failed", "reason": "out of memory"}`. As CSV, the same fields as columns
/// (`trial,value,state,reason,intermediate.1,intermediate.2`), an empty cell being an absent field; a JSON
/// line may also use `intermediate.<step>` keys.
///
/// - `trial`: the number `tuner ask` printed (required).
/// - `state`: `complete` (the default; needs `value`), `pruned` (its value is its last intermediate value) or
///   `failed` (with an optional `reason`); `value` only with `complete`, `reason` only with `failed`.
/// - `value`: a number; NaN or ±∞ makes the trial failed, as `tuner tell --value` does.
/// - `intermediate`: steps (whole numbers 0…2³¹ − 1) to finite values, recorded before the trial ends.
/// - In a study with several objectives or constraints, one field per metric it needs
///   (`StudyObjectives.requiredMetrics`), named after the metric: `{"trial": 3, "accuracy": 0.9,
///   "latency_ms": 4}`, or CSV columns `trial,accuracy,latency_ms`. A complete result needs every one, finite
///   (the primary objective may also come as `value`); pruned and failed results have none.
public struct TrialResult: Equatable, Sendable {
    public enum Outcome: Equatable, Sendable {
        case complete(value: Double)
        case pruned
        case failed(reason: String)
    }

    /// The failure reason when a failed result gives none.
    public static let defaultFailureReason = "told failed by tuner tell"
    /// The fields a record may have, besides `intermediate.<step>`.
    public static let fieldNames = ["trial", "state", "value", "reason", "intermediate"]

    public var trial: Int
    public var outcome: Outcome
    public var intermediateValues: [Int: Double]
    /// The metrics of a complete result in a study with several objectives or constraints, by name (the primary
    /// objective's is also the outcome's value); empty otherwise.
    public var metrics: [String: Double]
    /// Where the result came from (`results.jsonl:3`), for messages.
    public var place: String

    public init(
        trial: Int, outcome: Outcome, intermediateValues: [Int: Double] = [:], metrics: [String: Double] = [:],
        place: String = ""
    ) {
        self.trial = trial
        self.outcome = outcome
        self.intermediateValues = intermediateValues
        self.metrics = metrics
        self.place = place
    }

    /// Reads a result for a study with `objectives` from a record; every problem is a `SpecError` naming the
    /// file, line and field.
    public init(_ record: InputRecord, objectives: StudyObjectives = .single(.minimize)) throws(SpecError) {
        let metricNames = objectives.isSingleValued ? [] : objectives.requiredMetrics
        try record.checkFields(known: Self.fieldNames + metricNames) { $0.hasPrefix("intermediate.") }
        guard let trial = try record.wholeNumber("trial", in: 0...CommandOutputLine.maxStep) else {
            throw record.error("trial", "missing: every result names its trial number")
        }
        var value = try record.number("value")
        let reason = try record.string("reason")
        let state = try record.string("state") ?? "complete"
        var metrics: [String: Double] = [:]
        for name in metricNames {
            if let v = try record.finiteNumber(name) { metrics[name] = v }
        }
        if !metrics.isEmpty, state != "complete" {
            throw record.error(metrics.keys.sorted()[0], "only a complete result has metrics")
        }
        if state == "complete", !metricNames.isEmpty {
            value = try Self.primaryValue(record, objectives: objectives, metrics: &metrics, value: value)
        }
        switch state {
        case "complete":
            guard let value else { throw record.error("value", "missing: a complete result needs a value") }
            outcome = .complete(value: value)
        case "pruned":
            outcome = .pruned
        case "failed":
            outcome = .failed(reason: reason ?? Self.defaultFailureReason)
        default:
            throw record.error("state", "must be complete, pruned or failed, got '\(state)'")
        }
        if value != nil, state != "complete" { throw record.error("value", "only a complete result has a value") }
        if reason != nil, state != "failed" { throw record.error("reason", "only a failed result has a reason") }
        self.trial = trial
        self.intermediateValues = try Self.intermediateValues(record)
        self.metrics = metrics
        self.place = record.place
    }

    /// Checks that `metrics` holds every metric the study needs (the primary objective may come as `value`, which
    /// must then be finite and agree with it) and returns the primary objective's value.
    private static func primaryValue(
        _ record: InputRecord, objectives: StudyObjectives, metrics: inout [String: Double], value: Double?
    ) throws(SpecError) -> Double {
        let primary = objectives.primary.name
        if let value {
            guard value.isFinite else { throw record.error("value", "must be a finite number, got \(value)") }
            if let given = metrics[primary], given != value {
                throw record.error("value", "\(value) differs from \(primary) \(given)")
            }
            metrics[primary] = value
        }
        let names = objectives.requiredMetrics
        for name in names where metrics[name] == nil {
            throw record.error(
                name, "missing: a complete result of this study needs \(names.joined(separator: ", "))")
        }
        return metrics[primary]!
    }

    /// The `intermediate` object and the `intermediate.<step>` fields, merged; a step given twice is an error.
    private static func intermediateValues(_ record: InputRecord) throws(SpecError) -> [Int: Double] {
        var steps: [(key: String, field: String, value: InputRecord.Value)] = []
        for (key, value) in try record.object("intermediate") ?? [:] {
            steps.append((key, "intermediate.\(key)", .json(value)))
        }
        for (name, value) in record.fields where name.hasPrefix("intermediate.") {
            steps.append((String(name.dropFirst("intermediate.".count)), name, value))
        }
        var values: [Int: Double] = [:]
        for (key, field, value) in steps {
            guard let x = Double(key), x.rounded() == x, x >= 0, x <= Double(CommandOutputLine.maxStep) else {
                throw record.error(field, "a step must be a whole number from 0 to \(CommandOutputLine.maxStep)")
            }
            let single = InputRecord(
                file: record.file, line: record.line, index: record.index, fields: [(field, value)])
            guard let v = try single.finiteNumber(field) else { continue }
            guard values.updateValue(v, forKey: Int(x)) == nil else {
                throw record.error(field, "step \(Int(x)) is given twice")
            }
        }
        return values
    }
}
