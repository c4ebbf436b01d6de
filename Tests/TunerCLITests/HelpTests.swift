import Foundation
import TestSupport
import Testing

/// `tuner` alone and `--help` at every level print help with examples and exit 0.
@Suite struct HelpTests {
    static let commands: [[String]] = [
        [], ["--help"],
        ["bayes", "--help"], ["tpe", "--help"], ["random", "--help"], ["sobol", "--help"], ["grid", "--help"],
        ["studies", "--help"], ["show", "--help"], ["export", "--help"], ["ask", "--help"], ["tell", "--help"],
        ["bench", "--help"], ["bench", "linalg", "--help"], ["bench", "nn", "--help"], ["bench", "samplers", "--help"],
        ["bench", "allocations", "--help"], ["help", "ask"],
        ["sweep", "--help"], ["sweep", "run", "--help"], ["sweep", "summarize", "--help"],
    ]

    @Test(arguments: commands)
    func helpHasExamplesAndExitsZero(_ arguments: [String]) throws {
        let run = try Tuner.run(arguments)
        #expect(run.status == 0, "tuner \(arguments.joined(separator: " ")): status \(run.status), \(run.stderr)")
        let text = run.stdout + run.stderr
        #expect(text.contains("USAGE"), "tuner \(arguments.joined(separator: " ")) printed no usage")
        #expect(text.contains("Examples"), "tuner \(arguments.joined(separator: " ")) has no examples")
    }

    @Test func rootHelpListsTheStudyCommands() throws {
        let run = try Tuner.run(["--help"])
        for name in ["bayes", "tpe", "random", "sobol", "grid", "studies", "show", "export", "ask", "tell"] {
            #expect(run.stdout.contains("  \(name)"), "root help does not list \(name)")
        }
    }
}
