import Foundation
import GaussianProcess

/// The options of the `bayes` sampler (`GPSampler`): its acquisition function, priors, start-up design, output
/// warping, hyperparameter fit and the reuse of fitted hyperparameters in large studies. Each default records the
/// benchmark that chose it (docs/bayes-benchmark.md).
extension GPSampler {
    public enum Acquisition: String, Sendable, Hashable, CaseIterable {
        case logExpectedImprovement = "logei"
        case expectedImprovement = "ei"
        case probabilityOfImprovement = "pi"
        case upperConfidenceBound = "ucb"
    }

    /// Length-scale priors: BoTorch's classic Gamma(3, 6) (mode 1/3), or the dimension-scaled log-normal of
    /// Hvarfner, Hellsten & Nardi, "Vanilla Bayesian optimization performs great in high dimensions" (ICML 2024):
    /// log ℓ ~ N(√2 + ½·log d, 3), BoTorch's default since 0.12.
    public enum LengthScalePrior: String, Sendable, Hashable, CaseIterable {
        case gamma
        case dimensionScaled = "dimension-scaled"

        func prior(dimension d: Int) -> HyperparameterPrior {
            switch self {
            case .gamma: return .gamma(concentration: 3, rate: 6)
            case .dimensionScaled:
                return .logNormal(location: 2.0.squareRoot() + 0.5 * log(Double(d)), scale: 3.0.squareRoot())
            }
        }
    }

    /// How the first `Options.startupTrials` points are chosen.
    public enum StartupDesign: String, Sendable, Hashable, CaseIterable {
        /// Independent uniform points (`RandomSampler`), never a configuration the study already has.
        case random
        /// The scrambled Sobol' sequence (`SobolSampler`): evenly spread points.
        case sobol
    }

