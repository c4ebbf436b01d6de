import Foundation
import Tuning

/// How the commands show one trial as JSON and as text.
enum TrialFormat {
    /// `{"number","state","value","duration_s","params","user_attrs","failure_reason","intermediate_values"}`.
    static func json(_ t: Trial) -> JSONValue {
        let steps = t.intermediateValues.keys.sorted()
        return .object([
            ("number", .int(t.number)), ("state", .string(t.state.rawValue)), ("value", JSONValue(t.value)),
            ("duration_s", JSONValue(t.duration)), ("params", JSONValue(t.params)),
            ("user_attrs", .object(t.userAttributes.keys.sorted().map { ($0, .string(t.userAttributes[$0]!)) })),
            ("failure_reason", t.failureReason.map(JSONValue.string) ?? .null),
            ("intermediate_values", .object(steps.map { ("\($0)", JSONValue(t.intermediateValues[$0])) })),
        ])
    }

    /// A value with six significant digits, or "-" when absent.
    static func value(_ x: Double?) -> String { x.map { String(format: "%.6g", $0) } ?? "-" }

    /// A parameter for a table cell: floats with six significant digits, other values as they are.
    static func param(_ v: ParameterValue) -> String {
        if case .float(let x) = v { return String(format: "%.6g", x) }
        return v.description
    }

    /// A duration as seconds with two decimals, or "-" when the trial has not finished.
    static func duration(_ seconds: Double?) -> String { seconds.map { String(format: "%.2f s", $0) } ?? "-" }

    /// Counts per state as `4 complete, 1 pruned, 0 failed` (running and waiting only when present).
    static func counts(_ o: StudyOverview) -> String {
        var parts = [TrialState.complete, .pruned, .failed].map { "\(o.counts[$0] ?? 0) \($0.rawValue)" }
        for s in [TrialState.running, .waiting] where (o.counts[s] ?? 0) > 0 {
            parts.append("\(o.counts[s]!) \(s.rawValue)")
        }
        return parts.joined(separator: ", ")
    }

    /// Counts per state as a JSON object with every state.
    static func countsJSON(_ o: StudyOverview) -> JSONValue {
        .object(TrialState.allCases.map { ($0.rawValue, .int(o.counts[$0] ?? 0)) })
    }
}

/// Left-aligned text columns separated by two spaces.
func textTable(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    let widths = (0..<first.count).map { c in rows.map { $0[c].count }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { c, cell in
            c == row.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
        }
        .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }.joined(separator: "\n")
}
