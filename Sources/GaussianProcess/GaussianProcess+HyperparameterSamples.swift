import LinearAlgebra

extension GaussianProcess {
    /// Models at hyperparameters drawn from their posterior, p(θ | ỹ) ∝ p(ỹ | θ)·p(θ), for acquisition
    /// functions integrated over θ rather than evaluated at the MAP θ̂ alone (Snoek, Larochelle & Adams,
    /// "Practical Bayesian optimization of machine learning algorithms", NeurIPS 2012, §3.2):
    ///   â(x) = (1/S) Σₛ a(x; θₛ),  θₛ ~ p(θ | ỹ).
    /// A MAP fit on a few points in several dimensions is often confident in long length scales that the data
    /// barely constrain; samples keep the shorter ones the data also allow, and with them the uncertainty away from
    /// the incumbent.
    ///
    /// Sampler: univariate slice sampling with stepping out and shrinkage (Neal, "Slice sampling", Ann. Statist.
    /// 2003, §4), one sweep over the coordinates of θ = [kernel log-parameters, log σ²ₙ] at a time, inside the
    /// fit's bounds, from this model's θ (the MAP, so little burn-in is needed). The target is the fit's: the log
    /// marginal likelihood of the standardized outputs plus the log priors of `options.priors` (none under
    /// `.maximumLikelihood`).
    ///
    /// - Parameters:
    ///   - count: S, the number of models returned (each from `thinning` sweeps after `burnIn` sweeps).
    ///   - burnIn: sweeps discarded first.
    ///   - thinning: sweeps between kept samples (at least 1).
    ///   - width: the initial bracket of a coordinate, in log units.
    ///   - rng: the only source of randomness (same seed, same samples).
    /// - Returns: S models on this model's data; empty when the model has no data or its θ has no finite density.
    public func hyperparameterSamples<G: RandomNumberGenerator>(
        count: Int, burnIn: Int = 10, thinning: Int = 2, width: Double = 1, using rng: inout G
    ) -> [GaussianProcess] {
        guard count > 0, self.count > 0 else { return [] }
        let (kinds, bounds) = options.hyperparameterLayout(of: kernel)
        let evaluator = MarginalLikelihood(
            inputs: inputs, outputs: standardizedOutputs, kernel: kernel, nugget: options.nugget)
        let usePriors = options.objective == .maximumAPosteriori
        var unusedGradient = [Double](repeating: 0, count: kinds.count)
        let logPosterior = { (theta: [Double]) -> Double in
            for q in theta.indices where !bounds[q].contains(theta[q]) { return -.infinity }
            let likelihood = evaluator.evaluate(theta, gradient: &unusedGradient, computeGradient: false)
            guard likelihood.isFinite else { return -.infinity }
            return usePriors ? likelihood + options.priors.logDensity(theta, kinds: kinds).value : likelihood
        }
        var theta = logHyperparameters.enumerated().map { q, value in
            min(max(value, bounds[q].lowerBound), bounds[q].upperBound)
        }
        var current = logPosterior(theta)
        guard current.isFinite else { return [] }
        var models: [GaussianProcess] = []
        let sweeps = burnIn + count * max(thinning, 1)
        for sweep in 1...sweeps {
            for q in theta.indices {
                (theta[q], current) = Self.sliceStep(
                    coordinate: q, theta: theta, density: current, width: width, logPosterior: logPosterior,
                    using: &rng)
            }
            if sweep > burnIn && (sweep - burnIn) % max(thinning, 1) == 0 {
                models.append(
                    GaussianProcess(
                        inputs: inputs, outputs: outputs, kernel: kernel.with(logParameters: Array(theta.dropLast())),
                        noiseVariance: theta[theta.count - 1].exponential, options: options))
            }
        }
        return models
    }

    /// One univariate slice-sampling update of coordinate q (Neal 2003, Figs. 3 and 5): the level
    /// log u = log p(θ) − E with E ~ Exp(1), a bracket of `width` placed at random around θ_q and stepped out
    /// (at most 8 steps a side) while its ends are above the level, then shrunk toward θ_q until a uniform draw
    /// in it is above the level. Returns the new θ_q and its log density.
    static func sliceStep<G: RandomNumberGenerator>(
        coordinate q: Int, theta: [Double], density: Double, width: Double,
        logPosterior: ([Double]) -> Double, using rng: inout G
    ) -> (value: Double, density: Double) {
        var point = theta
        func at(_ value: Double) -> Double {
            point[q] = value
            return logPosterior(point)
        }
        let level = density + Double.random(in: Double.leastNonzeroMagnitude..<1, using: &rng).logarithm
        let x0 = theta[q]
        var left = x0 - width * Double.random(in: 0..<1, using: &rng)
        var right = left + width
        var steps = 0
        while steps < 8 && at(left) > level {
            left -= width
            steps += 1
        }
        steps = 0
        while steps < 8 && at(right) > level {
            right += width
            steps += 1
        }
        for _ in 0..<64 {
            let candidate = Double.random(in: left..<right, using: &rng)
            let value = at(candidate)
            if value > level { return (candidate, value) }
            if candidate < x0 { left = candidate } else { right = candidate }
        }
        return (x0, density)  // shrunk to θ_q without acceptance (numerically flat): stay
    }
}