    public struct Options: Sendable, Hashable {
        /// Observations before the GP is used (the start-up design until then). Five rather than Optuna's ten: the
        /// model-guided trials it frees helped on styblinski4 and hartmann6 and hurt hartmann6_noisy over 20
        /// seeds of the benchmark (docs/bayes-benchmark.md).
        public var startupTrials = 5
        /// Sobol' rather than random points. Ten random points (Optuna's design; ablation `bayes-random10`) left
        /// fewer Hartmann-6 runs in a local optimum (8 rather than 15 of seeds 0–29) and lowered the median final
        /// regret on 8 of the 10 functions, but the networks they tuned scored lower on held-out data in 17 of the
        /// 22 runs of the generalization benchmark whose accuracy changed on seeds 0–7 (11 of 22 on seeds 8–15),
        /// so the evenly spread design stays (docs/bayes-benchmark.md, "Start-up design").
        public var startupDesign = StartupDesign.sobol
        /// Models drawn from the posterior of the hyperparameters that log EI is averaged over at every proposal
        /// (Snoek et al. 2012's integrated acquisition; `GPSampler+HyperparameterSamples.swift`); 0 uses the MAP
        /// model alone unless the values are noisy (`noisyHyperparameterSamples`). Off by default: with 8 samples
        /// (ablation `bayes-samples8`, seeds 0–29) it lost on camel6 (3.5×), hartmann6 (1.8×) and styblinski4
        /// (1.3×), at about seven times the time per proposal (docs/bayes-benchmark.md, "Start-up design").
        public var hyperparameterSamples = 0
        /// The number of such models when `hyperparameterSamples` is 0 and the fitted noise variance is not
        /// negligible (at least `Recommendation.negligibleNoise` of the standardized variance), where the MAP θ is
        /// least certain. Off by default: at 8 (ablation `bayes-noisysamples8`) the recommended configuration's
        /// median regret on hartmann6_noisy fell from 0.18 to 0.07 (seeds 0–9), 0.24 to 0.15 (0–29) and 0.20 to
        /// 0.14 (30–59), but fits of a few points often find noise in noiseless values too, and there it lost
        /// up to 1.8× (hartmann6, levy5) at twice the time per proposal (docs/bayes-benchmark.md).
        public var noisyHyperparameterSamples = 0
        /// Trials in a row without improvement after which one proposal in `GPSampler.stagnationPeriod` averages
        /// log EI over `stagnationHyperparameterSamples` sampled models (`GPSampler+Stagnation.swift`); 0 never.
        /// Off by default: at 10 (ablation `bayes-stagnation`) no branin run of seeds 0–119 stayed stranded and
        /// camel6 and hartmann3 ended lower, but the networks of the generalization benchmark scored lower on
        /// held-out data in 14 of the 18 runs it changed (seeds 0–15; docs/bayes-benchmark.md, "Hedging a stalled
        /// search").
        public var stagnationTrials = 0
        /// The number of sampled models a hedging proposal averages over.
        public var stagnationHyperparameterSamples = 8
        public var acquisition = Acquisition.logExpectedImprovement
        /// β of UCB: μ − √β·σ is minimized (for losses).
        public var ucbBeta = 4.0
        /// Random restarts of the hyperparameter fit besides the fixed start (which is then polished once). None by
        /// default: on the benchmark, one or two restarts drawn from the priors were not better over 20 seeds and
        /// cost twice the time per proposal (docs/bayes-benchmark.md).
        public var restarts = 0
        /// Random candidates scored per proposal before the local search.
        public var candidates = 2048
        /// Best candidates refined by L-BFGS-B.
        public var localStarts = 6
        /// The prior on the kernel's length scales.
        public var lengthScalePrior = LengthScalePrior.dimensionScaled
        /// Transform of the losses before fitting (`OutputWarping`); `.automatic` fits one GP per candidate
        /// transform and keeps the one with the highest evidence of the raw losses (`GPSampler+Surrogate.swift`).
        public var outputWarping = OutputWarping.automatic
        /// Whether the hyperparameter fit is a single start from the θ recorded by the previous proposal
        /// (`GPSampler+Surrogate.swift`), as Optuna's GPSampler does: several times fewer likelihood evaluations,
        /// but the path-dependent fit lost on levy5, ackley5 and hartmann6 over 20 seeds, so it is off by default.
        public var warmStart = false
        /// Lower bound of the noise variance σ²ₙ (standardized units). Benchmark objectives and seeded training
        /// runs are (nearly) deterministic, and a floor of 10⁻⁸ rather than Optuna's 10⁻⁶ lets the GP resolve
        /// improvements of 10⁻⁶ of the spread of y near the optimum: it took the median final regret on
        /// branin, camel6 and hartmann3 from 10⁻⁴–10⁻⁶ to 10⁻⁵–10⁻⁷. Noisy objectives fit their
        /// noise well above it.
        public var noiseFloor = 1e-8
        /// Whether EI and PI measure improvement over the best posterior mean rather than the best observation
        /// when the fitted noise is not negligible (`GPSampler+Incumbent.swift`). Off: on hartmann6_noisy it
        /// raised the median final regret from 0.19 to 0.29 (seeds 0–9; docs/bayes-benchmark.md).
        public var noisyIncumbent = false
        /// Up to this many observations every proposal fits θ from scratch (the behaviour measured on the
        /// 60-evaluation benchmark); above it, θ is reused while the history grows by less than `refitGrowth`
        /// and the likelihood holds, and refitted from the recorded θ otherwise (`GPSampler+Reuse.swift`).
        public var fullRefitBelow = 100
        /// The growth of the history (a fraction of the observations θ was fitted on) that triggers a refit.
        public var refitGrowth = 0.05
        /// The drop of the log marginal likelihood per observation (nats) that triggers a refit.
        public var refitLikelihoodDrop = 0.05
        /// The most observations a model is fitted on; past it, a subset of the history chosen around the
        /// incumbent (`GPSampler+ModelSubset.swift`), so that the cost of a proposal stops growing (about 0.3 s
        /// at 2000 observations, d = 6, on 2 cores).
        public var maximumModelPoints = 2000
        public init() {}
    }
}
