import Foundation
import TestSupport
import Testing

/// Reading a study with two objectives and a constraint through the built binary: `show` (with `--pareto`),
/// `export` → `import`, the report, and `tell` with metrics (batch and single) with one-line errors.
@Suite struct ParetoCommandTests {
    /// accuracy = 1 − (x − 0.7)², latency_ms = 40·x: a trade-off along x, infeasible above latency_ms 30.
    static let script = """
        awk -v x="$1" 'BEGIN { printf "{\\"accuracy\\": %.6f, \\"latency_ms\\": %.6f}\\n", 1 - (x - 0.7) ^ 2, 40 * x }'
        """

    static let spec = """
        space:
          x: {type: float, low: 0, high: 1}
        objectives: [{name: accuracy, direction: maximize}, {name: latency_ms, direction: minimize}]
        constraints: ["latency_ms <= 30"]
        """

    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// A study `mo` of 12 random trials in `dir`'s SQLite file; returns the summary object.
    static func makeStudy(in dir: TemporaryDirectory) throws -> [String: Any] {
        let script = try dir.write("objective.sh", Self.script)
        let config = try dir.write("mo.yaml", Self.spec + "\nobjective: command\ntrials: 12\nseed: 5\n")
        let run = try Tuner.run(
            [
                "random", "--config", config, "--storage", dir.sqlite, "--study", "mo", "--json", "--", "/bin/sh",
                script, "{x}",
            ],
            in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(run.jsonObjects.last)
    }

    @Test func showParetoExportImportAndReport() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let summary = try Self.makeStudy(in: dir)
        let front = try #require(summary["pareto_front"] as? [[String: Any]])
        #expect(summary["constraints"] as? [String] == ["latency_ms <= 30"] && summary["hypervolume"] is Double)
        let reference = try #require(summary["hypervolume_reference"] as? [String: Double])
        #expect(reference["latency_ms"]! <= 30)

        let pareto = try Tuner.run(["show", "--study", "mo", "--storage", dir.sqlite, "--pareto"], in: dir.url)
        #expect(pareto.status == 0, "\(pareto.stderr)")
        #expect(pareto.lines[0].hasPrefix("Pareto front: \(front.count) trial"))
        #expect(pareto.lines[1].hasPrefix("Feasible: ") && pareto.lines[1].hasSuffix("(latency_ms <= 30)"))
        #expect(pareto.lines[2].split(separator: " ") == ["#", "accuracy", "latency_ms", "x"])
        #expect(pareto.lines.count == 3 + front.count)

        let paretoJSON = try Tuner.run(
            ["show", "--study", "mo", "--storage", dir.sqlite, "--pareto", "--json"], in: dir.url)
        let listed = try #require(try Self.json(paretoJSON.stdout) as? [[String: Any]])
        #expect(listed.map { $0["trial"] as? Int } == front.map { $0["trial"] as? Int })
        #expect(listed.map { $0["values"] as? [String: Double] } == front.map { $0["values"] as? [String: Double] })

        let show = try Tuner.run(["show", "--study", "mo", "--storage", dir.sqlite], in: dir.url)
        #expect(
            show.lines[1].split(separator: " ").prefix(6) == [
                "#", "state", "value", "accuracy", "latency_ms", "duration",
            ])
        #expect(show.lines.contains { $0.hasPrefix("Pareto front: ") } && !show.lines.contains { $0.hasPrefix("Best") })

        let csv = try Tuner.run(
            ["export", "--study", "mo", "--storage", dir.sqlite, "--format", "csv", "--out", "mo.csv"], in: dir.url)
        #expect(csv.status == 0, "\(csv.stderr)")
        let header = try String(contentsOf: dir.url.appendingPathComponent("mo.csv"), encoding: .utf8)
            .split(separator: "\n")[0]
        #expect(header.hasPrefix("number,state,value,values_accuracy,values_latency_ms,duration_s,x"))

