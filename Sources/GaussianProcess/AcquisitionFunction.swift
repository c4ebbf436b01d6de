import LinearAlgebra

/// A criterion for the next point to evaluate, computed from a GP posterior; larger is better.
///
/// Sign convention: the *objective* is minimized (losses), and every acquisition value is *maximized*.
/// Improvement is I(x) = max(f* − f(x), 0) with f* the best (lowest) observed value, in raw output units.
/// Shapes (as BoTorch's `AcquisitionFunction.forward`): one point is d values; a batch is an m×d matrix whose
/// rows are scored independently.
///
/// Typical use (a BO step): score random candidates with `values(at:)`, then refine the best ones with
/// `LBFGSB.minimize` on −a over the unit cube, using `valueAndGradient(at:)` with both outputs negated.
public protocol AcquisitionFunction: Sendable {
    /// The value at one point.
    func value(at point: [Double]) -> Double
    /// The value and its gradient with respect to the point (d values), for gradient-based maximization.
    func valueAndGradient(at point: [Double]) -> (value: Double, gradient: [Double])
    /// The values at every row of `points` (m×d), through one batched posterior.
    func values(at points: Matrix<Double>) -> [Double]
}

/// An acquisition function that depends on the posterior only through μ(x) and σ(x) = √v(x) (latent).
/// Conformers give the score and its partial derivatives; this extension chains them with the posterior's
/// input gradients: ∇a = ∂a/∂μ·∇μ + ∂a/∂σ·∇v/(2σ).
public protocol PosteriorAcquisitionFunction: AcquisitionFunction {
    /// The fitted model.
    var model: GaussianProcess { get }
    /// a(μ, σ), ∂a/∂μ, ∂a/∂σ for σ > 0.
    func score(mean: Double, standardDeviation: Double) -> (value: Double, dMean: Double, dStandardDeviation: Double)
}

extension PosteriorAcquisitionFunction {
    /// Variances below 10⁻¹² in standardized units (times s_y² in raw units) are raised to it, as BoTorch
    /// clamps them, so that z = (f* − μ)/σ stays finite at observed points; the variance gradient is then 0.
    var minimumVariance: Double { 1e-12 * model.outputScale * model.outputScale }

    public func value(at point: [Double]) -> Double {
        let p = model.posterior(at: point)
        return score(mean: p.mean, standardDeviation: max(p.variance, minimumVariance).squareRoot()).value
    }

    public func valueAndGradient(at point: [Double]) -> (value: Double, gradient: [Double]) {
        let p = model.posterior(at: point)
        let clamped = p.variance < minimumVariance
        let sigma = max(p.variance, minimumVariance).squareRoot()
        let (a, dMu, dSigma) = score(mean: p.mean, standardDeviation: sigma)
        let gradient = (0..<point.count).map { k in
            dMu * p.meanGradient[k] + (clamped ? 0 : dSigma * p.varianceGradient[k] / (2 * sigma))
        }
        return (a, gradient)
    }

    public func values(at points: Matrix<Double>) -> [Double] {
        let (mean, variance) = model.predict(points)
        return zip(mean, variance).map {
            score(mean: $0, standardDeviation: max($1, minimumVariance).squareRoot()).value
        }
    }
}
