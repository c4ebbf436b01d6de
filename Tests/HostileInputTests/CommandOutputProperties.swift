import Foundation
import Randomness
import Testing
import Tuning

/// Hostile output lines through the parser of command output: never a trap; a boolean is never a number; an
/// intermediate report has a finite value and exactly the step the line gave.
@Suite struct CommandOutputProperties {
    static let cases = FuzzConfiguration.cases(default: 600)

    static func generate(_ rng: inout Xoshiro256StarStar) -> OutputLine {
        rng.hostileOutputLine(metric: rng.chance(0.5) ? nil : rng.pick(["acc", "value", "loss"]))
    }

    static func check(_ line: OutputLine) -> String? {
        let parsed = CommandOutputLine(parsing: line.text, metric: line.metric)
        if case .intermediate(let step, let value) = parsed {
            if line.valueIsBoolean { return "the boolean \(line.value!) became the intermediate value \(value)" }
            if !value.isFinite { return "intermediate value \(value) is not finite" }
            if let token = line.step, let stated = Double(token), Double(step) != stated {
                return "step \(token) became step \(step)"
            }
            if let token = line.step, Double(token) == nil { return "step \(token) became step \(step)" }
        }
        if case .result(let value) = parsed, line.valueIsBoolean {
            return "the boolean \(line.value!) became the result \(value)"
        }
        return nil
    }

    @Test func hostileOutputLinesNeverTrapAndBooleansAreNotNumbers() async {
        await #expect(processExitsWith: .success) {
            CrashGuard.runChild("output-lines") {
                Fuzz.forAll(
                    "command output lines", cases: CommandOutputProperties.cases,
                    generate: CommandOutputProperties.generate,
                    describe: { "metric \($0.metric ?? "none"): \($0.text)" }, check: CommandOutputProperties.check)
            }
        }
        CrashGuard.explain("output-lines", property: "command output lines")
    }
}