        // The export imported into a new study with the same objectives has the same front.
        let config = try dir.write("copy.yaml", Self.spec + "\n")
        let imported = try Tuner.run(
            ["import", "--study", "copy", "--config", config, "--storage", dir.sqlite, "--file", "mo.csv"], in: dir.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Imported 12 trials into study 'copy'"))
        let copied = try Tuner.run(
            ["show", "--study", "copy", "--storage", dir.sqlite, "--pareto", "--json"], in: dir.url)
        let copiedFront = try #require(try Self.json(copied.stdout) as? [[String: Any]])
        #expect(
            copiedFront.map { $0["values"] as? [String: Double] } == front.map { $0["values"] as? [String: Double] })

        let report = try Tuner.run(
            ["report", "--study", "mo", "--storage", dir.sqlite, "--out", "mo.html"], in: dir.url)
        #expect(report.status == 0 && report.stdout.contains("Pareto front: \(front.count) trial"), "\(report.stdout)")
        let html = try String(contentsOf: dir.url.appendingPathComponent("mo.html"), encoding: .utf8)
        #expect(html.contains("<h2>Pareto front</h2>") && html.contains("<h2>Hypervolume</h2>"))
    }

    @Test func tellTakesMetricsInBatchesAndFlagsWithOneLineErrors() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let config = try dir.write("mo.yaml", Self.spec)
        let base = ["--study", "loop", "--storage", dir.sqlite]
        let ask = try Tuner.run(
            ["ask"] + base + ["--config", config, "--sampler", "random", "--count", "4"], in: dir.url)
        #expect(ask.status == 0 && ask.jsonObjects.count == 4, "\(ask.stderr)")

        let bad: [(String, String)] = [
            (#"{"trial": 0, "accuracy": NaN, "latency_ms": 4}"#, "bad.jsonl:1: accuracy: must be a finite number"),
            (#"{"trial": 0, "accuracy": 0.9}"#, "bad.jsonl:1: latency_ms: missing"),
            (
                "{\"trial\": 0, \"accuracy\": 0.9, \"latency_ms\": 4, \"spe\\u001bed\": 1}",
                "bad.jsonl:1: spe\\u{1B}ed: unknown"
            ),
            ("trial,accuracy,latency_ms\n0,0.9,\n", "bad.jsonl:2: latency_ms: missing"),
        ]
        for (text, expected) in bad {
            _ = try dir.write("bad.jsonl", text)
            let run = try Tuner.run(["tell"] + base + ["--file", "bad.jsonl"], in: dir.url)
            #expect(run.status == 2, "\(text): \(run.stderr)")
            #expect(run.stderrLines.count == 1 && run.stderr.hasPrefix("error: \(expected)"), "\(text): \(run.stderr)")
        }

        _ = try dir.write("ok.csv", "trial,accuracy,latency_ms\n0,0.9,4\n1,0.8,3.5\n")
        let batch = try Tuner.run(["tell"] + base + ["--file", "ok.csv"], in: dir.url)
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.lines[0] == "Trial 0 of study 'loop': complete, value 0.9, accuracy 0.9, latency_ms 4.0")

        let missing = try Tuner.run(["tell"] + base + ["--trial", "2", "--metric", "accuracy=0.7"], in: dir.url)
        #expect(
            missing.status == 2 && missing.stderr.hasPrefix("error: --metric: 'latency_ms' missing"),
            "\(missing.stderr)")
        let single = try Tuner.run(
            ["tell"] + base + ["--trial", "2", "--metric", "accuracy=0.7", "--metric", "latency_ms=31"], in: dir.url)
        #expect(single.status == 0, "\(single.stderr)")
        let withValue = try Tuner.run(
            ["tell"] + base + ["--trial", "3", "--value", "0.95", "--metric", "latency_ms=2"], in: dir.url)
        #expect(withValue.status == 0, "\(withValue.stderr)")

        let show = try Tuner.run(["show", "--json"] + base, in: dir.url)
        let object = try #require(try Self.json(show.stdout) as? [String: Any])
        let trials = try #require(object["trials"] as? [[String: Any]])
        #expect(trials.map { ($0["metrics"] as? [String: Double])?["latency_ms"] } == [4, 3.5, 31, 2])
        #expect((object["pareto_front"] as? [[String: Any]])?.map { $0["trial"] as? Int } == [3])
        #expect(object["feasible_trials"] as? Int == 3)
    }
}
