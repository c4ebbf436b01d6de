import Foundation
import Tuning

/// `tuner export`'s formats: every trial as a CSV table or a JSON array.
extension StudyContents {
    /// The CSV table, header `number,state,value,<values_metric…>,duration_s,<parameters…>,<user attributes…>`,
    /// one row per trial with empty cells where a trial has no value, no such metric, an inactive parameter or no
    /// such attribute; a metric column (`values_accuracy`) for each of `metricNames`, none for a classic study.
    /// Durations have three decimals. Fields are quoted as RFC 4180 says: those holding a comma, quote or line
    /// break are put in quotes, with quotes doubled. Every line ends with a line feed.
    public func csv() -> String {
        let params = parameterNames
        let attributes = userAttributeKeys
        let metrics = metricNames
        let header =
            ["number", "state", "value"] + metrics.map { Self.metricColumnPrefix + $0 } + ["duration_s"]
            + params + attributes
        var lines = [header.map(Self.csvField).joined(separator: ",")]
        for t in trials {
            let value: String = t.value.map { "\($0)" } ?? ""
            let duration: String = t.duration.map { String(format: "%.3f", $0) } ?? ""
            var cells: [String] = ["\(t.number)", t.state.rawValue, value]
            cells += metrics.map { (name: String) -> String in t.metrics[name].map { "\($0)" } ?? "" }
            cells.append(duration)
            cells += params.map { (name: String) -> String in t.params[name]?.description ?? "" }
            cells += attributes.map { (key: String) -> String in t.userAttributes[key] ?? "" }
            lines.append(cells.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What names a metric's column in the CSV export: `values_` + the metric (`values_latency_ms`).
    public static let metricColumnPrefix = "values_"

    /// A JSON array with one `TrialFormat.json` object per trial, and a line feed.
    public func exportJSON() -> String {
        JSONValue.array(trials.map(TrialFormat.json)).text + "\n"
    }

    /// `s` as one CSV field (RFC 4180 §2.6–2.7).
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
