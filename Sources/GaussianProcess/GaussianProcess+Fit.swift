import LinearAlgebra
import Optimize

/// Fitting the hyperparameters θ = [kernel log-parameters, log σ²ₙ] by maximizing the log marginal likelihood
/// (MLE) or the log posterior with `Priors.swift` (MAP), from several starts, each by L-BFGS-B in the box of
/// log-bounds (R&W 2006, §5.4.1; multi-start as scikit-learn's `n_restarts_optimizer` and BoTorch's refits).
///
/// Starts: the given hyperparameters first (the previous optimum when refitting), then `options.restarts`
/// draws of θ from the priors (uniform in the log-bounds for a parameter without prior), clamped into the box,
/// all from the injected generator (`GaussianProcess+MultiStart.swift`). Each start minimizes
/// −log p(ỹ | θ) [− log p(θ)] with the analytic gradient of `MarginalLikelihood`; a candidate whose K cannot be
/// factored has value +∞, which the line search backs off from. The best finite optimum wins and is polished by
/// one more run from there; if none is finite the given hyperparameters are kept (`.fitFailed`).
/// The final model then factors K with `SafeCholesky`, so it may carry reported jitter. `fit` never throws.
extension GaussianProcess {
    /// What the multi-start fit did, for logs and tests.
    public struct FitReport: Sendable {
        /// One L-BFGS-B run.
        public struct Start: Sendable {
            /// θ where the run began and where it ended.
            public var initial: [Double]
            public var final: [Double]
            /// The maximized objective at `final` (log-likelihood, plus log-prior for MAP); −∞ if it never was finite.
            public var objective: Double
            public var status: MinimizationStatus
            public var iterations: Int
            public var evaluations: Int
        }
        public var starts: [Start]
        /// Index into `starts` of the winner, nil when every start failed.
        public var best: Int?
        /// Evaluations of the final polishing run from the winner (its result, if better, is the winner's).
        public var polishEvaluations = 0
        /// Objective evaluations over all starts and the polish (each is one Cholesky factorization, plus the
        /// inverse when the gradient was needed).
        public var evaluations: Int { starts.reduce(polishEvaluations) { $0 + $1.evaluations } }
    }

    /// Fits θ to the observations and returns the model at the best θ found.
    ///
    /// - Parameters:
    ///   - inputs: X, n×d, in the unit cube. Rows with NaN/∞ (in X or y) are dropped and reported.
    ///   - outputs: y, n raw values (standardized inside when `options.standardizeOutputs`).
    ///   - kernel: the kernel structure and the first start's hyperparameters.
    ///   - noiseVariance: σ²ₙ of the first start (standardized units).
    ///   - options: restarts, bounds, priors, standardization and threading of the fit (`Options`).
    ///   - rng: the generator for the random starts (same seed, same fit).
    public static func fit<G: RandomNumberGenerator>(
        inputs: Matrix<Double>, outputs: [Double], kernel: any Kernel, noiseVariance: Double = 1e-2,
        options: Options = Options(), using rng: inout G
    ) -> GaussianProcess {
        let options = options.checked()
        let data = TrainingData(inputs: inputs, outputs: outputs, standardize: options.standardizeOutputs)
        let n = data.inputs.rows
        let run = { (rng: inout G) -> GaussianProcess in
            let (theta, report) = optimize(
                data: data, kernel: kernel, noiseVariance: noiseVariance, options: options, using: &rng)
            let fittedKernel = kernel.with(logParameters: Array(theta.dropLast()))
            var model = GaussianProcess(
                data: data, kernel: fittedKernel, noiseVariance: theta[theta.count - 1].exponential,
                options: options, extraWarnings: report.best == nil ? [.fitFailed] : [])
            model.fitReport = report
            return model
        }
        if n > 0 && n < options.singleThreadBelow {
            return BLASThreads.with(1) { run(&rng) }
        }
        return run(&rng)
    }

    /// Fits new observations starting from this model's hyperparameters (the "previous optimum" start) with
    /// this model's options: what a Bayesian-optimization loop calls after each completed trial.
    public func refit<G: RandomNumberGenerator>(inputs: Matrix<Double>, outputs: [Double], using rng: inout G)
        -> GaussianProcess
    {
        Self.fit(
            inputs: inputs, outputs: outputs, kernel: kernel, noiseVariance: noiseVariance, options: options,
            using: &rng)
    }
}
