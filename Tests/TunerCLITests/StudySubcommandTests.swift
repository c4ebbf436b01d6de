import Foundation
import TestSupport
import Testing

/// Each study subcommand runs a small branin study; `--json` prints one object per trial and a summary.
@Suite struct StudySubcommandTests {
    static let samplers = ["bayes", "tpe", "random", "sobol", "grid"]

    @Test(arguments: samplers)
    func runsThreeBraninTrials(_ sampler: String) throws {
        let run = try Tuner.run([sampler, "--objective", "branin", "--trials", "3", "--storage", "memory"])
        #expect(run.status == 0, "\(sampler): \(run.stderr)")
        #expect(run.stdout.contains("Finished: 3 trials"), "\(sampler): \(run.stdout)")
        #expect(run.stdout.contains("Best trial #"))
        #expect(run.stdout.contains("x1") && run.stdout.contains("x2"))
    }

    @Test(arguments: samplers)
    func jsonOutputParsesBack(_ sampler: String) throws {
        let run = try Tuner.run([
            sampler, "--objective", "branin", "--trials", "3", "--storage", "memory", "--json", "--seed", "5",
        ])
        #expect(run.status == 0, "\(sampler): \(run.stderr)")
        let objects = run.jsonObjects
        #expect(objects.count == run.stdoutLines.count, "every line is a JSON object")
        let trials = objects.filter { $0["summary"] == nil }
        #expect(trials.count == 3)
        for t in trials {
            let params = try #require(t["params"] as? [String: Any])
            let (x1, x2) = (try #require(params["x1"] as? Double), try #require(params["x2"] as? Double))
            #expect((-5...10).contains(x1) && (0...15).contains(x2))
            // Branin (Dixon & Szegö 1978) recomputed from the printed parameters.
            let b = 5.1 / (4 * Double.pi * Double.pi)
            let c = 5 / Double.pi
            let t8 = 1 / (8 * Double.pi)
            let expected = pow(x2 - b * x1 * x1 + c * x1 - 6, 2) + 10 * (1 - t8) * cos(x1) + 10
            let value = try #require(t["value"] as? Double)
            #expect(abs(value - expected) < 1e-9 * max(1, abs(expected)))
        }
        let summary = try #require(objects.last)
        #expect(summary["summary"] as? Bool == true)
        #expect(summary["trials"] as? Int == 3)
        #expect(summary["failed"] as? Int == 0)
        #expect(summary["pruned"] as? Int == 0)
        let best = try #require(summary["best_value"] as? Double)
        let values = trials.compactMap { $0["value"] as? Double }
        #expect(best == values.min())
        let bestParams = try #require(summary["best_params"] as? [String: Any])
        #expect(Set(bestParams.keys) == ["x1", "x2"])
    }

    @Test func sameSeedGivesTheSameTrials() throws {
        let args = [
            "random", "--objective", "branin", "--trials", "3", "--storage", "memory", "--json", "--seed", "11",
        ]
        let (a, b) = (try Tuner.run(args), try Tuner.run(args))
        let params = { (r: ProcessResult) -> [[Double]] in
            r.jsonObjects.filter { $0["summary"] == nil }.map { t in
                let p = t["params"] as? [String: Any] ?? [:]
                return [p["x1"] as? Double ?? .nan, p["x2"] as? Double ?? .nan]
            }
        }
        #expect(params(a) == params(b) && params(a).count == 3)
    }
}
