import Foundation

/// The meaning of one line a training command prints on stdout.
///
/// - Intermediate values: `{"step": 3, "value": 0.91}` (a JSON object with a `step` and a numeric `value`, or
///   the metric's key instead of `value`), or `intermediate 3 0.91`. The step must be a whole number from 0 to
///   `maxStep` and the value finite, else the line is refused (`.refused`: skipped with a warning).
/// - The result: with a metric name, a JSON object holding that key with a number
///   (`{"accuracy": 0.97, "loss": 0.1}`) and no `step`; without one, a line that is a single number.
/// - A boolean where a number is expected (`{"accuracy": true}`) is an error that fails the trial (`.invalid`):
///   `true` is not 1.
/// - Anything else is ordinary output (logs, progress bars).
public enum CommandOutputLine: Equatable, Sendable {
    case intermediate(step: Int, value: Double)
    case result(Double)
    case refused(String)
    case invalid(String)
    case other

    /// The largest step accepted (2³¹ − 1).
    public static let maxStep = Int(Int32.max)

    public init(parsing line: String, metric: String?) {
        let text = line.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("{"), let object = Self.jsonObject(text) {
            self = Self.classify(object, metric: metric)
            return
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.count == 3, words[0] == "intermediate", let step = Double(words[1]), let v = Double(words[2]) {
            self = Self.intermediate(step: step, value: v)
        } else if metric == nil, words.count == 1, let v = Double(words[0]) {
            self = .result(v)
        } else {
            self = .other
        }
    }

    private static func classify(_ object: [String: JSONScalar], metric: String?) -> CommandOutputLine {
        let key = object[metric ?? "value"] != nil ? metric ?? "value" : "value"
        if let step = object["step"], let value = object[key] {
            switch (step, value) {
            case (_, .boolean(let b)): return .invalid("\"\(key)\" is a boolean (\(b)), not a number")
            case (.boolean, _): return .refused("\"step\" is a boolean, not a whole number")
            case (.number(let s), .number(let v)): return intermediate(step: s, value: v)
            default: break
            }
        }
        if let metric, object["step"] == nil, let value = object[metric] {
            switch value {
            case .number(let v): return .result(v)
            case .boolean(let b): return .invalid("\"\(metric)\" is a boolean (\(b)), not a number")
            case .other: return .other
            }
        }
        return .other
    }

    private static func intermediate(step: Double, value: Double) -> CommandOutputLine {
        guard step.isFinite, step.rounded() == step, step >= 0, step <= Double(maxStep) else {
            return .refused("step \(step) is not a whole number from 0 to \(maxStep)")
        }
        guard value.isFinite else { return .refused("value \(value) at step \(Int(step)) is not finite") }
        return .intermediate(step: Int(step), value: value)
    }

    static func jsonObject(_ text: String) -> [String: JSONScalar]? {
        try? JSONDecoder().decode([String: JSONScalar].self, from: Data(text.utf8))
    }

    /// A JSON value as far as an output line cares: a number, a boolean, or anything else.
    enum JSONScalar: Decodable, Equatable {
        case number(Double)
        case boolean(Bool)
        case other

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) {
                self = .boolean(b)
            } else if let x = try? c.decode(Double.self) {
                self = .number(x)
            } else {
                self = .other
            }
        }
    }
}
