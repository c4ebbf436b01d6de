import Foundation
import TestSupport
import Testing

/// `tuner studies`, `show` and `export` read back what study commands stored.
@Suite struct StudiesShowExportTests {
    /// Two studies in one SQLite file: branin minimized by random search (4 trials), and a command study.
    static func makeStudies(in dir: TemporaryDirectory) throws {
        let first = try Tuner.run(
            [
                "random", "--objective", "branin", "--trials", "4", "--storage", dir.sqlite,
                "--study", "alpha", "--quiet",
            ], in: dir.url)
        #expect(first.status == 0, "\(first.stderr)")
        let space = try dir.write(
            "space.yaml", "x: {type: float, low: 0, high: 1}\nlabel: {type: categorical, choices: [\"a,b\", plain]}\n")
        let second = try Tuner.run(
            [
                "sobol", "--space", space, "--trials", "2", "--direction", "maximize", "--storage", dir.sqlite,
                "--study", "beta", "--quiet", "--", "echo", "{x}",
            ], in: dir.url)
        #expect(second.status == 0, "\(second.stderr)")
    }

    @Test func studiesListsEveryStudy() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try Self.makeStudies(in: dir)
        let text = try Tuner.run(["studies", "--storage", dir.sqlite], in: dir.url)
        #expect(text.status == 0)
        #expect(text.stdoutLines.count == 3, "header and one line per study: \(text.stdout)")
        #expect(text.stdoutLines[1].hasPrefix("alpha") && text.stdoutLines[1].contains("minimize"))
        #expect(text.stdoutLines[2].hasPrefix("beta") && text.stdoutLines[2].contains("maximize"))

        let json = try Tuner.run(["studies", "--storage", dir.sqlite, "--json"], in: dir.url)
        let list = try #require(try parseJSON(json.stdout) as? [[String: Any]])
        #expect(list.map { $0["name"] as? String } == ["alpha", "beta"])
        #expect(list[0]["trials"] as? Int == 4)
        #expect((list[0]["counts"] as? [String: Any])?["complete"] as? Int == 4)
        #expect(list[1]["direction"] as? String == "maximize")

        let show = try Tuner.run(["show", "--study", "alpha", "--storage", dir.sqlite, "--json"], in: dir.url)
        let trials = try #require((try parseJSON(show.stdout) as? [String: Any])?["trials"] as? [[String: Any]])
        #expect(list[0]["best_value"] as? Double == trials.compactMap { $0["value"] as? Double }.min())
    }

    @Test func showPrintsTheTableAndTheBestTrial() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try Self.makeStudies(in: dir)
        let run = try Tuner.run(["show", "--study", "alpha", "--storage", dir.sqlite], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdoutLines
        #expect(lines[0].contains("4 trials"))
        #expect(
            lines[1].split(separator: " ", omittingEmptySubsequences: true) == [
                "#", "state", "value", "duration", "x1", "x2",
            ])
        #expect(lines.filter { $0.contains("complete") }.count >= 4)
        #expect(lines.contains { $0.hasPrefix("Best trial #") })

        let missing = try Tuner.run(["show", "--study", "gamma", "--storage", dir.sqlite], in: dir.url)
        #expect(missing.status == 1)
        #expect(missing.stderrLines.count == 1 && missing.stderr.contains("gamma"))
    }

    @Test func exportCSVHasOneColumnPerParameter() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try Self.makeStudies(in: dir)
        let file = dir.url.appendingPathComponent("beta.csv").path
        let run = try Tuner.run(
            ["export", "--study", "beta", "--storage", dir.sqlite, "--format", "csv", "--out", file], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("number,state,value,duration_s,x,label"))
        let show = try Tuner.run(["show", "--study", "beta", "--storage", dir.sqlite, "--json"], in: dir.url)
        let trials = try #require((try parseJSON(show.stdout) as? [String: Any])?["trials"] as? [[String: Any]])
        for (line, trial) in zip(lines.dropFirst(), trials) {
            #expect(line.hasPrefix("\(trial["number"] as? Int ?? -1),complete,"))
            let label = (trial["params"] as? [String: Any])?["label"] as? String
            #expect(line.contains(label == "a,b" ? ",\"a,b\"" : ",plain"), "label \(label ?? "?") in \(line)")
            let value = try #require(Double(line.split(separator: ",")[2]))
            let shown = try #require(trial["value"] as? Double)
            #expect(abs(value - shown) <= 1e-12 * max(1, abs(shown)), "CSV \(value), JSON \(shown)")
        }
    }

    @Test func readingCommandsDoNotCreateADatabase() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for arguments in [
            ["studies"], ["show", "--study", "a"], ["export", "--study", "a", "--format", "csv"],
            ["tell", "--study", "a", "--trial", "0", "--value", "1"],
        ] {
            let run = try Tuner.run(arguments, in: dir.url)
            #expect(run.status == 1, "\(arguments): status \(run.status)")
            #expect(run.stderrLines.count == 1 && run.stderr.contains("tuner.db"), "\(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("tuner.db").path))
    }

    @Test func exportJSONIsAnArrayOfTrials() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try Self.makeStudies(in: dir)
        let run = try Tuner.run(
            ["export", "--study", "alpha", "--storage", dir.sqlite, "--format", "json"], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let trials = try #require(try parseJSON(run.stdout) as? [[String: Any]])
        #expect(trials.count == 4)
        #expect(trials.map { $0["number"] as? Int } == [0, 1, 2, 3])
        for t in trials {
            #expect(Set((t["params"] as? [String: Any] ?? [:]).keys) == ["x1", "x2"])
            #expect(t["value"] is Double && t["duration_s"] is Double && t["state"] as? String == "complete")
        }
    }
}
