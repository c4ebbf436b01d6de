import Datasets
import Foundation
import NetworkTraining
import Tuning

/// The harness behind `tuner bench samplers` and `tuner sweep`: one study of a fixed number of trials on a
/// `BenchmarkProblem`, driven through `Study.ask` and the study's evaluation, each `ask` timed, reported as
/// `BenchmarkRow`s (see there for the meaning of every column).
public enum SamplerBenchmark {
    /// A run's rows and the regret of the configuration the study recommends at its end
    /// (`Study.recommendation`: the best posterior mean among evaluated trials when values are noisy, else the
    /// best observed; for a function, its noiseless value minus the minimum). For a multi-objective problem the
    /// recommendation is the feasible front itself, and the recommended regret its hypervolume gap.
    public struct Outcome: Sendable {
        public var rows: [BenchmarkRow]
        public var recommendedRegret: Double
    }

    /// One run: `trials` evaluations of `problem` with `sampler` (named `samplerName` in the rows, so option
    /// sets that share a sampler type keep their own name) and study seed `seed`. Stops early only when the
    /// sampler is exhausted.
    public static func run(
        _ problem: BenchmarkProblem, sampler: any Sampler, samplerName: String, seed: Int,
        trials: Int
    ) throws -> [BenchmarkRow] {
        try outcome(problem, sampler: sampler, samplerName: samplerName, seed: seed, trials: trials).rows
    }

    /// `run`, with the regret of the recommended configuration.
    public static func outcome(
        _ problem: BenchmarkProblem, sampler: any Sampler, samplerName: String, seed: Int,
        trials: Int
    ) throws -> Outcome {
        let evaluator = try Evaluator(problem, seed: seed)
        let studyName =
            switch problem {
            case .function(let f): "\(f.name)-\(sampler.name)-\(seed)"
            case .network(let dataset): "mlp-\(dataset)-\(samplerName)-\(seed)"
            case .multiObjective(let p): "\(p.name)-\(samplerName)-\(seed)"
            }
        let study = try Study(
            name: studyName, space: problem.space, direction: .minimize, objectives: problem.objectives,
            sampler: sampler, seed: UInt64(seed))
        var progress: HypervolumeProgress? = nil
        if case .multiObjective(let p) = problem { progress = HypervolumeProgress(p) }
        var rows: [BenchmarkRow] = []
        var best = Double.infinity
        var bestTrue = Double.infinity
        let start = DispatchTime.now().uptimeNanoseconds
        for n in 1...max(trials, 1) where n <= trials {
            let asked = DispatchTime.now().uptimeNanoseconds
            guard let trial = try study.ask() else { break }
            let proposalSeconds = Double(DispatchTime.now().uptimeNanoseconds - asked) / 1e9
            let told = try evaluator.evaluate(trial, in: study)
            let observed = told.value ?? .nan
            if observed < best {  // NaN (a failed trial) never becomes the best
                best = observed
                bestTrue = evaluator.trueValue(trial.params, observed: observed)
            }
            var row = BenchmarkRow(
                problem: problem.name, sampler: samplerName, seed: seed, trial: n,
                value: observed, best: best, regret: max(bestTrue - evaluator.optimum, 0),
                elapsedSeconds: 0, proposalSeconds: proposalSeconds)
            if let measures = progress?.record(told) {
                row.regret = measures.hypervolumeGap
                (row.hypervolume, row.logHypervolumeGap) = (measures.hypervolume, measures.logHypervolumeGap)
                row.feasibleShare = measures.feasibleShare
            }
            row.elapsedSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            rows.append(row)
        }
        if let progress { return Outcome(rows: rows, recommendedRegret: progress.measures.hypervolumeGap) }
        let recommended = try study.recommendation.map {
            max(evaluator.trueValue($0.trial.params, observed: $0.trial.value!) - evaluator.optimum, 0)
        }
        return Outcome(rows: rows, recommendedRegret: recommended ?? .nan)
    }

    /// A run of a benchmark function under `sampler`'s own name (the rows' `sampler` column).
    public static func run(
        _ function: BenchmarkFunction, sampler: any Sampler, seed: Int,
        trials: Int
    ) throws -> [BenchmarkRow] {
        try run(.function(function), sampler: sampler, samplerName: sampler.name, seed: seed, trials: trials)
    }

    /// Evaluates a problem's trials and tells the study.
    enum Evaluator {
        /// A function, observed with noise drawn from a stream seeded by the run's seed.
        case function(BenchmarkFunction, noise: NoiseStream)
        /// An MLP problem: the objective returns the validation error 1 − accuracy.
        case network(ClosureObjective)
        /// A multi-objective problem: its objectives and constraint values, told as the trial's metrics.
        case multiObjective(MultiObjectiveProblem)

        init(_ problem: BenchmarkProblem, seed: Int) throws {
            switch problem {
            case .function(let f):
                self = .function(f, noise: NoiseStream(BenchmarkFunction.noiseStream(seed: UInt64(seed))))
            case .network(let dataset):
                let objective = try NetworkObjective(
                    dataset: try Dataset.bundled(dataset), metric: .accuracy,
                    seed: UInt64(seed))
                self = .network(ClosureObjective { trial in 1 - (try objective.evaluate(trial)) })
            case .multiObjective(let problem):
                self = .multiObjective(problem)
            }
        }

        /// f*: the function's minimum, or 0 (a perfect validation score).
        var optimum: Double {
            if case .function(let f, _) = self { return f.optimum }
            return 0
        }

        /// Observes `trial` and records it in `study`; returns the trial as recorded (failed when its value or a
        /// metric was not finite).
        func evaluate(_ trial: Trial, in study: Study) throws -> Trial {
            switch self {
            case .function(let f, let noise):
                let observed = noise.next { f.observe(trial.params, noiseStream: &$0) }
                return try study.tell(trial.number, value: observed)
            case .network(let objective):
                return try study.run(objective, on: trial)
            case .multiObjective(let problem):
                return try study.tell(
                    trial.number, measurement: TrialMeasurement(metrics: problem.metrics(at: trial.params)))
            }
        }

        /// f_true at a point observed as `observed`: the noiseless function, or the observation itself.
        func trueValue(_ params: Parameters, observed: Double) -> Double {
            if case .function(let f, _) = self { return f.value(params) }
            return observed
        }
    }
}
