import Foundation
import Tuning

/// The sampler registry: builds the sampler a spec names from its options. Named option sets of these samplers
/// (`bayes-ei`, `tpe-optuna`, …, the ablations of the benchmarks) are in `SamplerOptionSet.swift`.
///
/// | sampler | options (defaults) |
/// |---|---|
/// | random | – |
/// | sobol | scramble (true) |
/// | grid | points (5): values per float parameter, evenly spaced (geometrically on a log scale) |
/// | bayes | startup_trials (5), acquisition (logei; ei, pi, ucb), ucb_beta (4), restarts (0), candidates (2048), |
/// |  | local_starts (6), output_warping (auto; boxcox, log, none), length_scale_prior (dimension-scaled; |
/// |  | gamma), warm_start (false), noise_floor (1e-8, > 0), |
/// |  | noisy_incumbent (false), full_refit_below (100), refit_growth (0.05), refit_likelihood_drop (0.05), |
/// |  | max_model_points (2000) |
/// | tpe | startup_trials (10), ei_candidates (24), prior_weight (1), multivariate (true), constant_liar (true), |
/// |  | magic_clip (true), consider_endpoints (false), study_size_clip (true) |
/// | nsga2 | population_size (50), crossover_probability (0.9), mutation_probability (1/d, d searched parameters) |
public enum SamplerFactory {
    /// The largest count of trials an option may name (`startup_trials`, `population_size`, …): a million.
    public static let maximumTrialCount = PrunerFactory.maximumTrialCount

    public static func make(
        _ name: String, options: [String: ParameterValue], space: SearchSpace,
        file: String = "spec"
    ) throws -> any Sampler {
        var o = OptionReader(options, section: "sampler_options", file: file)
        let sampler: any Sampler
        switch name {
        case "random":
            sampler = RandomSampler()
        case "sobol":
            sampler = SobolSampler(scramble: try o.bool("scramble", default: true))
        case "bayes":
            sampler = GPSampler(options: try bayesOptions(&o))
        case "tpe":
            sampler = TPESampler(options: try tpeOptions(&o))
        case "nsga2":
            sampler = try NSGAIISampler(options: try nsga2Options(&o))
        case "grid":
            let points = try o.int("points", default: 5, atLeast: 2)
            guard points <= GridSampler.maximumPoints else {
                throw o.error("points", "must be ≤ \(GridSampler.maximumPoints) (the grid's limit), got \(points)")
            }
            let grid: GridSampler
            do {
                try GridSampler().checkSize(of: space, floatPoints: points)  // before the float values are made
                grid = GridSampler(values: floatGrid(space, points: points))
                try grid.checkAxes(of: space)
            } catch {
                // About the space, not the options: no file or field to blame, the message names the parameter.
                throw SpecError(file: "", line: nil, field: "", message: "\(error)")
            }
            sampler = grid
        default:
            throw SpecError(
                file: file, line: nil, field: "sampler",
                message: "'\(name)' is not one of \(StudyConfig.samplers.joined(separator: ", "))")
        }
        try o.rejectUnknown()
        return sampler
    }

