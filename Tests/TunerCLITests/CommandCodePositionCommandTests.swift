import Foundation
import TestSupport
import Testing

/// A categorical choice that a shell could run as code where its placeholder stands (bash arithmetic, `trap`,
/// a script on standard input) is a usage error before any trial runs; the same choices stay usable where the
/// value reaches a program as data.
@Suite struct CommandCodePositionCommandTests {
    /// Runs `tuner random` over one categorical parameter `c` with `choice`, `arguments` after `--`.
    func run(choice: String, _ arguments: [String]) throws -> (ProcessResult, pwned: Bool) {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let marker = dir.path("pwned")
        let value = choice.replacingOccurrences(of: "MARKER", with: marker)
        let space = try dir.write("s.yaml", "c: {type: categorical, choices: ['\(value)']}\n")
        let run = try Tuner.run(
            ["random", "--space", space, "--storage", "memory", "--trials", "1", "--"] + arguments, in: dir.url)
        return (run, FileManager.default.fileExists(atPath: marker))
    }

    static let reproducers: [(choice: String, command: [String])] = [
        ("a[$(touch MARKER)]", ["bash", "-c", "[[ {c} -eq 0 ]]; echo 1"]),
        ("a[$(touch MARKER)]", ["bash", "-c", "(( {c} )); echo 1"]),
        ("a[$(touch MARKER)]", ["bash", "-c", "printf -v {c} x; echo 1"]),
        ("a[$(touch MARKER)]", ["bash", "-c", "x={c}; echo $((x))"]),
        ("x; touch MARKER", ["sh", "-c", "trap 'echo {c}' EXIT; echo 1"]),
        ("x; touch MARKER", ["sh", "-c", "sh -s <<EOF\necho {c}\nEOF\necho 1"]),
        ("x; touch MARKER", ["bash", "-c", "e=eval; $e echo {c}; echo 1"]),
    ]

    @Test(arguments: 0..<reproducers.count) func aChoiceThatWouldRunAsCodeIsAUsageError(reproducer: Int) throws {
        let (choice, command) = Self.reproducers[reproducer]
        let (run, pwned) = try run(choice: choice, command)
        #expect(run.status == 2, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.isEmpty && run.stderrLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("{c}") && run.stderr.contains("touch"), "\(run.stderr)")
        #expect(!pwned, "a parameter value ran as shell code")
    }

    @Test func theSameChoiceIsAcceptedWhereItIsAnArgumentOfAProgram() throws {
        let (run, pwned) = try run(
            choice: "a[$(touch MARKER)]", ["bash", "-c", #"python3 -c 'print(1)' --act {c}; printf '%s\n' "{c}""#])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!pwned, "a parameter value ran as shell code")
    }

    @Test func aPlainChoiceRunsInArithmetic() throws {
        let (run, _) = try run(choice: "41", ["bash", "-c", "x={c}; echo $((x + 1))"])
        #expect(run.status == 0 && run.stdout.contains("value 42"), "\(run.stdout) \(run.stderr)")
    }
}
