import Foundation
import TestSupport
import Testing

/// A parameter value never reaches a shell as syntax, whatever form the command takes: the value below would
/// create the file `pwned` in the study's directory if it were ever parsed by a shell.
@Suite struct CommandInjectionTests {
    static let space = """
        lr: {type: fixed, value: 0.01}
        c: {type: categorical, choices: ["relu; touch pwned #", "'; touch pwned; '", "$(touch pwned)", "`touch pwned`"]}

        """

    /// Runs `tuner random` over the hostile space (each value once) with `arguments` added, in a fresh directory.
    func run(_ arguments: [String], spec: String? = nil) throws -> (ProcessResult, pwned: Bool) {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("s.yaml", Self.space)
        let config = try spec.map { try dir.write("spec.yaml", $0) }
        let run = try Tuner.run(
            ["grid", "--space", space, "--trials", "4", "--storage", "memory", "--json"]
                + (config.map { ["--config", $0] } ?? []) + arguments, in: dir.url)
        return (run, FileManager.default.fileExists(atPath: dir.path("pwned")))
    }

    func values(_ run: ProcessResult) -> [String: String] {
        var seen: [String: String] = [:]
        for t in run.jsonObjects where t["summary"] == nil {
            let c = (t["params"] as? [String: Any])?["c"] as? String ?? "?"
            seen[c] = (t["state"] as? String ?? "?") + " " + (t["reason"] as? String ?? "")
        }
        return seen
    }

    @Test func aPlaceholderInTheScriptOfShellC() throws {
        let (run, pwned) = try run(["--", "sh", "-c", #"python3 -c "print({lr})" --act {c}; echo "{lr}""#])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!pwned, "a parameter value ran as shell code")
        #expect(run.jsonObjects.filter { $0["state"] as? String == "complete" }.count == 4, "\(run.stdout)")
    }

    @Test func aPlaceholderInsideAQuotedArgument() throws {
        let (run, pwned) = try run(["--", "echo", "name: {c}"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!pwned, "a parameter value ran as shell code")
        for (value, outcome) in values(run) {
            #expect(outcome.contains("last line: name: \(value)"), "\(value): \(outcome)")
        }
    }

    @Test func aPlaceholderInASpecCommandLine() throws {
        let (run, pwned) = try run([], spec: "objective: command\ncommand: echo \"{c}\"; echo 1\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!pwned, "a parameter value ran as shell code")
        #expect(run.jsonObjects.last?["complete"] as? Int == 4, "\(run.stdout)")
    }

    @Test func aPlaceholderThatCannotBeMadeSafeIsAUsageError() throws {
        let (run, pwned) = try run(["--", "sh", "-c", "echo `echo {c}`"])
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1 && run.stderr.contains("{c}") && run.stderr.contains("backquotes"))
        #expect(!pwned)
    }
}
