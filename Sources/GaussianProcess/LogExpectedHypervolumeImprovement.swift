import LinearAlgebra

/// log expected hypervolume improvement (log EHVI) as an acquisition function: several objectives (losses), each
/// modelled by its own GP, the posteriors taken as independent (`ExpectedHypervolumeImprovement` has the
/// formula). The gradient chains ∂ log EHVI/∂μⱼ and ∂ log EHVI/∂σⱼ with each model's input gradients:
///
///     ∇ = Σⱼ ∂/∂μⱼ·∇μⱼ + ∂/∂σⱼ·∇vⱼ/(2σⱼ),
///
/// as `PosteriorAcquisitionFunction` does for one model.
public struct LogExpectedHypervolumeImprovement: AcquisitionFunction {
    /// One model per objective, in the boxes' coordinate order (each in its own raw output units).
    public let models: [GaussianProcess]
    public let expectation: ExpectedHypervolumeImprovement

    /// - Precondition: one model per box coordinate.
    public init(models: [GaussianProcess], boxes: [ExpectedHypervolumeImprovement.Box]) {
        self.models = models
        self.expectation = ExpectedHypervolumeImprovement(dimension: models.count, boxes: boxes)
    }

    /// Variances below 10⁻¹² in standardized units are raised to it (as `PosteriorAcquisitionFunction` does).
    func minimumVariance(_ model: GaussianProcess) -> Double { 1e-12 * model.outputScale * model.outputScale }

    public func value(at point: [Double]) -> Double {
        let posteriors = models.map { $0.posterior(at: point) }
        let sigmas = zip(models, posteriors).map { max($1.variance, minimumVariance($0)).squareRoot() }
        return expectation.logValue(means: posteriors.map(\.mean), standardDeviations: sigmas, gradient: false).value
    }

    public func valueAndGradient(at point: [Double]) -> (value: Double, gradient: [Double]) {
        let posteriors = models.map { $0.posterior(at: point) }
        let sigmas = zip(models, posteriors).map { max($1.variance, minimumVariance($0)).squareRoot() }
        let (value, dMeans, dSigmas) = expectation.logValue(means: posteriors.map(\.mean), standardDeviations: sigmas)
        var gradient = [Double](repeating: 0, count: point.count)
        for (j, p) in posteriors.enumerated() {
            let clamped = p.variance < minimumVariance(models[j])
            for i in gradient.indices {
                gradient[i] += dMeans[j] * p.meanGradient[i]
                if !clamped { gradient[i] += dSigmas[j] * p.varianceGradient[i] / (2 * sigmas[j]) }
            }
        }
        return (value, gradient)
    }

    public func values(at points: Matrix<Double>) -> [Double] {
        let predictions = models.map { $0.predict(points) }
        let floors = models.map(minimumVariance)
        return (0..<points.rows).map { i in
            let means = predictions.map { $0.mean[i] }
            let sigmas = predictions.indices.map { max(predictions[$0].variance[i], floors[$0]).squareRoot() }
            return expectation.logValue(means: means, standardDeviations: sigmas, gradient: false).value
        }
    }
}
