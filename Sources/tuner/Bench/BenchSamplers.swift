import ArgumentParser
import Benchmarking
import Foundation
import TuningSpec

/// `tuner bench samplers`: `SamplerComparison`, median final regret [25th–75th percentile] per problem × sampler
/// over seeds first-seed…first-seed + seeds − 1, and the median seconds per proposal, in the format of
/// `docs/bench/ANCHORS.md`; for the multi-objective problems also the hypervolume of the feasible front.
struct BenchSamplers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samplers",
        abstract: "Final regret and proposal overhead of samplers on the functions of docs/bench/FUNCTIONS.md.",
        discussion: """
            Multi-objective problems (\(BenchmarkProblem.multiObjectiveNames.joined(separator: ", ")), or \
            '\(MultiObjectiveProblem.groupKeyword)' for all): the regret is the hypervolume gap HV* − HV, and \
            tables of the hypervolume of the feasible front and of the share of feasible trials follow.

            Examples:
              tuner bench samplers --samplers bayes,tpe,random --problems all --seeds 10 --trials 60
              tuner bench samplers --samplers bayes,tpe,nsga2,random --problems multiobjective --seeds 10 --trials 100
              tuner bench samplers --samplers tpe,tpe-optuna --problems branin,hartmann6 --first-seed 100 --seeds 30 \
            --json
            """
    )

    @Option(help: "Comma-separated samplers: \(Self.knownSamplers.joined(separator: ", ")).")
    var samplers = "random,sobol,tpe"

    @Option(
        help: """
            Comma-separated problems, 'all' (the ten functions), 'inert' (their inert-input variants) or \
            '\(MultiObjectiveProblem.groupKeyword)'.
            """)
    var problems = "all"

    @Option(help: "Number of seeds (0, 1, …).")
    var seeds = 10

    @Option(help: "The first seed (seeds are first-seed, first-seed + 1, …).")
    var firstSeed = 0

    @Option(help: "Evaluations per run.")
    var trials = 60

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        for s in samplerList where !Self.knownSamplers.contains(s) {
            let known = Self.knownSamplers.joined(separator: ", ")
            throw ValidationError("--samplers: unknown sampler '\(s)' (known: \(known))")
        }
        guard try !problemList().isEmpty else { throw ValidationError("--problems: empty list") }
        guard seeds >= 1 else { throw ValidationError("--seeds must be ≥ 1") }
        guard trials >= 1 else { throw ValidationError("--trials must be ≥ 1") }
    }

    /// The benchmark samplers, and `nsga2` (the evolutionary multi-objective baseline) when it is registered.
    static var knownSamplers: [String] {
        SamplerFactory.benchmarkNames + StudyConfig.samplers.filter { $0 == "nsga2" }
    }

    var samplerList: [String] { samplers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    func problemList() throws -> [BenchmarkProblem] {
        do { return try BenchmarkProblem.parseSamplerBenchmarkList(problems) } catch {
            throw ValidationError("--problems: \(error)")
        }
    }

    func run() throws {
        let comparison = SamplerComparison(
            problems: try problemList(), samplers: samplerList,
            seeds: firstSeed..<(firstSeed + seeds), trials: trials
        ) { name, space in try SamplerFactory.make(named: name, space: space) }
        let result = try comparison.run(progress: json ? { _ in } : BenchOutput.note)
        print(json ? try result.json() : result.markdown, terminator: json ? "\n" : "")
    }
}
