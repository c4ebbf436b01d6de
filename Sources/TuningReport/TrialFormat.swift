import Foundation
import Tuning

/// How the study commands show one trial, and a study's counts per state, as JSON and as text.
public enum TrialFormat {
    /// `{"number","state","value","duration_s","params","user_attrs","failure_reason","intermediate_values"}`:
    /// every field present, `null` where the trial has no value, duration or failure reason; a trial of a study
    /// with several objectives or constraints adds `"metrics"` (by name) after `value`.
    public static func json(_ t: Trial) -> JSONValue {
        let steps = t.intermediateValues.keys.sorted()
        var fields: [(String, JSONValue)] = [
            ("number", .int(t.number)), ("state", .string(t.state.rawValue)), ("value", JSONValue(t.value)),
            ("duration_s", JSONValue(t.duration)), ("params", JSONValue(t.params)),
            ("user_attrs", .object(t.userAttributes.keys.sorted().map { ($0, .string(t.userAttributes[$0]!)) })),
            ("failure_reason", t.failureReason.map(JSONValue.string) ?? .null),
            ("intermediate_values", .object(steps.map { ("\($0)", JSONValue(t.intermediateValues[$0])) })),
        ]
        if !t.metrics.isEmpty {
            fields.insert(("metrics", .object(t.metrics.keys.sorted().map { ($0, JSONValue(t.metrics[$0])) })), at: 3)
        }
        return .object(fields)
    }

    /// A value with six significant digits, or "-" when absent.
    public static func value(_ x: Double?) -> String { x.map { String(format: "%.6g", $0) } ?? "-" }

    /// A parameter for a table cell: floats with six significant digits, other values as they are.
    public static func param(_ v: ParameterValue) -> String {
        if case .float(let x) = v { return String(format: "%.6g", x) }
        return v.description
    }

    /// A duration as seconds with two decimals, or "-" when the trial has not finished.
    public static func duration(_ seconds: Double?) -> String { seconds.map { String(format: "%.2f s", $0) } ?? "-" }

    /// Counts per state as `4 complete, 1 pruned, 0 failed` (running and waiting only when present).
    public static func counts(_ o: StudyOverview) -> String {
        var parts = [TrialState.complete, .pruned, .failed].map { "\(o.counts[$0] ?? 0) \($0.rawValue)" }
        for s in [TrialState.running, .waiting] where (o.counts[s] ?? 0) > 0 {
            parts.append("\(o.counts[s]!) \(s.rawValue)")
        }
        return parts.joined(separator: ", ")
    }

    /// Counts per state as a JSON object with every state.
    public static func countsJSON(_ o: StudyOverview) -> JSONValue {
        .object(TrialState.allCases.map { ($0.rawValue, .int(o.counts[$0] ?? 0)) })
    }

    /// How `tell` reports a finished trial: `Trial 3 of study 'demo': complete, value 0.25` (failed trials add
    /// their reason in parentheses).
    public static func finished(_ t: Trial, study: String) -> String {
        var line = "Trial \(t.number) of study '\(study)': \(t.state.rawValue)"
        if let v = t.value { line += ", value \(v)" }
        for name in t.metrics.keys.sorted() { line += ", \(name) \(t.metrics[name]!)" }
        if let r = t.failureReason { line += " (\(r))" }
        return line
    }
}
