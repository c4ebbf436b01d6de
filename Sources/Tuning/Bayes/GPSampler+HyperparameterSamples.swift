import GaussianProcess
import LinearAlgebra
import Randomness

extension GPSampler {
    /// The models that log EI is averaged over when `Options.hyperparameterSamples` is positive: that many draws
    /// from the posterior of θ around the fitted `model` (`GaussianProcess.hyperparameterSamples`: slice sampling,
    /// 10 sweeps of burn-in, every 2nd sweep kept), each conditioned on the `pending` points with the kriging
    /// believer as the MAP model is. Empty (the MAP model alone) when the option is 0, above `fullRefitBelow`
    /// observations (where θ is reused rather than refitted, and sampling would cost most), or when sampling
    /// fails.
    func sampledModels(_ model: GaussianProcess, pending: [[Double]], using rng: inout Xoshiro256StarStar)
        -> [GaussianProcess]
    {
        guard options.hyperparameterSamples > 0, model.count <= options.fullRefitBelow else { return [] }
        let samples = model.hyperparameterSamples(count: options.hyperparameterSamples, using: &rng)
        guard !pending.isEmpty else { return samples }
        let points = Matrix(rows: pending.count, columns: model.dimension, elements: pending.flatMap { $0 })
        return samples.map { $0.conditioned(on: points, observations: $0.predict(points).mean) }
    }
}
