import Foundation
import TestSupport
import Testing

/// Bad flags, specs and space files: exactly one line on standard error naming the field, exit status 2.
@Suite struct UsageErrorTests {
    /// Runs `arguments` and checks status 2, one stderr line, and that it contains every string of `mentions`.
    func expectUsageError(_ arguments: [String], in dir: TemporaryDirectory, mentions: [String]) throws {
        let run = try Tuner.run(arguments, in: dir.url)
        #expect(run.status == 2, "tuner \(arguments.joined(separator: " ")): status \(run.status)")
        #expect(run.stderrLines.count == 1, "stderr: \(run.stderr)")
        for m in mentions { #expect(run.stderr.contains(m), "stderr '\(run.stderr)' does not mention '\(m)'") }
    }

    @Test func unknownFlag() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try expectUsageError(["random", "--objective", "branin", "--bogus", "3"], in: dir, mentions: ["--bogus"])
    }

    @Test func zeroTrials() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try expectUsageError(
            ["random", "--objective", "branin", "--trials", "0", "--storage", "memory"], in: dir,
            mentions: ["--trials"])
    }

    @Test func unknownObjective() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try expectUsageError(
            ["tpe", "--objective", "no-such-problem", "--storage", "memory"], in: dir,
            mentions: ["objective", "no-such-problem"])
    }

    @Test func specWithABadFieldNamesFileLineAndField() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spec = try dir.write("spec.yaml", "objective: branin\nsampler: random\ntrials: many\nseed: 1\n")
        try expectUsageError(
            ["random", "--config", spec, "--storage", "memory"], in: dir,
            mentions: ["spec.yaml:3", "trials"])
    }

    @Test func specWithAnUnknownField() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spec = try dir.write("spec.yaml", "objective: branin\ntrails: 3\n")
        try expectUsageError(
            ["random", "--config", spec, "--storage", "memory"], in: dir,
            mentions: ["spec.yaml:2", "trails"])
    }

    @Test func spaceWithABadBound() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write(
            "space.yaml", "x: {type: float, low: 0, high: 1}\nlr: {type: float, low: abc, high: 0.1}\n")
        try expectUsageError(
            ["random", "--space", space, "--storage", "memory", "--", "echo", "{x}"], in: dir,
            mentions: ["space.yaml:2", "lr"])
    }

    @Test func missingSpaceFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try expectUsageError(
            [
                "random", "--space", dir.url.appendingPathComponent("absent.yaml").path, "--storage", "memory",
                "--", "echo", "{x}",
            ], in: dir, mentions: ["absent.yaml"])
    }

    @Test func badStorageURL() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try expectUsageError(["studies", "--storage", "mysql://x"], in: dir, mentions: ["--storage"])
    }

    @Test func tellNeedsAValueOrAState() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try expectUsageError(
            ["tell", "--study", "s", "--trial", "0", "--storage", dir.sqlite], in: dir, mentions: ["--value"])
        try expectUsageError(
            ["tell", "--study", "s", "--trial", "0", "--value", "1", "--state", "failed", "--storage", dir.sqlite],
            in: dir, mentions: ["--value", "--state"])
        try expectUsageError(
            ["tell", "--study", "s", "--trial", "0", "--state", "lost", "--storage", dir.sqlite],
            in: dir, mentions: ["--state"])
    }

    @Test func exportNeedsAKnownFormat() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try expectUsageError(
            ["export", "--study", "s", "--format", "xml", "--storage", dir.sqlite], in: dir, mentions: ["--format"])
    }

    @Test func askNeedsASpaceForANewStudy() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try expectUsageError(["ask", "--study", "fresh", "--storage", dir.sqlite], in: dir, mentions: ["--space"])
        try expectUsageError(
            ["ask", "--study", "fresh", "--sampler", "anneal", "--storage", dir.sqlite], in: dir,
            mentions: ["--sampler"])
    }
}
