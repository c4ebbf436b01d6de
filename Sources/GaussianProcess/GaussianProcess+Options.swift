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
        public var optimizer = LBFGSB.Options(
            maxIterations: 15_000, maxEvaluations: 15_000,
            gradientTolerance: 1e-5, relativeReduction: 1e7 * Double.ulpOfOne)
        /// Random starts in addition to the initial hyperparameters (scikit-learn's `n_restarts_optimizer`).
        public var restarts: Int = 5
        /// Standardize outputs inside the GP (constant mean μ_y, scale s_y); off gives a zero-mean GP on raw y.
        public var standardizeOutputs = true
        /// δ, a fixed value added to K's diagonal besides σ²ₙ (scikit-learn's `alpha`).
        public var nugget = 1e-10
        /// Jitter retries (×10 each from 10⁻⁸·mean diag K) for the final factorization.
        public var maximumJitterRetries = 7
        /// Below this many training points the fit runs OpenBLAS on one thread and its starts side by side
        /// (`concurrentStarts`): on 2 cores one-thread `potrf` is as fast up to n ≈ 500 and two-thread GEMM pays
        /// off only from n ≈ 512-1024, while concurrent starts use both cores fully. The setting is process-wide
        /// and restored afterwards; 0 leaves it alone.
        public var singleThreadBelow = 1000
        /// Starts fitted at the same time, on their own threads, while OpenBLAS runs single-threaded (below
        /// `singleThreadBelow`); 1 fits them one after the other. Results are the same either way.
        public var concurrentStarts = 2
        /// Chunks of query points that `predict` computes at the same time, on their own threads, each with
        /// OpenBLAS on one thread; 1 computes them one after the other. The chunks are laid out by the number of
        /// query points alone, so results are the same either way.
        public var concurrentChunks = 2

        public init() {}
    }
}

/// An option value a GP cannot work with, naming the field (for options that come from users, e.g. a tuner spec).
public struct GaussianProcessOptionsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `GaussianProcess.Options` field at fault.
    public let field: String
    /// What is wrong with it.
    public let reason: String
    public var description: String { "GaussianProcess.Options.\(field): \(reason)" }
}

extension GaussianProcess.Options {
    /// Throws when a field is out of range: `restarts` and `maximumJitterRetries` ≥ 0, `nugget` ≥ 0 and finite,
    /// `noiseBounds` positive and finite. `fit` and `init` check the same rules with a precondition (a
    /// programmer error there); call this first on options built from user input.
    public func validate() throws(GaussianProcessOptionsError) {
        if restarts < 0 { throw .init(field: "restarts", reason: "must be ≥ 0, got \(restarts)") }
        if concurrentStarts < 1 {
            throw .init(field: "concurrentStarts", reason: "must be ≥ 1, got \(concurrentStarts)")
        }
        if maximumJitterRetries < 0 {
            throw .init(field: "maximumJitterRetries", reason: "must be ≥ 0, got \(maximumJitterRetries)")
        }
        if !(nugget >= 0 && nugget.isFinite) {
            throw .init(field: "nugget", reason: "must be finite and ≥ 0, got \(nugget)")
        }
        if !(noiseBounds.lowerBound > 0 && noiseBounds.upperBound.isFinite) {
            throw .init(field: "noiseBounds", reason: "must be positive and finite, got \(noiseBounds)")
        }
    }

    /// The kinds and box bounds (in logs) of θ = [kernel log-parameters, log σ²ₙ] for `kernel` under these
    /// options: what the fit searches and the hyperparameter sampler explores.
    func hyperparameterLayout(of kernel: any Kernel) -> (kinds: [HyperparameterKind], bounds: [ClosedRange<Double>]) {
        (
            kernel.parameterKinds + [.noise],
            kernel.logParameterBounds + [noiseBounds.lowerBound.logarithm...noiseBounds.upperBound.logarithm]
        )
    }

    /// Stops with the validation message when the options are invalid.
    func checked() -> Self {
        do { try validate() } catch { preconditionFailure(error.description) }
        return self
    }
}
