import Foundation
import TestSupport
import Testing

/// `tuner nsga2`: a study subcommand like the others, with several objectives and a constraint from a command, and
/// its sampler options checked with one-line usage errors.
@Suite struct NSGAIICommandTests {
    @Test func runsABraninStudyWithASmallPopulation() throws {
        let run = try Tuner.run([
            "nsga2", "--objective", "branin", "--trials", "8", "--storage", "memory", "--json", "--seed", "2",
            "--sampler-option", "population_size=3",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let trials = run.jsonObjects.filter { $0["summary"] == nil }
        #expect(trials.count == 8)
        for t in trials {
            let params = try #require(t["params"] as? [String: Any])
            let (x1, x2) = (try #require(params["x1"] as? Double), try #require(params["x2"] as? Double))
            #expect((-5...10).contains(x1) && (0...15).contains(x2))
        }
        let summary = try #require(run.jsonObjects.last)
        #expect(summary["sampler"] as? String == "nsga2" && summary["trials"] as? Int == 8)
        let help = try Tuner.run(["nsga2", "--help"])
        #expect(help.status == 0 && help.stdout.contains("NSGA-II"))
    }

    @Test func tunesTwoObjectivesUnderAConstraintFromACommand() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: -10, high: 10}\n")
        // Schaffer's problem: f1 = x², f2 = (x − 2)², with the constraint f2 <= 9 (x in [−1, 5]).
        let script = try dir.write(
            "objective.sh",
            """
            awk -v x="$1" 'BEGIN { printf "{\\"f1\\": %.17g, \\"f2\\": %.17g}\\n", x * x, (x - 2) * (x - 2) }'
            """)
        let run = try Tuner.run(
            [
                "nsga2", "--space", space, "--objectives", "f1:minimize,f2:minimize", "--constraint", "f2 <= 9",
                "--trials", "40", "--sampler-option", "population_size=8", "--storage", dir.sqlite, "--study", "mo",
                "--seed", "4", "--json", "--", "/bin/sh", script, "{x}",
            ], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let trials = run.jsonObjects.filter { $0["summary"] == nil }
        #expect(trials.count == 40 && trials.allSatisfy { $0["state"] as? String == "complete" })
        let xs = trials.compactMap { ($0["params"] as? [String: Any])?["x"] as? Double }
        #expect(xs.count == 40)
        let feasible = { (x: Double) in (x - 2) * (x - 2) <= 9 }
        let lateShare = Double(xs.dropFirst(16).filter(feasible).count) / Double(xs.count - 16)
        // A random x is feasible with probability 0.3; from the third generation on most children are.
        #expect(lateShare >= 0.6, "feasible share from trial 16 on: \(lateShare)")
    }

    @Test(arguments: [
        ("population_size=1", "sampler_options.population_size: must be ≥ 2, got 1"),
        ("crossover_probability=2", "sampler_options.crossover_probability: must be in [0.0, 1.0], got 2.0"),
        ("seed=3", "sampler_options.seed: unknown option"),
    ])
    func badSamplerOptionsAreUsageErrors(_ option: String, _ message: String) throws {
        let run = try Tuner.run([
            "nsga2", "--objective", "branin", "--trials", "2", "--storage", "memory", "--sampler-option", option,
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains(message) && run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    }
}
