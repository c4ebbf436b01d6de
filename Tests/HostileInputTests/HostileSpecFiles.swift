import Foundation
import Randomness

/// Generated study specs (`--config`): known fields with values of the right type, the wrong type, hostile
/// numbers (`1e400`, `.nan`, `9223372036854775808`), very long lines; unknown fields; a `space:` section;
/// sometimes a JSON document, a truncated one, or binary garbage.
extension Xoshiro256StarStar {
    static let specFields = [
        "study", "objective", "dataset", "target", "command", "metric", "direction", "sampler",
        "sampler_options", "pruner", "pruner_options", "trials", "timeout", "jobs", "seed", "cv", "lr_range",
        "heartbeat", "grace", "retry_stale", "space", "trial_timeout", "lease",
    ]

    /// A spec file's text.
    mutating func hostileSpec() -> String {
        switch int(0...19) {
        case 0: return String(decoding: garbageBytes(int(1...300)), as: UTF8.self)
        case 1: return pick(["", "\n", "---", "[]", "null", "~", "{", "}", "- 1\n- 2\n", "\u{FEFF}trials: 3\n"])
        case 2: return "a: &a [1, 2, 3, 4, 5, 6, 7, 8]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n"
        default: break
        }
        var entries: [(String, String)] = []
        for _ in 0..<int(1...6) {
            let field =
                chance(0.1)
                ? pick(["trails", "Trials", "seeds", "", "sampler_option", token(4)]) : pick(Self.specFields)
            entries.append((field, field == "space" && chance(0.7) ? "" : specValue(for: field)))
        }
        let json = chance(0.25)
        var text: String
        if json {
            let body = entries.map { YAMLText.quoted($0.0) + ": " + ($0.1.isEmpty ? "{}" : $0.1) }
            text = "{" + body.joined(separator: ", ") + "}\n"
        } else {
            text = ""
            for (field, value) in entries {
                if field == "space" && value.isEmpty {
                    let draft = hostileSpace()
                    text += "space:\n" + draft.yaml(indent: 2, using: &self)
                } else {
                    text += YAMLText.quoted(field) + ": " + value + "\n"
                }
            }
        }
        if chance(0.05) { text = String(text.prefix(int(0...text.count))) }
        if chance(0.05) { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        return text
    }

    /// A value for `field`: usually of its type, often of another, sometimes hostile text.
    mutating func specValue(for field: String) -> String {
        switch int(0...9) {
        case 0: return YAMLText.quoted(hostileText())
        case 1: return pick(["[1, 2]", "{a: 1}", "null", "~", "\"\"", "true", "[]", "{}", "!!binary aGk="])
        case 2: return hostileNumberText()
        case 3: return YAMLText.quoted(String(repeating: "long ", count: int(1000...20000)))
        default: break
        }
        switch field {
        case "trials", "jobs", "cv", "seed": return pick(["1", "3", "0", "-1", "2.5", "1e3", "\(hostileInt())"])
        case "timeout", "heartbeat", "grace", "trial_timeout", "lease":
            return pick(["1", "0.5", "0", "-1", ".inf", ".nan", "1e308", "1e-320", "60"])
        case "direction": return pick(["minimize", "maximize", "MINIMIZE", "up"])
        case "sampler": return pick(["random", "tpe", "sobol", "grid", "bayes", "anneal", "Random"])
        case "pruner": return pick(["none", "median", "asha", "hyperband", "percentile", "nope"])
        case "objective": return pick(["branin", "command", "mlp", "nope", "../branin"])
        case "retry_stale": return pick(["true", "false", "yes", "1"])
        case "sampler_options", "pruner_options":
            return "{" + pick(["points", "startup_trials", "percentile", "warmup_steps", "bogus"]) + ": "
                + hostileNumberText() + "}"
        case "command": return YAMLText.quoted(pick(["echo {x}", "echo \"{c}\"; echo 1", "{x}", "sh -c '{x}'"]))
        default: return YAMLText.quoted(hostileText())
        }
    }
}
