import Foundation
import Randomness
import Testing
import Tuning
import TuningSpec

/// Hostile `--objectives` and `--constraint` values and spec lists: never a trap; every refusal is one line; what
/// is accepted has a valid metric name and a finite bound, and reads back from its own description.
@Suite struct ObjectiveDeclarationProperties {
    static let cases = FuzzConfiguration.cases(default: 600)

    static func generate(_ rng: inout Xoshiro256StarStar) -> String {
        let name = rng.chance(0.6) ? rng.pick(["accuracy", "latency_ms", "a.b-c", "_x", "f1"]) : rng.hostileText()
        let bound = rng.chance(0.5) ? rng.hostileNumberText() : "\(rng.hostileDouble())"
        let relation = rng.pick(["<=", ">=", "<", "=", "=<", "<=<=", ""])
        let direction = rng.pick(["minimize", "maximize", "min", "MAX", "up", "", rng.hostileText()])
        let space = rng.pick(["", " ", "\t"])
        switch rng.int(0...2) {
        case 0: return name + space + relation + space + bound
        case 1: return (0..<rng.int(1...4)).map { _ in name + ":" + direction }.joined(separator: rng.pick([",", ""]))
        default: return rng.hostileText()
        }
    }

    static func check(_ text: String) -> String? {
        do {
            let constraints = try StudyConfig.constraints(flags: [text])
            for c in constraints {
                if !c.bound.isFinite { return "accepted the bound \(c.bound)" }
                if (try? ObjectiveMetric.validateName(c.metric)) == nil { return "accepted the metric '\(c.metric)'" }
                guard let again = try? OutcomeConstraint(parsing: c.description), again == c else {
                    return "'\(c.description)' does not read back"
                }
            }
        } catch {
            if "\(error)".contains("\n") || "\(error)".contains("\r") { return "a refusal of several lines" }
        }
        do {
            let objectives = try StudyConfig.objectives(flag: text)
            if Set(objectives.map(\.name)).count != objectives.count { return "accepted a repeated name" }
            for o in objectives {
                guard (try? ObjectiveMetric(parsing: o.description)) == o else { return "'\(o)' does not read back" }
            }
        } catch {
            if "\(error)".contains("\n") || "\(error)".contains("\r") { return "a refusal of several lines" }
        }
        let yaml = "objectives: [\"\(text.replacingOccurrences(of: "\"", with: ""))\"]"
        do {
            _ = try StudyConfig(text: yaml, file: "s.yaml")
        } catch {
            let message = "\(error)"
            if message.contains("\n") || !message.hasPrefix("s.yaml") { return "spec refusal: \(message)" }
        }
        return nil
    }

    @Test func hostileDeclarationsNeverTrapAndAreRefusedInOneLine() async {
        await #expect(processExitsWith: .success) {
            CrashGuard.runChild("objective-declarations") {
                Fuzz.forAll(
                    "objective declarations", cases: ObjectiveDeclarationProperties.cases,
                    generate: ObjectiveDeclarationProperties.generate, describe: { $0 },
                    check: ObjectiveDeclarationProperties.check)
            }
        }
        CrashGuard.explain("objective-declarations", property: "objective declarations")
    }
}
