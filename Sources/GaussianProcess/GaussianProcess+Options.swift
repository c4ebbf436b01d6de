import Optimize

extension GaussianProcess {
    /// How a GP is built and fitted. The defaults suit Bayesian optimization on the unit cube.
    public struct Options: Sendable {
        /// What the hyperparameter fit maximizes.
        public enum Objective: Sendable, Hashable {
            /// log p(ỹ | θ): maximum likelihood (type-II ML, R&W §5.4.1), as scikit-learn.
            case maximumLikelihood
            /// log p(ỹ | θ) + log p(θ): maximum a posteriori with `priors` (BoTorch's and Optuna's default).
            case maximumAPosteriori
        }

        public var objective: Objective = .maximumAPosteriori
        /// Priors for MAP, and the distribution the random starts are drawn from (`Priors.swift`).
        public var priors: HyperparameterPriors = .default
        /// Bounds of the noise variance σ²ₙ (standardized units); the lower bound is the noise floor.
        public var noiseBounds: ClosedRange<Double> = HyperparameterBounds.noise
        /// Stopping rules of each L-BFGS-B run: scipy's `fmin_l_bfgs_b` defaults, which scikit-learn's GPR
        /// uses (projected-gradient tolerance 10⁻⁵, relative reduction `factr`·ε = 10⁷·2.2·10⁻¹⁶).
        public var optimizer = LBFGSB.Options(maxIterations: 15_000, maxEvaluations: 15_000,
                                              gradientTolerance: 1e-5, relativeReduction: 1e7 * Double.ulpOfOne)
        /// Random starts in addition to the initial hyperparameters (scikit-learn's `n_restarts_optimizer`).
        public var restarts: Int = 5
        /// Standardize outputs inside the GP (constant mean μ_y, scale s_y); off gives a zero-mean GP on raw y.
        public var standardizeOutputs = true
        /// δ, a fixed value added to K's diagonal besides σ²ₙ (scikit-learn's `alpha`).
        public var nugget = 1e-10
        /// Jitter retries (×10 each from 10⁻⁸·mean diag K) for the final factorization.
        public var maximumJitterRetries = 7
        /// Below this many training points the fit runs OpenBLAS on one thread (`potrf`/`potri` are faster
        /// single-threaded there); the setting is process-wide and restored afterwards. 0 leaves it alone.
        public var singleThreadBelow = 400

        public init() {}
    }
}
