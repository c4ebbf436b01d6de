/// log EI, numerically stable far into the tails: "Unexpected Improvements to Expected Improvement for
/// Bayesian Optimization", Ament, Daulton, Eriksson, Balandat & Bakshy, NeurIPS 2023, eq. (9).
///
/// For minimization, z = (f* − μ)/σ and EI = σ·h(z) with h(z) = φ(z) + zΦ(z), so log EI = log h(z) + log σ.
/// h underflows for z ≲ −38, where EI's gradient vanishes and optimizers stall; log h is instead
///   log h(z) = log(φ(z) + zΦ(z))                                   z > −1
///            = log φ(z) + log1mexp(log(erfcx(−z/√2)·|z|) + log√(π/2))  −1/√ε < z ≤ −1
///            = log φ(z) − 2 log|z|                                   z ≤ −1/√ε  (here −10⁶, as BoTorch)
/// using Φ(z)/φ(z) = √(π/2)·erfcx(−z/√2). Its derivative, with q = Φ(z)/φ(z), is
///   d log h/dz = Φ(z)/h(z) = q/(1 + zq),  where 1 + zq = −expm1(w) in the middle branch and ≈ 1/z² beyond,
/// giving −z − 2/z in the last branch. Then ∂/∂μ = −g/σ, ∂/∂σ = (1 − g·z)/σ with g = d log h/dz.
public struct LogExpectedImprovement: PosteriorAcquisitionFunction {
    public let model: GaussianProcess
    /// f*: the best (lowest) observed objective value, raw units.
    public let bestValue: Double

    public init(model: GaussianProcess, bestValue: Double) {
        self.model = model
        self.bestValue = bestValue
    }

    public func score(mean: Double, standardDeviation sigma: Double) -> (value: Double, dMean: Double, dStandardDeviation: Double) {
        let z = (bestValue - mean) / sigma
        let (logH, g) = Self.logH(z)
        return (logH + sigma.logarithm, -g / sigma, (1 - g * z) / sigma)
    }

    /// log h(z) and d log h/dz (Ament et al. 2023, eq. 9).
    static func logH(_ z: Double) -> (value: Double, derivative: Double) {
        if z > -1 {
            let phi = NormalDistribution.density(z)
            let cdf = NormalDistribution.cumulative(z)
            let h = phi + z * cdf
            return (h.logarithm, cdf / h)
        }
        if z > -1e6 {
            let q = (0.5 * Double.pi).squareRoot() * NormalDistribution.erfcx(-z * NormalDistribution.inverseSquareRootTwo)
            let w = (q * -z).logarithm   // log(|z|·Φ/φ) < 0
            let value = NormalDistribution.logDensity(z) + NormalDistribution.logOneMinusExp(w)
            return (value, q / -exponentialMinusOne(w))
        }
        return (NormalDistribution.logDensity(z) - 2 * (-z).logarithm, -z - 2 / z)
    }
}
