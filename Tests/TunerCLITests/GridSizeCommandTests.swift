import Foundation
import TestSupport
import Testing

/// A grid over more than `GridSampler.maximumPoints` points in all is a usage error before the study exists.
@Suite struct GridSizeCommandTests {
    @Test(arguments: [
        ["grid", "--trials", "2", "--", "sh", "-c", "echo 1"], ["ask", "--sampler", "grid", "--study", "q"],
    ])
    func aCombinedGridOverTheLimitExitsTwoBeforeAnything(command: [String]) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let axes = ["a", "b", "c"].map { "\($0): {type: int, low: 0, high: 1000}\n" }
        let space = try dir.write("g3.yaml", axes.joined())
        let run = try Tuner.run([command[0], "--space", space, "--storage", "s.db"] + command.dropFirst(), in: dir.url)
        #expect(run.status == 2 && run.stdout.isEmpty, "\(run.status) \(run.stdout)")
        #expect(run.stderrLines.count == 1 && run.stderr.contains("parameter 'c' makes the grid larger"))
        let studies = try Tuner.run(["studies", "--storage", "s.db"], in: dir.url)
        #expect(!studies.stdout.contains("grid") && !studies.stdout.contains("q "), "\(studies.stdout)")
    }
}
