import Foundation
import TestSupport
import Testing

/// A `--study` name outside `A-Z a-z 0-9 _ . -` (1-128 characters) is a usage error (exit 2, one line naming
/// `--study`) in every command that takes one, before any storage is opened or created.
@Suite("tuner --study: invalid names are usage errors")
struct StudyNameUsageTests {
    @Test(
        "every command that takes --study",
        arguments: [
            ["random", "--objective", "branin", "--trials", "1"], ["tpe", "--objective", "branin", "--trials", "1"],
            ["show"], ["export", "--format", "csv"], ["ask", "--space", "space.yaml"],
            ["tell", "--trial", "0", "--value", "1"], ["report"], ["worker"],
        ])
    func invalidNames(_ command: [String]) throws {
        let directory = try TemporaryDirectory()
        try directory.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        for name in ["a b", "a/b", "", String(repeating: "n", count: 129), "tab\there"] {
            let run = try Tuner.run(command + ["--study", name, "--storage", "studies.db"], in: directory.url)
            #expect(run.status == 2, "\(command[0]) --study '\(name)': \(run.status) \(run.stderr)")
            #expect(run.stderrLines.count == 1 && run.stderr.contains("--study"), "\(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("studies.db")))
    }
}
