import Foundation
import Randomness

/// A generated line of a command's standard output, with what the generator put in it: the tokens of the
/// `step` and of the value (as JSON text), so a property can tell what the parser may and may not make of it.
struct OutputLine: Sendable {
    let text: String
    /// The JSON text of `step`, when the line is a JSON object with one (or the word of an `intermediate` line).
    let step: String?
    /// The JSON text of the value the parser reads (`value` or the metric's key), when present.
    let value: String?
    /// The metric name the command is run with (`--metric`), nil for a plain value.
    let metric: String?

    var valueIsBoolean: Bool { value == "true" || value == "false" }
}

extension Xoshiro256StarStar {
    static let stepTokens = [
        "1", "0", "3", "1e30", "-1e30", "1.5", "-1", "9223372036854775807", "9223372036854775808", "9.3e18",
        "2147483648", "1e308", "true", "false", "\"3\"", "null", "[1]", "{\"a\": 1}", "1e400", "-0",
    ]
    static let valueTokens = [
        "0.5", "-2", "0", "true", "false", "\"0.5\"", "null", "{\"a\": 1}", "[0.5]", "1e400", "-1e400", "1e308",
        "-0", "1e-320",
    ]

    /// One hostile output line, for a command run with `metric` (nil: plain numbers and `value`).
    mutating func hostileOutputLine(metric: String?) -> OutputLine {
        let key = metric ?? "value"
        switch int(0...9) {
        case 0...3:
            let step = pick(Self.stepTokens)
            let value = pick(Self.valueTokens)
            var fields = ["\"step\": \(step)", "\"\(chance(0.8) ? key : "value")\": \(value)"]
            if chance(0.3) { fields.append("\"extra\": " + pick(["{\"deep\": [1, {\"x\": null}]}", "\"s\"", "1"])) }
            if chance(0.3) { fields.reverse() }
            // The parser reads the metric's key, or `value` when the key is absent: either way this token.
            return OutputLine(
                text: "{" + fields.joined(separator: ", ") + "}", step: step, value: value, metric: metric)
        case 4...5:
            let value = pick(Self.valueTokens)
            return OutputLine(text: "{\"\(key)\": \(value)}", step: nil, value: value, metric: metric)
        case 6:
            let step = pick(["1", "-1", "99999999999999999999", "1e30", "nan", "0x10", "3"])
            let value = pick(["0.5", "nan", "inf", "-inf", "1e999", "true"])
            return OutputLine(text: "intermediate \(step) \(value)", step: step, value: value, metric: metric)
        case 7:
            return OutputLine(
                text: pick(["0.5", "nan", "NaN", "inf", "-inf", "1e999", "-0", "0x1p3", " 1 ", "1e-400", "true", ""]),
                step: nil, value: nil, metric: metric)
        case 8:
            return OutputLine(
                text: pick([
                    "{", "{\"step\": 1, \"value\": 0.5", "{}", "[1, 2]", "{\"step\": NaN, \"value\": 1}",
                    "{\"value\": NaN}", "\u{0}\u{1}", "{\"step\": 1, \"step\": 2, \"value\": 3}",
                ]),
                step: nil, value: nil, metric: metric)
        default:
            if chance(0.5) {
                return OutputLine(
                    text: String(repeating: chance(0.5) ? "#" : "{\"a\": 1, ", count: int(10_000...200_000)),
                    step: nil, value: nil, metric: metric)
            }
            return OutputLine(
                text: String(decoding: garbageBytes(int(1...200)).filter { $0 != 0x0A }, as: UTF8.self),
                step: nil, value: nil, metric: metric)
        }
    }
}
