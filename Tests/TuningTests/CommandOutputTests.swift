import Foundation
import TestSupport
import Testing

@testable import Tuning

/// Hostile output: steps that are no steps, booleans that are no numbers, lines without end.
@Suite struct CommandOutputTests {
    @Test func outputLinesAreClassified() {
        #expect(
            CommandOutputLine(parsing: #"{"step": 3, "value": 0.91}"#, metric: nil)
                == .intermediate(step: 3, value: 0.91))
        #expect(CommandOutputLine(parsing: "intermediate 4 0.5", metric: nil) == .intermediate(step: 4, value: 0.5))
        #expect(CommandOutputLine(parsing: " 0.125 ", metric: nil) == .result(0.125))
        #expect(CommandOutputLine(parsing: #"{"accuracy": 0.97, "loss": 0.1}"#, metric: "accuracy") == .result(0.97))
        #expect(
            CommandOutputLine(parsing: #"{"step": 2, "accuracy": 0.8}"#, metric: "accuracy")
                == .intermediate(step: 2, value: 0.8))
        #expect(CommandOutputLine(parsing: "epoch 3 done", metric: nil) == .other)
        #expect(CommandOutputLine(parsing: "0.5", metric: "accuracy") == .other)
    }

    @Test(arguments: [
        #"{"step": 1e30, "value": 0.5}"#, #"{"step": -1, "value": 0.5}"#, #"{"step": 2.5, "value": 0.5}"#,
        #"{"step": 9223372036854775807, "value": 0.5}"#, #"{"step": true, "value": 0.5}"#,
        "intermediate nan 0.5", "intermediate 1e30 0.5", "intermediate -3 0.5", "intermediate 1 nan",
        "intermediate 1 inf",
    ])
    func stepsThatAreNoStepsAreRefused(line: String) {
        guard case .refused = CommandOutputLine(parsing: line, metric: nil) else {
            Issue.record("\(line) was not refused")
            return
        }
    }

    @Test func aBooleanIsNotANumber() {
        #expect(
            CommandOutputLine(parsing: #"{"acc": true}"#, metric: "acc")
                == .invalid(#""acc" is a boolean (true), not a number"#))
        #expect(
            CommandOutputLine(parsing: #"{"step": 1, "value": false}"#, metric: nil)
                == .invalid(#""value" is a boolean (false), not a number"#))
    }

    @Test func linesAreSplitWithoutBufferingOverlongOnes() throws {
        var splitter = LineSplitter(maxLineBytes: 4)
        var lines: [String] = []
        var dropped: [Int] = []
        for chunk in ["ab\ncd", "e", "fgh\nij", "\n", "klmnop"] {
            try splitter.append(
                ArraySlice(Array(chunk.utf8)), line: { lines.append($0) }, dropped: { dropped.append($0) })
        }
        try splitter.finish(line: { lines.append($0) }, dropped: { dropped.append($0) })
        #expect(lines == ["ab", "ij"])
        #expect(dropped == [6, 6])
    }
}

/// The same, through a command run by a study.
@Suite(.serialized) struct CommandOutputObjectiveTests {
    final class Warnings: @unchecked Sendable {
        let lock = NSLock()
        var messages: [String] = []
        func add(_ m: String) { lock.withLock { messages.append(m) } }
        var all: [String] { lock.withLock { messages } }
    }

    func run(_ command: String, metric: String? = nil) throws -> (Trial, [String]) {
        let s = try Study(space: try SearchSpace([.float("x", 0, 1)]), seed: 1)
        let warnings = Warnings()
        var objective = CommandObjective(command, metric: metric)
        objective.warn = { warnings.add($0) }
        try s.optimize(objective, trials: 1)
        return (try s.trials[0], warnings.all)
    }

    @Test func anOutOfRangeStepIsRefusedWithAWarningAndTheTrialEnds() throws {
        let (t, warnings) = try run(
            #"echo '{"step": 1e30, "value": 0.5}'; echo '{"step": 1, "value": 0.4}'; echo 0.25"#)
        #expect(t.state == .complete && t.value == 0.25)
        #expect(t.intermediateValues == [1: 0.4])
        #expect(warnings.count == 1 && warnings[0].contains("step 1e+30"), "\(warnings)")
    }

    @Test func aBooleanResultFailsTheTrialNamingTheKey() throws {
        let (t, _) = try run(#"echo '{"acc": true}'"#, metric: "acc")
        #expect(t.state == .failed)
        #expect(t.failureReason == #"output line 1: "acc" is a boolean (true), not a number"#)
    }

    @Test func aFiftyMegabyteLineIsDroppedWithOneWarning() throws {
        let line = "head -c 52428800 /dev/zero | tr '\\0' 7"
        let (t, warnings) = try run("echo 0.5; \(line); echo; \(line); echo; echo 0.125")
        #expect(t.state == .complete && t.value == 0.125)
        #expect(warnings.count == 1, "\(warnings)")
        #expect(warnings.first?.contains("longer than 1048576 bytes") == true)
    }
}