    static func bayesOptions(_ o: inout OptionReader) throws -> GPSampler.Options {
        var b = GPSampler.Options()
        b.startupTrials = try o.int("startup_trials", default: b.startupTrials, in: 0...maximumTrialCount)
        let design = try o.choice(
            "startup_design", default: b.startupDesign.rawValue,
            among: GPSampler.StartupDesign.allCases.map(\.rawValue))
        b.startupDesign = GPSampler.StartupDesign(rawValue: design)!
        // Each sample is a slice-sampling chain segment and a model per proposal: past a thousand a proposal would
        // run for hours, so a larger count is refused rather than left to hang.
        b.hyperparameterSamples = try o.int(
            "hyperparameter_samples", default: b.hyperparameterSamples, in: 0...1000)
        b.noisyHyperparameterSamples = try o.int(
            "noisy_hyperparameter_samples", default: b.noisyHyperparameterSamples, in: 0...1000)
        b.stagnationTrials = try o.int("stagnation_trials", default: b.stagnationTrials, in: 0...maximumTrialCount)
        b.stagnationHyperparameterSamples = try o.int(
            "stagnation_hyperparameter_samples", default: b.stagnationHyperparameterSamples, in: 0...1000)
        let acquisition = try o.choice(
            "acquisition", default: b.acquisition.rawValue,
            among: GPSampler.Acquisition.allCases.map(\.rawValue))
        b.acquisition = GPSampler.Acquisition(rawValue: acquisition)!
        b.ucbBeta = try o.double("ucb_beta", default: b.ucbBeta, in: 0...1e6)
        // Each restart is a full hyperparameter fit, each candidate a point in memory and a model evaluation, each
        // local start an L-BFGS run: past these bounds a proposal would take hours (or exhaust memory).
        b.restarts = try o.int("restarts", default: b.restarts, in: 0...100)
        b.candidates = try o.int("candidates", default: b.candidates, in: 1...1_000_000)
        b.localStarts = try o.int("local_starts", default: b.localStarts, in: 0...1000)
        let prior = try o.choice(
            "length_scale_prior", default: b.lengthScalePrior.rawValue,
            among: GPSampler.LengthScalePrior.allCases.map(\.rawValue))
        b.lengthScalePrior = GPSampler.LengthScalePrior(rawValue: prior)!
        let warping = try o.choice(
            "output_warping", default: b.outputWarping.rawValue,
            among: OutputWarping.allCases.map(\.rawValue))
        b.outputWarping = OutputWarping(rawValue: warping)!
        b.warmStart = try o.bool("warm_start", default: b.warmStart)
        b.noiseFloor = try o.positiveDouble("noise_floor", default: b.noiseFloor)
        b.noisyIncumbent = try o.bool("noisy_incumbent", default: b.noisyIncumbent)
        b.fullRefitBelow = try o.int("full_refit_below", default: b.fullRefitBelow, in: 0...maximumTrialCount)
        b.refitGrowth = try o.positiveDouble("refit_growth", default: b.refitGrowth)
        b.refitLikelihoodDrop = try o.positiveDouble("refit_likelihood_drop", default: b.refitLikelihoodDrop)
        b.maximumModelPoints = try o.int("max_model_points", default: b.maximumModelPoints, in: 2...maximumTrialCount)
        return b
    }

    static func nsga2Options(_ o: inout OptionReader) throws -> NSGAIISampler.Options {
        var n = NSGAIISampler.Options()
        n.populationSize = try o.int("population_size", default: n.populationSize, in: 2...maximumTrialCount)
        n.crossoverProbability = try o.double("crossover_probability", default: n.crossoverProbability, in: 0...1)
        let mutation = try o.double("mutation_probability", default: .nan, in: 0...1)  // absent: NaN, 1/d
        n.mutationProbability = mutation.isNaN ? nil : mutation
        return n
    }

    static func tpeOptions(_ o: inout OptionReader) throws -> TPESampler.Options {
        var t = TPESampler.Options()
        t.startupTrials = try o.int("startup_trials", default: t.startupTrials, in: 0...maximumTrialCount)
        t.eiCandidates = try o.int("ei_candidates", default: t.eiCandidates, in: 1...1_000_000)
        t.priorWeight = try o.double("prior_weight", default: t.priorWeight, in: 0...1e6)
        t.multivariate = try o.bool("multivariate", default: t.multivariate)
        t.constantLiar = try o.bool("constant_liar", default: t.constantLiar)
        t.magicClip = try o.bool("magic_clip", default: t.magicClip)
        t.considerEndpoints = try o.bool("consider_endpoints", default: t.considerEndpoints)
        t.studySizeClip = try o.bool("study_size_clip", default: t.studySizeClip)
        return t
    }

    /// `points` values for every float parameter from low to high: evenly spaced, or geometrically on a log
    /// scale. The ends are the bounds themselves: rounding in exp(log(low) + t·(log(high) − log(low))) would
    /// otherwise put the top value just above high (0.010000000000000014 for high = 0.01), outside the domain.
    /// Interior values are `ParameterDomain.value(atUnit:)`, finite even when high − low overflows (±1e308).
    public static func floatGrid(_ space: SearchSpace, points: Int) -> [String: [ParameterValue]] {
        var values: [String: [ParameterValue]] = [:]
        for p in space.parameters {
            guard case .float(let low, let high, _) = p.domain else { continue }
            values[p.name] = (0..<points).map { i in
                let t = Double(i) / Double(points - 1)
                if i == 0 { return .float(low) }
                if i == points - 1 { return .float(high) }
                return p.domain.value(atUnit: t)
            }
        }
        return values
    }
}
