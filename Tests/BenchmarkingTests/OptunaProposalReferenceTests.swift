import Foundation
import Testing
import Tuning

@testable import Benchmarking

/// `tuner bench bo --optuna`'s peer side, without Optuna: a stand-in script run by `/bin/sh` through the same child
/// process path, and the parsing of what the script prints, well formed or not.
@Suite struct OptunaProposalReferenceTests {
    static func script(_ body: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("optuna-reference-\(UUID().uuidString).sh").path
        try body.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let line =
        #"{"op": "optuna-gp-propose", "observations": 8, "d": 6, "seconds_per_proposal": 0.05, "#
        + #""cold_seconds": 0.07}"#

    @Test func aRowGainsThePeersTimesAndTheRatios() throws {
        let path = try Self.script("echo 'starting'\necho '\(Self.line)'\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reference = OptunaProposalReference(python: "/bin/sh", script: path)
        #expect(try reference.timing(observations: 8, repetitions: 1, seed: 0) == .init(warm: 0.05, cold: 0.07))
        var rows: [[String: BenchValue]] = []
        try ProposalBenchmark(observations: [8], dimension: 6, repetitions: 1, seed: 0, reference: reference) {
            GPSampler()
        }.run { rows.append($0) }
        #expect(rows.count == 1 && rows[0]["optuna_seconds"] == .number(0.05))
        #expect(rows[0]["optuna_cold_seconds"] == .number(0.07))
        guard case .number(let ours) = rows[0]["seconds_per_proposal"],
            case .number(let ratio) = rows[0]["optuna_ratio"]
        else {
            Issue.record("missing times in \(rows[0])")
            return
        }
        #expect(abs(ratio - 0.05 / ours) <= 1e-12 * ratio)
        #expect(Set(ProposalBenchmark.referenceColumns).isSubset(of: Set(rows[0].keys)))
    }

    @Test func theScriptsArgumentsAreAnArgumentVector() throws {
        // The script echoes its arguments back inside a line; nothing in them is run by a shell.
        let path = try Self.script(
            #"printf '{"op": "optuna-gp-propose", "observations": %s, "#
                + #""seconds_per_proposal": 1, "cold_seconds": 2}\n' "$2""#
        )
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reference = OptunaProposalReference(python: "/bin/sh", script: path)
        #expect(try reference.timing(observations: 37, repetitions: 2, seed: 5) == .init(warm: 1, cold: 2))
    }

    @Test func failuresNameTheScriptOrTheInterpreter() throws {
        let failing = try Self.script("echo 'Traceback: no module named optuna' >&2\nexit 3\n")
        defer { try? FileManager.default.removeItem(atPath: failing) }
        #expect {
            try OptunaProposalReference(python: "/bin/sh", script: failing).timing(
                observations: 8, repetitions: 1, seed: 0)
        } throws: { "\($0)" == "\(failing) exited with status 3: Traceback: no module named optuna" }
        #expect {
            try OptunaProposalReference(python: "/nonexistent/python", script: failing).check()
        } throws: { "\($0)".hasPrefix("--python: '/nonexistent/python' is not an executable file") }
        #expect {
            try OptunaProposalReference(python: "/tmp", script: failing).check()
        } throws: { "\($0)".hasPrefix("--python: '/tmp' is not an executable file") }
        #expect {
            try OptunaProposalReference(python: "/bin/sh", script: "/nonexistent/bench.py").check()
        } throws: { "\($0)".hasPrefix("--optuna-script: '/nonexistent/bench.py' does not exist") }
    }

    @Test func malformedOutputIsRefusedWithTheLineAtFault() {
        let cases: [(String, String)] = [
            ("", "printed no optuna-gp-propose line for n = 8"),
            ("not json\n{\"op\": \"other\", \"observations\": 8}", "printed no optuna-gp-propose line for n = 8"),
            (Self.line.replacingOccurrences(of: "\"observations\": 8", with: "\"observations\": 9"), "printed no"),
            (Self.line.replacingOccurrences(of: "0.05", with: "-1"), "the line for n = 8 has no positive times"),
            (Self.line.replacingOccurrences(of: "0.05", with: "\"fast\""), "has no positive times"),
            (Self.line.replacingOccurrences(of: "0.07", with: "1e999"), "printed no"),  // not JSON: not the line
            (Self.line.replacingOccurrences(of: "0.07", with: "0"), "has no positive times"),
        ]
        for (text, expected) in cases {
            #expect {
                try OptunaProposalReference.parse(text, observations: 8, script: "s.py")
            } throws: { "\($0)".contains(expected) }
        }
        #expect(
            (try? OptunaProposalReference.parse("x\n" + Self.line, observations: 8, script: "s.py"))
                == .init(warm: 0.05, cold: 0.07))
    }
}
