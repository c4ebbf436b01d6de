import ArgumentParser
import Benchmarking
import Foundation
import TuningSpec

/// `tuner bench samplers`: `SamplerComparison`, median final regret [25th–75th percentile] per problem × sampler
/// over seeds first-seed…first-seed + seeds − 1, and the median seconds per proposal, in the format of
/// `docs/bench/ANCHORS.md`.
struct BenchSamplers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samplers",
        abstract: "Final regret and proposal overhead of samplers on the functions of docs/bench/FUNCTIONS.md.",
        discussion: """
            Examples:
              tuner bench samplers --samplers bayes,tpe,random --problems all --seeds 10 --trials 60
              tuner bench samplers --samplers tpe,tpe-optuna --problems branin,hartmann6 --first-seed 100 --seeds 30 \
            --json
            """
    )

    @Option(help: "Comma-separated samplers: \(SamplerFactory.benchmarkNames.joined(separator: ", ")).")
    var samplers = "random,sobol,tpe"

    @Option(help: "Comma-separated problems, 'all' (the ten functions) or 'inert' (their inert-input variants).")
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
        for s in samplerList where !SamplerFactory.benchmarkNames.contains(s) {
            let known = SamplerFactory.benchmarkNames.joined(separator: ", ")
            throw ValidationError("--samplers: unknown sampler '\(s)' (known: \(known))")
        }
        guard try !functions().isEmpty else { throw ValidationError("--problems: empty list") }
        guard seeds >= 1 else { throw ValidationError("--seeds must be ≥ 1") }
        guard trials >= 1 else { throw ValidationError("--trials must be ≥ 1") }
    }

    var samplerList: [String] { samplers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    func functions() throws -> [BenchmarkFunction] {
        do { return try BenchmarkProblem.parseFunctionList(problems) } catch {
            throw ValidationError("--problems: \(error)")
        }
    }

    func run() throws {
        let comparison = SamplerComparison(
            functions: try functions(), samplers: samplerList,
            seeds: firstSeed..<(firstSeed + seeds), trials: trials
        ) { name, space in try SamplerFactory.make(named: name, space: space) }
        let result = try comparison.run(progress: json ? { _ in } : BenchOutput.note)
        print(json ? try result.json() : result.markdown, terminator: json ? "\n" : "")
    }
}
