import Foundation
import Tuning

/// `tuner bench samplers`: every sampler on every function for seeds `seeds`, `trials` evaluations each
/// (`SamplerBenchmark`), summarized by `BenchmarkSummary` at the halfway point ⌊trials/2⌋ and at `trials`.
public struct SamplerComparison {
    public var functions: [BenchmarkFunction]
    /// Sampler names, in the order of the table's columns.
    public var samplers: [String]
    public var seeds: Range<Int>
    public var trials: Int
    /// A fresh sampler for a name of `samplers` and a function's space (names are resolved by the caller's
    /// registry).
    public var makeSampler: (String, SearchSpace) throws -> any Sampler

    public init(
        functions: [BenchmarkFunction], samplers: [String], seeds: Range<Int>, trials: Int,
        makeSampler: @escaping (String, SearchSpace) throws -> any Sampler
    ) {
        (self.functions, self.samplers, self.seeds, self.trials) = (functions, samplers, seeds, trials)
        self.makeSampler = makeSampler
    }

    /// Runs every function × sampler × seed; after each function × sampler, `progress` gets a line with the
    /// final regret of every seed (`branin tpe done: 0.012 0.3 …`).
    public func run(progress: (String) -> Void = { _ in }) throws -> SamplerComparisonResult {
        var rows: [BenchmarkRow] = []
        var recommended: [String: [Double]] = [:]
        for function in functions {
            for name in samplers {
                var finals: [Double] = []
                for seed in seeds {
                    let sampler = try makeSampler(name, function.space)
                    let outcome = try SamplerBenchmark.outcome(
                        .function(function), sampler: sampler, samplerName: name,
                        seed: seed, trials: trials)
                    finals.append(outcome.rows.last?.regret ?? .nan)
                    recommended["\(function.name) \(name)", default: []].append(outcome.recommendedRegret)
                    rows += outcome.rows
                }
                progress(
                    "\(function.name) \(name) done: "
                        + finals.map(SamplerComparisonResult.format)
                        .joined(separator: " "))
            }
        }
        return SamplerComparisonResult(
            rows: rows, functions: functions.map(\.name), samplers: samplers,
            seeds: seeds.count, trials: trials, recommendedRegrets: recommended)
    }
}
