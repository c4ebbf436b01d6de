import Foundation
import Randomness
import Tuning

/// A generated space written as a space file (the text a user gives `--space` or a spec's `space:`), with
/// textual hostility a Swift value cannot carry: numbers spelt `1e400`, `.nan` or `9223372036854775808`.
extension SpaceDraft {
    /// The space as block YAML indented by `indent` spaces; `rng` sometimes replaces a number by hostile text.
    func yaml(indent: Int = 0, using rng: inout Xoshiro256StarStar) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for p in parameters {
            lines.append(pad + YAMLText.quoted(p.name) + ":")
            var fields: [(String, String)] = []
            switch p.domain {
            case .float(let low, let high, let log):
                fields = [("type", "float"), ("low", number(low, &rng)), ("high", number(high, &rng))]
                if log { fields.append(("log", "true")) }
            case .int(let low, let high, let step, let log):
                fields = [("type", "int"), ("low", number(low, &rng)), ("high", number(high, &rng))]
                if step != 1 { fields.append(("step", number(step, &rng))) }
                if log { fields.append(("log", "true")) }
            case .categorical(let choices):
                fields = [
                    ("type", "categorical"),
                    ("choices", "[" + choices.map(YAMLText.value).joined(separator: ", ") + "]"),
                ]
            case .fixed(let v):
                fields = [("type", "fixed"), ("value", YAMLText.value(v))]
            }
            if let c = p.condition {
                let values = c.values.map(YAMLText.value).joined(separator: ", ")
                fields.append(("when", "{" + YAMLText.quoted(c.parent) + ": [" + values + "]}"))
            }
            lines += fields.map { pad + "  " + $0.0 + ": " + $0.1 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func number(_ x: Double, _ rng: inout Xoshiro256StarStar) -> String {
        rng.chance(0.2) ? YAMLText.quoted(rng.hostileNumberText()) : YAMLText.number(x)
    }

    private func number(_ i: Int, _ rng: inout Xoshiro256StarStar) -> String {
        rng.chance(0.2) ? rng.hostileNumberText() : "\(i)"
    }
}

/// Scalars written so that YAML reads them back as the same value.
enum YAMLText {
    /// A double-quoted YAML string (JSON escapes; control characters as `\u` escapes).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A float in YAML: `.nan`, `.inf`, `-.inf`, or Swift's shortest round-trip text.
    static func number(_ x: Double) -> String {
        if x.isNaN { return ".nan" }
        if x.isInfinite { return x > 0 ? ".inf" : "-.inf" }
        return "\(x)"
    }

    static func value(_ v: ParameterValue) -> String {
        switch v {
        case .float(let x): return number(x)
        case .int(let i): return "\(i)"
        case .string(let s): return quoted(s)
        case .bool(let b): return b ? "true" : "false"
        }
    }
}
