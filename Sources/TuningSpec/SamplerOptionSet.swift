import Foundation
import Tuning

/// A named set of options of a registry sampler (`SamplerFactory`): the ablations the benchmarks compare, each
/// undoing one decision recorded in docs/bayes-benchmark.md (or, for `tpe-…`, one of TPE's options). A name is
/// the `sampler` column of the benchmark CSV.
///
/// | name | sampler | options | what it undoes |
/// |---|---|---|---|
/// | bayes-boxcox | bayes | output_warping: boxcox | always warps with Box–Cox (no choice by evidence) |
/// | bayes-nowarp | bayes | output_warping: none | never warps |
/// | bayes-floor6 | bayes | noise_floor: 1e-6 | floors the noise at Optuna's 10⁻⁶ |
/// | bayes-startup10 | bayes | startup_trials: 10 | a 10-point Sobol' design |
/// | bayes-random10 | bayes | startup_design: random, startup_trials: 10 | Optuna's design: 10 random points |
/// | bayes-samples8 | bayes | hyperparameter_samples: 8 | log EI averaged over 8 posterior draws of θ (an addition) |
/// | bayes-noisysamples8 | bayes | noisy_hyperparameter_samples: 8 | the same, only when the values look noisy |
/// | bayes-r1 | bayes | restarts: 1 | adds a random restart to the hyperparameter fit |
/// | bayes-warm | bayes | warm_start: true | starts the fit from the previous proposal's hyperparameters |
/// | bayes-gamma | bayes | length_scale_prior: gamma | the Gamma(3, 6) length-scale prior |
/// | bayes-ei | bayes | acquisition: ei | plain expected improvement instead of log-EI |
/// | bayes-noisyei | bayes | noisy_incumbent: true | EI over the best posterior mean when values are noisy |
/// | bayes-fullrefit | bayes | full_refit_below: 1000000 | fits θ from scratch at every proposal, at any size |
/// | bayes-subset100 | bayes | max_model_points: 100 | models at most 100 observations (the subset of data) |
/// | bayes-stagnation | bayes | stagnation_trials: 10 | hedges a stalled search with sampled models (an addition) |
/// | tpe-independent | tpe | multivariate: false | one density per parameter |
/// | tpe-optuna | tpe | study_size_clip: false | Optuna's fixed bandwidth floor |
public struct SamplerOptionSet: Sendable, Equatable {
    public let name: String
    /// The registry sampler the options apply to.
    public let sampler: String
    public let options: [String: ParameterValue]

    public init(name: String, sampler: String, options: [String: ParameterValue]) {
        (self.name, self.sampler, self.options) = (name, sampler, options)
    }

    /// Every named option set, in the order of the table above.
    public static let all: [SamplerOptionSet] = [
        SamplerOptionSet(name: "bayes-boxcox", sampler: "bayes", options: ["output_warping": "boxcox"]),
        SamplerOptionSet(name: "bayes-nowarp", sampler: "bayes", options: ["output_warping": "none"]),
        SamplerOptionSet(name: "bayes-floor6", sampler: "bayes", options: ["noise_floor": .float(1e-6)]),
        SamplerOptionSet(name: "bayes-startup10", sampler: "bayes", options: ["startup_trials": 10]),
        SamplerOptionSet(
            name: "bayes-random10", sampler: "bayes", options: ["startup_design": "random", "startup_trials": 10]),
        SamplerOptionSet(name: "bayes-samples8", sampler: "bayes", options: ["hyperparameter_samples": 8]),
        SamplerOptionSet(
            name: "bayes-noisysamples8", sampler: "bayes", options: ["noisy_hyperparameter_samples": 8]),
        SamplerOptionSet(name: "bayes-r1", sampler: "bayes", options: ["restarts": 1]),
        SamplerOptionSet(name: "bayes-warm", sampler: "bayes", options: ["warm_start": true]),
        SamplerOptionSet(name: "bayes-gamma", sampler: "bayes", options: ["length_scale_prior": "gamma"]),
        SamplerOptionSet(name: "bayes-ei", sampler: "bayes", options: ["acquisition": "ei"]),
        SamplerOptionSet(name: "bayes-noisyei", sampler: "bayes", options: ["noisy_incumbent": true]),
        SamplerOptionSet(name: "bayes-fullrefit", sampler: "bayes", options: ["full_refit_below": 1_000_000]),
        SamplerOptionSet(name: "bayes-subset100", sampler: "bayes", options: ["max_model_points": 100]),
        SamplerOptionSet(name: "bayes-stagnation", sampler: "bayes", options: ["stagnation_trials": 10]),
        SamplerOptionSet(name: "tpe-independent", sampler: "tpe", options: ["multivariate": false]),
        SamplerOptionSet(name: "tpe-optuna", sampler: "tpe", options: ["study_size_clip": false]),
    ]

    /// The option set called `name`, if any.
    public static func named(_ name: String) -> SamplerOptionSet? { all.first { $0.name == name } }

    /// A fresh sampler with these options.
    public func make(space: SearchSpace) throws -> any Sampler {
        try SamplerFactory.make(sampler, options: options, space: space, file: name)
    }
}
