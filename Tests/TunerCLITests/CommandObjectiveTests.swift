import Foundation
import TestSupport
import Testing

/// An external program after `--` is the objective: its placeholders are filled from the trial, its last line
/// is the value, and a failing run fails only its trial.
@Suite struct CommandObjectiveTests {
    @Test func scriptValueComesFromItsParameter() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let script = try dir.write(
            "objective.sh",
            """
            echo "evaluating x=$1" >&2
            awk -v x="$1" 'BEGIN { printf "%.12f\\n", (x - 0.5) * (x - 0.5) }'
            """)
        let run = try Tuner.run(
            [
                "random", "--space", space, "--trials", "3", "--storage", "memory", "--json", "--seed", "3",
                "--", "/bin/sh", script, "{x}",
            ], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let trials = run.jsonObjects.filter { $0["summary"] == nil }
        #expect(trials.count == 3)
        for t in trials {
            #expect(t["state"] as? String == "complete")
            let x = try #require((t["params"] as? [String: Any])?["x"] as? Double)
            let value = try #require(t["value"] as? Double)
            #expect(abs(value - (x - 0.5) * (x - 0.5)) < 1e-9, "x = \(x), value = \(value)")
        }
    }

    @Test func failingCommandFailsItsTrialAndTheStudyContinues() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write(
            "space.yaml", "x: {type: float, low: 0, high: 1}\nmode: {type: categorical, choices: [ok, fail]}\n")
        let script = try dir.write(
            "objective.sh",
            """
            if [ "$2" = fail ]; then echo "boom: mode fail" >&2; exit 3; fi
            echo "$1"
            """)
        // The grid (2 values of x × 2 modes) runs both modes whatever the order.
        let run = try Tuner.run(
            [
                "grid", "--space", space, "--trials", "4", "--sampler-option", "points=2", "--storage", dir.sqlite,
                "--study", "cmd", "--json", "--", "/bin/sh", script, "{x}", "{mode}",
            ], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(run.jsonObjects.last)
        #expect(summary["trials"] as? Int == 4)
        #expect(summary["failed"] as? Int == 2)
        #expect(summary["complete"] as? Int == 2)
        for t in run.jsonObjects.filter({ $0["summary"] == nil }) {
            let mode = (t["params"] as? [String: Any])?["mode"] as? String
            #expect((t["state"] as? String == "failed") == (mode == "fail"))
        }
        let show = try Tuner.run(["show", "--study", "cmd", "--storage", dir.sqlite, "--json"], in: dir.url)
        let shown = try #require(try parseJSON(show.stdout) as? [String: Any])
        let failed = (shown["trials"] as? [[String: Any]] ?? []).filter { $0["state"] as? String == "failed" }
        #expect(failed.count == 2)
        for t in failed {
            let reason = t["failure_reason"] as? String ?? ""
            #expect(reason.contains("boom") || reason.contains("3"), "reason: \(reason)")
        }
    }
}
