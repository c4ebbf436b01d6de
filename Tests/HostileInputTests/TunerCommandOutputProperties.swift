import Foundation
import Randomness
import TestSupport
import Testing

/// A study whose command prints hostile output (intermediate reports such as `{"step": 1e30, "value": 0.5}`,
/// booleans, NaN, nested objects, lines of 200 kB, garbage, no final newline): `tuner` exits 0 or 1, never by a
/// signal, and every trial is recorded finished (none left RUNNING), complete ones with a finite value.
@Suite struct TunerCommandOutputProperties {
    static let outputsPerStudy = 12

    struct Case: Sendable {
        /// The standard output of each trial's command, by trial parameter k.
        let outputs: [String]
        let metric: String?
        let pruner: String
    }

    static func generate(_ rng: inout Xoshiro256StarStar) -> Case {
        let metric = rng.chance(0.5) ? nil : "acc"
        let outputs = (0..<outputsPerStudy).map { _ in
            var lines = (0..<rng.int(0...4)).map { _ in rng.hostileOutputLine(metric: metric).text }
            if rng.chance(0.5) { lines.append(metric.map { "{\"\($0)\": 0.25}" } ?? "0.25") }
            return lines.joined(separator: "\n") + (rng.chance(0.8) ? "\n" : "")
        }
        return Case(outputs: outputs, metric: metric, pruner: rng.pick(["none", "median", "asha"]))
    }

    static func describe(_ c: Case) -> String {
        "metric \(c.metric ?? "none"), pruner \(c.pruner): "
            + c.outputs.enumerated().map { "out\($0.offset).txt=\($0.element)" }.joined(separator: " | ")
    }

    static func check(_ c: Case) -> String? {
        guard let dir = try? TemporaryDirectory(prefix: "hostile-output") else { return "no temporary directory" }
        defer { dir.remove() }
        do {
            for (k, output) in c.outputs.enumerated() {
                try Data(output.utf8).write(to: dir.url.appendingPathComponent("out\(k).txt"))
            }
            _ = try dir.write("space.yaml", "k: {type: int, low: 0, high: \(c.outputs.count - 1)}\n")
        } catch {
            return "cannot write the outputs: \(error)"
        }
        var arguments = [
            "grid", "--space", dir.path("space.yaml"), "--trials", "\(c.outputs.count)", "--storage", dir.sqlite,
            "--study", "outputs", "--pruner", c.pruner, "--json",
        ]
        if let metric = c.metric { arguments += ["--metric", metric] }
        arguments += ["--", "cat", "out{k}.txt"]
        let (_, problem) = TunerInvariants.run(arguments, in: dir.url, allowedStatuses: [0, 1])
        if let problem { return problem }
        return recordedTrialsAreFinished(dir, expected: c.outputs.count)
    }

    /// `show --json` of the study: `expected` trials, none running, complete ones with a finite value.
    static func recordedTrialsAreFinished(_ dir: TemporaryDirectory, expected: Int) -> String? {
        let (show, problem) = TunerInvariants.run(
            ["show", "--study", "outputs", "--storage", dir.sqlite, "--json"], in: dir.url, allowedStatuses: [0])
        if let problem { return problem }
        guard let show, let shown = try? parseJSON(show.stdout) as? [String: Any],
            let trials = shown["trials"] as? [[String: Any]]
        else { return "show --json printed no trials" }
        if trials.count != expected { return "\(trials.count) trials recorded, \(expected) expected" }
        for t in trials {
            let state = t["state"] as? String ?? "?"
            let k = ((t["params"] as? [String: Any])?["k"]).map { "\($0)" } ?? "?"
            if state == "running" { return "trial of out\(k).txt left RUNNING" }
            if state == "complete", !((t["value"] as? Double)?.isFinite ?? false) {
                return "trial of out\(k).txt complete with value \(t["value"] ?? "nil")"
            }
        }
        return nil
    }

    @Test func hostileCommandOutputsLeaveEveryTrialFinished() throws {
        let report = Fuzz.forAll(
            "tuner with hostile command output", cases: FuzzConfiguration.cases(default: 2), generate: Self.generate,
            describe: Self.describe, check: Self.check)
        report.expectNoFailures()
    }
}
