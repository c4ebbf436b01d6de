/// The confidence-bound criterion (GP-UCB: Srinivas, Krause, Kakade & Seeger, "Gaussian Process Optimization
/// in the Bandit Setting", ICML 2010) for minimization: the negated lower confidence bound,
/// a(x) = −(μ(x) − √β·σ(x)) = √β·σ(x) − μ(x), maximized like the other criteria. ∂a/∂μ = −1, ∂a/∂σ = √β.
public struct UpperConfidenceBound: PosteriorAcquisitionFunction {
    public let model: GaussianProcess
    /// β ≥ 0: the exploration weight (√β standard deviations).
    public let beta: Double

    public init(model: GaussianProcess, beta: Double = 4) {
        precondition(beta >= 0 && beta.isFinite, "UpperConfidenceBound: beta must be finite and ≥ 0, got \(beta)")
        self.model = model
        self.beta = beta
    }

    public func score(mean: Double, standardDeviation sigma: Double) -> (
        value: Double, dMean: Double, dStandardDeviation: Double
    ) {
        let root = beta.squareRoot()
        return (root * sigma - mean, -1, root)
    }
}
