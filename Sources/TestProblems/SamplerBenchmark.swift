import Foundation
import Tuning

/// One evaluation in a benchmark run.
public struct BenchmarkRow: Codable, Sendable, Hashable {
    public var problem: String
    public var sampler: String
    public var seed: UInt64
    /// 1-based evaluation count n.
    public var trial: Int
    /// The observed value (noisy for noisy problems; NaN for a failed trial).
    public var value: Double
    /// The lowest observed value among the first n.
    public var bestSoFar: Double
    /// f_true(x̂_n) − f*, with x̂_n the point of lowest observed value among the first n (FUNCTIONS.md).
    public var regret: Double
    /// Wall-clock seconds since the run started (proposals and evaluations).
    public var elapsedSeconds: Double
    /// Seconds the sampler spent on this proposal (`Study.ask`).
    public var proposeSeconds: Double
}

/// The harness behind `tuner bench samplers` (and `tuner sweep`): runs problem × sampler × seed studies of a
/// fixed number of trials through `Study.ask`/`tell`, timing each proposal, and reports per-trial rows.
public enum SamplerBenchmark {
    /// One study: `trials` evaluations of `problem` with a fresh sampler from `makeSampler`, study seed `seed`.
    public static func run(_ problem: BenchmarkFunction, sampler makeSampler: () -> any Sampler, seed: UInt64,
                           trials: Int) throws -> [BenchmarkRow] {
        let sampler = makeSampler()
        let study = try Study(name: "\(problem.name)-\(sampler.name)-\(seed)", space: problem.space,
                              sampler: sampler, seed: seed)
        var noise = BenchmarkFunction.noiseStream(seed: seed)
        var rows: [BenchmarkRow] = []
        var best = Double.infinity, bestTrue = Double.infinity
        let start = DispatchTime.now().uptimeNanoseconds
        for n in 1...max(trials, 1) where n <= trials {
            let t0 = DispatchTime.now().uptimeNanoseconds
            guard let trial = try study.ask() else { break }
            let proposeSeconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            let observed = problem.observe(trial.params, noiseStream: &noise)
            try study.tell(trial.number, value: observed)
            if observed < best {
                best = observed
                bestTrue = problem.value(trial.params)
            }
            rows.append(BenchmarkRow(problem: problem.name, sampler: sampler.name, seed: seed, trial: n,
                                     value: observed, bestSoFar: best, regret: max(bestTrue - problem.optimum, 0),
                                     elapsedSeconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                                     proposeSeconds: proposeSeconds))
        }
        return rows
    }
}

/// Order statistics for benchmark summaries.
public enum Quantiles {
    /// The q-quantile (q ∈ [0, 1]) with linear interpolation between order statistics (NumPy's default).
    public static func quantile(_ values: [Double], _ q: Double) -> Double {
        let s = values.filter { !$0.isNaN }.sorted()
        guard !s.isEmpty else { return .nan }
        let position = q * Double(s.count - 1)
        let i = Int(position.rounded(.down)), j = min(i + 1, s.count - 1)
        return s[i] + (s[j] - s[i]) * (position - Double(i))
    }

    public static func median(_ values: [Double]) -> Double { quantile(values, 0.5) }
}
