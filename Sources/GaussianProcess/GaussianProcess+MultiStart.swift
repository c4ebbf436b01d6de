import LinearAlgebra
import Optimize

extension GaussianProcess {
    /// The multi-start search: the best θ (or the clamped initial θ when every start failed) and the report.
    /// Every start runs to convergence under `options.optimizer` (scikit-learn's rules); on the mostly unimodal
    /// likelihoods of BO surrogates most L-BFGS-B iterations go into approaching the optimum, not into its
    /// tail, so coarser rules for restarts were measured to save only ≈ 12 % of evaluations and were not kept.
    /// When OpenBLAS runs on one thread (small n, `Options.singleThreadBelow`), the starts run
    /// `Options.concurrentStarts` at a time, each with its own workspace; results do not depend on it.
    static func optimize<G: RandomNumberGenerator>(
        data: TrainingData, kernel: any Kernel, noiseVariance: Double, options: Options, using rng: inout G
    ) -> (theta: [Double], report: FitReport) {
        let (kinds, bounds) = options.hyperparameterLayout(of: kernel)
        let (lower, upper) = (bounds.map(\.lowerBound), bounds.map(\.upperBound))
        let clamp = { (theta: [Double]) in
            (0..<theta.count).map { q in
                theta[q].isFinite ? min(max(theta[q], lower[q]), upper[q]) : 0.5 * (lower[q] + upper[q])
            }
        }
        var starts = [clamp(kernel.logParameters + [noiseVariance.logarithm])]
        for _ in 0..<max(options.restarts, 0) {
            starts.append(
                clamp(
                    (0..<kinds.count).map { q in
                        options.priors.prior(for: kinds[q]).sampleLogValue(using: &rng)
                            ?? Double.random(in: bounds[q], using: &rng)
                    }))
        }
        if data.inputs.rows == 0 { return (starts[0], FitReport(starts: [], best: nil)) }

        let usePriors = options.objective == .maximumAPosteriori
        let minimizer = LBFGSB(options: options.optimizer)
        /// One start, with its own evaluator (workspace): safe to run concurrently with others.
        let run = { @Sendable (start: [Double]) -> MinimizationResult in
            let evaluator = MarginalLikelihood(
                inputs: data.inputs, outputs: data.standardized, kernel: kernel, nugget: options.nugget)
            // L-BFGS-B minimizes f(θ) = −log p(ỹ | θ) − log p(θ).
            return minimizer.minimize(from: start, lower: lower, upper: upper) { theta, gradient in
                let value = evaluator.evaluate(theta, gradient: &gradient)
                guard value.isFinite else { return .infinity }
                var total = value
                if usePriors {
                    let (logPrior, priorGradient) = options.priors.logDensity(theta, kinds: kinds)
                    total += logPrior
                    for q in gradient.indices { gradient[q] += priorGradient[q] }
                }
                for q in gradient.indices { gradient[q] = -gradient[q] }
                return -total
            }
        }
        let concurrent = options.concurrentStarts > 1 && starts.count > 1 && BLASThreads.count == 1
        // Each start owns its workspace and OpenBLAS runs single-threaded, so the outcome is the sequential one.
        let results = concurrentMap(starts, width: concurrent ? options.concurrentStarts : 1, run)

        var report = FitReport(starts: [], best: nil)
        var bestTheta = starts[0]
        var bestValue = Double.infinity
        for (start, result) in zip(starts, results) {
            report.starts.append(
                .init(
                    initial: start, final: result.x, objective: -result.value, status: result.status,
                    iterations: result.iterations, evaluations: result.evaluations))
            if result.value.isFinite && result.value < bestValue {
                bestValue = result.value
                bestTheta = result.x
                report.best = report.starts.count - 1
            }
        }
        // Polish: one more run from the winner with a fresh quasi-Newton memory; it stops within a few
        // evaluations at a true optimum and otherwise recovers what a stale memory left on the table.
        if report.best != nil {
            let polished = run(bestTheta)
            report.polishEvaluations = polished.evaluations
            if polished.value.isFinite && polished.value < bestValue {
                bestTheta = polished.x
                report.starts[report.best!].final = polished.x
                report.starts[report.best!].objective = -polished.value
            }
        }
        return (bestTheta, report)
    }
}
