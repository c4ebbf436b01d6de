import GaussianProcess
import LinearAlgebra
import Randomness

extension GPSampler {
    /// The note recording how many sampled models a proposal's log EI averaged over (absent: the MAP model alone).
    static let hyperparameterSamplesNoteKey = "gp_hyperparameter_samples"

    /// The models that log EI is averaged over: `Options.hyperparameterSamples` draws from the posterior of θ
    /// around the fitted `model` (`GaussianProcess.hyperparameterSamples`: slice sampling, 10 sweeps of burn-in,
    /// every 2nd sweep kept), or `Options.noisyHyperparameterSamples` when that is 0 and the model's noise
    /// variance is not negligible, and at least `minimumCount` (a proposal hedging against a stall,
    /// `GPSampler+Stagnation.swift`); each is conditioned on the `pending` points (rows) with the kriging believer,
    /// as the MAP model is. Empty (the MAP model alone) when the count is 0, above `fullRefitBelow` observations
    /// (where θ is reused rather than refitted, and sampling would cost most), or when sampling fails.
    func sampledModels(
        _ model: GaussianProcess, pending: Matrix<Double>?, atLeast minimumCount: Int = 0,
        using rng: inout Xoshiro256StarStar
    ) -> [GaussianProcess] {
        let noisy = model.noiseVariance >= Recommendation.negligibleNoise
        let configured =
            options.hyperparameterSamples > 0 || !noisy
            ? options.hyperparameterSamples : options.noisyHyperparameterSamples
        let count = max(configured, minimumCount)
        guard count > 0, model.count <= options.fullRefitBelow else { return [] }
        let samples = model.hyperparameterSamples(count: count, using: &rng)
        guard let pending else { return samples }
        return samples.map { $0.conditioned(onPending: pending) }
    }
}
