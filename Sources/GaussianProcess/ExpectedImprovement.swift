/// Expected improvement (Jones, Schonlau & Welch, "Efficient Global Optimization of Expensive Black-Box
/// Functions", 1998) for minimization: EI = E[max(f* − f(x), 0)] = σ·h(z), z = (f* − μ)/σ,
/// h(z) = φ(z) + zΦ(z). Since h′ = Φ: ∂EI/∂μ = −Φ(z), ∂EI/∂σ = φ(z). Underflows to 0 for z ≲ −38; prefer
/// `LogExpectedImprovement` for optimization.
public struct ExpectedImprovement: PosteriorAcquisitionFunction {
    public let model: GaussianProcess
    /// f*: the best (lowest) observed objective value, raw units.
    public let bestValue: Double

    public init(model: GaussianProcess, bestValue: Double) {
        self.model = model
        self.bestValue = bestValue
    }

    public func score(mean: Double, standardDeviation sigma: Double) -> (
        value: Double, dMean: Double, dStandardDeviation: Double
    ) {
        let z = (bestValue - mean) / sigma
        let phi = NormalDistribution.density(z)
        let cdf = NormalDistribution.cumulative(z)
        return (sigma * (phi + z * cdf), -cdf, phi)
    }
}
