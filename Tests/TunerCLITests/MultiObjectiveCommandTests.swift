import Foundation
import TestSupport
import Testing

/// A study with two objectives and a constraint on a command, from a spec file, through the built binary: every
/// metric is stored, a trial missing one fails with a clear reason, the summary has the Pareto front, and a
/// rerun keeps the stored objectives.
@Suite struct MultiObjectiveCommandTests {
    /// Prints accuracy = 1 − (x − 0.7)², latency = 40·x, memory = 100·y; without a memory metric when y > 0.9.
    static let script = """
        awk -v x="$1" -v y="$2" 'BEGIN {
            printf "{\\"step\\": 0, \\"accuracy\\": %.6f}\\n", 0.5 * (1 - (x - 0.7) ^ 2)
            if (y > 0.9) printf "{\\"accuracy\\": %.6f, \\"latency_ms\\": %.6f}\\n", 1 - (x - 0.7) ^ 2, 40 * x
            else printf "{\\"accuracy\\": %.6f, \\"latency_ms\\": %.6f, \\"memory_mb\\": %.6f}\\n",
                1 - (x - 0.7) ^ 2, 40 * x, 100 * y
        }'
        """

    static let spec = """
        objective: command
        space:
          x: {type: float, low: 0, high: 1}
          y: {type: float, low: 0, high: 1}
        objectives: [{name: accuracy, direction: maximize}, {name: latency_ms, direction: minimize}]
        constraints: ["memory_mb <= 80"]
        trials: 24
        seed: 4
        """

    @Test func twoObjectivesAndAConstraintFromASpecFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let script = try dir.write("objective.sh", Self.script)
        let config = try dir.write("mo.yaml", Self.spec)
        let storage = dir.sqlite
        let run = try Tuner.run(
            [
                "random", "--config", config, "--storage", storage, "--study", "mo", "--json", "--",
                "/bin/sh", script, "{x}", "{y}",
            ], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(run.jsonObjects.last)
        let front = try #require(summary["pareto_front"] as? [[String: Any]], "\(run.stdout)")
        #expect(!front.isEmpty)

        let export = try Tuner.run(["export", "--study", "mo", "--storage", storage, "--format", "json"], in: dir.url)
        let trials = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        #expect(trials.count == 24)
        var feasible: [(number: Int, accuracy: Double, latency: Double)] = []
        for trial in trials {
            let params = try #require(trial["params"] as? [String: Any])
            let x = try #require(params["x"] as? Double)
            let y = try #require(params["y"] as? Double)
            if y > 0.9 {
                #expect(trial["state"] as? String == "failed")
                #expect(trial["failure_reason"] as? String == "the result has no metric 'memory_mb'")
                continue
            }
            #expect(trial["state"] as? String == "complete", "\(trial)")
            let metrics = try #require(trial["metrics"] as? [String: Double], "\(trial)")
            #expect(abs(metrics["accuracy"]! - (1 - (x - 0.7) * (x - 0.7))) < 1e-5)
            #expect(abs(metrics["latency_ms"]! - 40 * x) < 1e-5 && abs(metrics["memory_mb"]! - 100 * y) < 1e-4)
            #expect(trial["value"] as? Double == metrics["accuracy"], "the primary objective is the value")
            if 100 * y <= 80 {
                feasible.append((trial["number"] as! Int, metrics["accuracy"]!, metrics["latency_ms"]!))
            }
        }
        // The front is exactly the feasible trials that no feasible trial dominates.
        let expected = feasible.filter { a in
            !feasible.contains { b in
                b.accuracy >= a.accuracy && b.latency <= a.latency && (b.accuracy > a.accuracy || b.latency < a.latency)
            }
        }.map(\.number).sorted()
        #expect(front.compactMap { $0["trial"] as? Int }.sorted() == expected)

        // A rerun resumes the stored study with its objectives and constraint; other objectives are refused.
        let command = ["--", "/bin/sh", script, "{x}", "{y}"]
        let rerun = try Tuner.run(
            ["random", "--config", config, "--storage", storage, "--study", "mo", "--trials", "28", "--quiet"]
                + command, in: dir.url)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let after = try Tuner.run(["export", "--study", "mo", "--storage", storage, "--format", "json"], in: dir.url)
        let all = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])
        #expect(all.count == 28)
        for trial in all.suffix(4) where trial["state"] as? String == "complete" {
            #expect((trial["metrics"] as? [String: Double])?.count == 3, "\(trial)")
        }
        let changed = try Tuner.run(
            ["random", "--config", config, "--storage", storage, "--study", "mo", "--constraint", "memory_mb <= 50"]
                + command, in: dir.url)
        #expect(changed.status != 0 && changed.stderr.contains("objectives and constraints"), "\(changed.stderr)")
    }

    @Test func flagsDeclareObjectivesAndBadOnesAreUsageErrors() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let run = try Tuner.run(
            [
                "random", "--space", space, "--trials", "5", "--objectives", "a:min,b:max", "--constraint", "b >= 0.5",
                "--json", "--", "/bin/sh", "-c", "echo '{\"a\": '$0', \"b\": '$0'}'", "{x}",
            ], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.jsonObjects.last?["pareto_front"] != nil, "\(run.stdout)")
        for (flags, message) in [
            (["--objectives", "a:up"], "--objectives objective 'a:up' must be NAME:minimize or NAME:maximize"),
            (["--objectives", "a:min,a:max"], "--objectives objective 'a' is declared twice"),
            (["--constraint", "b < 1"], "--constraint constraint 'b < 1' must be METRIC <= BOUND or METRIC >= BOUND"),
            (["--objectives", "a:min", "--direction", "maximize"], "--direction cannot be combined with objectives"),
        ] {
            let bad = try Tuner.run(
                ["random", "--space", space, "--trials", "1"] + flags + ["--", "/bin/sh", "-c", "echo 1"], in: dir.url)
            #expect(bad.status == 2 && bad.stderr.contains(message), "\(flags): \(bad.stderr)")
        }
        let mlp = try Tuner.run(
            ["random", "--dataset", "iris", "--trials", "1", "--objectives", "accuracy:max,latency:min"], in: dir.url)
        #expect(mlp.status == 2, "\(mlp.stderr)")
        #expect(mlp.stderr.contains("reports no metric 'latency'"), "\(mlp.stderr)")
    }

    @Test func theNetworkTradesAccuracyAgainstItsParameterCount() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let run = try Tuner.run(
            [
                "random", "--dataset", "iris", "--trials", "4", "--seed", "1", "--objectives",
                "accuracy:maximize,parameters:minimize", "--json",
            ], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let front = try #require(run.jsonObjects.last?["pareto_front"] as? [[String: Any]], "\(run.stdout)")
        #expect(!front.isEmpty)
        for member in front {
            let values = try #require(member["values"] as? [String: Double], "\(member)")
            let params = try #require(member["params"] as? [String: Any])
            let layers = try #require(params["layers"] as? Int)
            let units = try #require(params["units"] as? Int)
            // iris: 4 inputs, 3 classes; `layers` hidden layers of `units` each (no batch normalization by default).
            let expected = (4 * units + units) + (layers - 1) * (units * units + units) + (units * 3 + 3)
            #expect(values["parameters"] == Double(expected), "\(member)")
            #expect((0...1).contains(values["accuracy"] ?? -1))
        }
    }
}
