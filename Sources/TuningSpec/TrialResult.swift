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
    /// Where the result came from (`results.jsonl:3`), for messages.
    public var place: String

    public init(trial: Int, outcome: Outcome, intermediateValues: [Int: Double] = [:], place: String = "") {
        self.trial = trial
        self.outcome = outcome
        self.intermediateValues = intermediateValues
        self.place = place
    }

    /// Reads a result from a record; every problem is a `SpecError` naming the file, line and field.
    public init(_ record: InputRecord) throws(SpecError) {
        try record.checkFields(known: Self.fieldNames) { $0.hasPrefix("intermediate.") }
        guard let trial = try record.wholeNumber("trial", in: 0...CommandOutputLine.maxStep) else {
            throw record.error("trial", "missing: every result names its trial number")
        }
        let value = try record.number("value")
        let reason = try record.string("reason")
        let state = try record.string("state") ?? "complete"
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
        self.place = record.place
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
