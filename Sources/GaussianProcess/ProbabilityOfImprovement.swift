/// Probability of improvement (Kushner, "A new method of locating the maximum point of an arbitrary multipeak
/// curve in the presence of noise", 1964) for minimization: PI = P(f(x) < f*) = Φ(z), z = (f* − μ)/σ.
/// ∂PI/∂μ = −φ(z)/σ, ∂PI/∂σ = −φ(z)·z/σ.
public struct ProbabilityOfImprovement: PosteriorAcquisitionFunction {
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
        return (NormalDistribution.cumulative(z), -phi / sigma, -phi * z / sigma)
    }
}
