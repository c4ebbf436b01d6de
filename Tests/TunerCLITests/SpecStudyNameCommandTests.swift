import Foundation
import TestSupport
import Testing

/// A spec's `study` field follows the rule of `--study`.
@Suite struct SpecStudyNameCommandTests {
    @Test(arguments: ["'../x y'", "''", "a/b", "'.'", "'..'", String(repeating: "n", count: 200)])
    func anInvalidNameInTheSpecIsAUsageErrorNamingTheField(name: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spec = try dir.write("bad.yaml", "study: \(name)\nobjective: branin\ntrials: 1\n")
        let run = try Tuner.run(["random", "--config", spec, "--storage", "memory"], in: dir.url)
        #expect(run.status == 2 && run.stdout.isEmpty, "\(run.status) \(run.stdout)")
        #expect(run.stderrLines.count == 1 && run.stderr.contains("bad.yaml:1: study: invalid study name"))
    }
}
