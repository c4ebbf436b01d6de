import Foundation
import TestSupport
import Testing

@testable import Tuning

/// `{"attrs": {…}}` lines: stored as user attributes; hostile ones refused with a reason, the trial kept.
@Suite struct CommandAttributesTests {
    typealias Attributes = CommandOutputAttributes

    func pairs(_ line: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (Attributes(parsing: line)?.accepted ?? []).map { ($0.key, $0.value) })
    }

    @Test func scalarsAreStoredAsText() {
        let line = #"{"attrs": {"model": "out/m.bin", "params": 12345, "time": 1.5, "ok": true, "tiny": 1e-300}}"#
        #expect(
            pairs(line) == ["model": "out/m.bin", "params": "12345", "time": "1.5", "ok": "true", "tiny": "1e-300"])
        #expect(Attributes(parsing: line)?.refused == [])
        #expect(pairs(#"{"loss": 0.1, "attrs": {"a": "b"}}"#) == ["a": "b"])
        #expect(Attributes(parsing: #"{"loss": 0.1}"#) == nil)
        #expect(Attributes(parsing: "0.5") == nil)
        #expect(Attributes(parsing: #"log: {"attrs": 1}"#) == nil)
    }

    @Test func controlCharactersInValuesAreEscaped() {
        #expect(pairs(#"{"attrs": {"note": "two\nlines\u001b[31m"}}"#) == ["note": #"two\nlines\u{1B}[31m"#])
    }

    @Test(arguments: [
        (#"{"attrs": [1, 2]}"#, #""attrs" is an array, not an object"#),
        (#"{"attrs": "text"}"#, #""attrs" is a string, not an object"#),
        (#"{"attrs": 3}"#, #""attrs" is a number, not an object"#),
        (#"{"attrs": {"a": 1"#, #"the line holds "attrs" but is not a JSON object"#),
        (#"{"attrs": {"n": {"deep": 1}}}"#, "'n' is an object, not a string, number or boolean"),
        (#"{"attrs": {"n": [1]}}"#, "'n' is an array, not a string, number or boolean"),
        (#"{"attrs": {"n": null}}"#, "'n' is null, not a string, number or boolean"),
        (#"{"attrs": {"n": 1e999}}"#, "'n' is a number out of range, not a string, number or boolean"),
        (#"{"attrs": {"": 1}}"#, "an empty key"),
        (#"{"attrs": {"a\tb": 1}}"#, #"key 'a\tb' holds control characters"#),
        (#"{"attrs": {"lease_until": 1e12}}"#, "key 'lease_until' is tuner's own"),
        (#"{"attrs": {"trial_dir": "/"}}"#, "key 'trial_dir' is tuner's own"),
        (#"{"attrs": {"gp_theta": "1,2"}}"#, "key 'gp_theta' is tuner's own"),
        (#"{"attrs": {"command": "rm"}}"#, "key 'command' is tuner's own"),
    ])
    func hostileAttributesAreRefusedWithAReason(line: String, reason: String) {
        let parsed = Attributes(parsing: line)
        #expect(parsed?.accepted.isEmpty == true, "\(line)")
        #expect(parsed?.refused == [reason], "\(line)")
    }

    @Test func oversizedKeysAndValuesAreRefused() {
        let longKey = String(repeating: "k", count: 129)
        let longValue = String(repeating: "v", count: 4097)
        let parsed = Attributes(parsing: #"{"attrs": {"\#(longKey)": 1, "v": "\#(longValue)", "ok": 1}}"#)
        #expect(parsed?.accepted.map(\.key) == ["ok"])
        #expect(parsed?.refused.count == 2)
        #expect(parsed?.refused.allSatisfy { $0.utf8.count < 200 } == true)
    }

    /// Through a command: attributes from the result line and a line of their own are stored, hostile ones warned
    /// about in one line each, the trial completes, and an attributes line after the number does not hide it.
    @Test func aCommandsAttributesBecomeTheTrialsUserAttributes() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.write(
            "attrs.sh",
            #"""
            echo '{"attrs": {"size": 10, "name": "first"}}'
            echo '{"attrs": {"lease_until": 1, "deep": {"a": 1}}}'
            echo '{"loss": 0.25, "attrs": {"name": "second", "path": "out/model.bin"}}'
            echo '{"attrs": "oops"}'
            """#)
        let study = try Study(space: try SearchSpace([.float("x", 0, 1)]), seed: 1)
        let warnings = WarningLog()
        var objective = CommandObjective("sh \(script)", metric: "loss")
        objective.warn = { warnings.append($0) }
        try study.optimize(objective, trials: 1)
        let trial = try study.trials[0]
        #expect(trial.state == .complete && trial.value == 0.25, "\(trial)")
        #expect(trial.userAttributes["size"] == "10" && trial.userAttributes["name"] == "second")
        #expect(trial.userAttributes["path"] == "out/model.bin" && trial.userAttributes["lease_until"] == nil)
        #expect(warnings.lines.count == 2 && warnings.lines.allSatisfy { !$0.contains("\n") })
        #expect(warnings.lines.first?.contains("output line 2: attrs not stored") == true)

        let plain = try Study(space: try SearchSpace([.float("x", 0, 1)]), seed: 1)
        // `}}` in a template is one literal `}`.
        try plain.optimize(CommandObjective(#"echo 0.5; echo '{"attrs": {"epochs": 3}}}}'"#), trials: 1)
        #expect(try plain.trials[0].value == 0.5 && plain.trials[0].userAttributes["epochs"] == "3")
    }

    @Test func atMostAHundredKeysPerTrial() throws {
        let study = try Study(space: try SearchSpace([.float("x", 0, 1)]), seed: 1)
        let warnings = WarningLog()
        let entries = (0..<150).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        var objective = CommandObjective("echo '{\"attrs\": {\(entries)}}}}'; echo 1")
        objective.warn = { warnings.append($0) }
        try study.optimize(objective, trials: 1)
        let trial = try study.trials[0]
        #expect(trial.state == .complete)
        #expect(trial.userAttributes.keys.filter { $0.hasPrefix("k") }.count == 100)
        #expect(warnings.lines.count == 1 && warnings.lines[0].contains("and 47 more"))
    }
}

/// Warnings collected from another thread.
final class WarningLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}
