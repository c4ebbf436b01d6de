import Foundation

/// The meaning of one line a training command prints on stdout.
///
/// - Intermediate values: `{"step": 3, "value": 0.91}` (a JSON object with an integer `step` and a numeric
///   `value`, or the metric's key instead of `value`), or `intermediate 3 0.91`.
/// - The result: with a metric name, a JSON object holding that key with a number
///   (`{"accuracy": 0.97, "loss": 0.1}`) and no `step`; without one, a line that is a single number.
/// - Anything else is ordinary output (logs, progress bars).
public enum CommandOutputLine: Equatable, Sendable {
    case intermediate(step: Int, value: Double)
    case result(Double)
    case other

    public init(parsing line: String, metric: String?) {
        let text = line.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("{"), let object = Self.jsonObject(text) {
            let key = metric ?? "value"
            let value = Self.number(object[key]) ?? Self.number(object["value"])
            if let stepNumber = Self.number(object["step"]), let value, stepNumber.rounded() == stepNumber {
                self = .intermediate(step: Int(stepNumber), value: value)
            } else if let metric, let v = Self.number(object[metric]) {
                self = .result(v)
            } else {
                self = .other
            }
            return
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.count == 3, words[0] == "intermediate", let step = Int(words[1]), let v = Double(words[2]) {
            self = .intermediate(step: step, value: v)
        } else if metric == nil, words.count == 1, let v = Double(words[0]) {
            self = .result(v)
        } else {
            self = .other
        }
    }

    private static func jsonObject(_ text: String) -> [String: Any]? {
        guard let data = text.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object
    }

    private static func number(_ any: Any?) -> Double? {
        switch any {
        case let n as NSNumber: return n.doubleValue
        case let d as Double: return d
        case let i as Int: return Double(i)
        default: return nil
        }
    }
}
