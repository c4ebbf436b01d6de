import Foundation
import Tuning

/// `tuner bench samplers`: every sampler on every problem (functions and multi-objective problems) for seeds
/// `seeds`, `trials` evaluations each (`SamplerBenchmark`), summarized by `BenchmarkSummary` at the halfway point
/// ⌊trials/2⌋ and at `trials`.
public struct SamplerComparison {
    public var problems: [BenchmarkProblem]
    /// Sampler names, in the order of the table's columns.
    public var samplers: [String]
    public var seeds: Range<Int>
    public var trials: Int
    /// A fresh sampler for a name of `samplers` and a problem's space (names are resolved by the caller's
    /// registry).
    public var makeSampler: (String, SearchSpace) throws -> any Sampler

    public init(
        problems: [BenchmarkProblem], samplers: [String], seeds: Range<Int>, trials: Int,
        makeSampler: @escaping (String, SearchSpace) throws -> any Sampler
    ) {
        (self.problems, self.samplers, self.seeds, self.trials) = (problems, samplers, seeds, trials)
        self.makeSampler = makeSampler
    }

    /// The comparison on benchmark functions only.
    public init(
        functions: [BenchmarkFunction], samplers: [String], seeds: Range<Int>, trials: Int,
        makeSampler: @escaping (String, SearchSpace) throws -> any Sampler
    ) {
        self.init(
            problems: functions.map(BenchmarkProblem.function), samplers: samplers, seeds: seeds, trials: trials,
            makeSampler: makeSampler)
    }

    /// Runs every problem × sampler × seed; after each problem × sampler, `progress` gets a line with the
    /// final regret of every seed (`branin tpe done: 0.012 0.3 …`; for a multi-objective problem the
    /// hypervolume gap, then the final hypervolumes: `zdt1 tpe done: 2.1 1.7 …; hypervolume 119 118 …`).
    public func run(progress: (String) -> Void = { _ in }) throws -> SamplerComparisonResult {
        var rows: [BenchmarkRow] = []
        var recommended: [String: [Double]] = [:]
        for problem in problems {
            for name in samplers {
                var finals: [Double] = []
                var hypervolumes: [Double] = []
                for seed in seeds {
                    let sampler = try makeSampler(name, problem.space)
                    let outcome = try SamplerBenchmark.outcome(
                        problem, sampler: sampler, samplerName: name,
                        seed: seed, trials: trials)
                    finals.append(outcome.rows.last?.regret ?? .nan)
                    if let hypervolume = outcome.rows.last?.hypervolume { hypervolumes.append(hypervolume) }
                    recommended["\(problem.name) \(name)", default: []].append(outcome.recommendedRegret)
                    rows += outcome.rows
                }
                progress(
                    "\(problem.name) \(name) done: "
                        + finals.map(SamplerComparisonResult.format).joined(separator: " ")
                        + (hypervolumes.isEmpty ? "" : "; hypervolume ")
                        + hypervolumes.map(SamplerComparisonResult.format).joined(separator: " "))
            }
        }
        return SamplerComparisonResult(
            rows: rows, functions: problems.map(\.name), samplers: samplers,
            seeds: seeds.count, trials: trials, recommendedRegrets: recommended)
    }
}
