import LinearAlgebra

/// log P(c(x) ≤ 0) for a constraint c modelled by a GP (a "slack": ≤ 0 means the constraint holds), the factor
/// by which constrained Bayesian optimization weights an acquisition (Gardner, Kusner, Xu, Weinberger &
/// Cunningham, "Bayesian optimization with inequality constraints", ICML 2014; Gelbart, Snoek & Adams, "Bayesian
/// optimization with unknown constraints", UAI 2014): a(x)·Πₖ P(cₖ(x) ≤ 0), summed in logs.
///
/// With z = −μ/σ, log P = log Φ(z), computed without underflow as log φ(z) + log(Φ(z)/φ(z)) for z < −1, where
/// Φ/φ = √(π/2)·erfcx(−z/√2), and as log1p(−Φ(−z)) for z > 0. With r = d log Φ/dz = φ(z)/Φ(z):
/// ∂/∂μ = −r/σ and ∂/∂σ = −r·z/σ.
public struct LogProbabilityOfFeasibility: PosteriorAcquisitionFunction {
    public let model: GaussianProcess

    public init(model: GaussianProcess) { self.model = model }

    public func score(mean: Double, standardDeviation sigma: Double) -> (
        value: Double, dMean: Double, dStandardDeviation: Double
    ) {
        let z = -mean / sigma
        let (value, r) = Self.logCumulative(z)
        return (value, -r / sigma, -r * z / sigma)
    }

    /// log Φ(z) and its derivative φ(z)/Φ(z).
    public static func logCumulative(_ z: Double) -> (value: Double, derivative: Double) {
        if z < -1 {
            let q =
                (0.5 * Double.pi).squareRoot() * NormalDistribution.erfcx(-z * NormalDistribution.inverseSquareRootTwo)
            return (NormalDistribution.logDensity(z) + q.logarithm, 1 / q)
        }
        if z > 0 {
            let tail = NormalDistribution.cumulative(-z)
            return (logarithmOnePlus(-tail), NormalDistribution.density(z) / (1 - tail))
        }
        let cdf = NormalDistribution.cumulative(z)
        return (cdf.logarithm, NormalDistribution.density(z) / cdf)
    }
}
