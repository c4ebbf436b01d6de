import LinearAlgebra

/// log EI, numerically stable far into the tails: "Unexpected Improvements to Expected Improvement for
/// Bayesian Optimization", Ament, Daulton, Eriksson, Balandat & Bakshy, NeurIPS 2023, eq. (9).
///
/// For minimization, z = (f* − μ)/σ and EI = σ·h(z) with h(z) = φ(z) + zΦ(z), so log EI = log h(z) + log σ.
/// h underflows for z ≲ −38, where EI's gradient vanishes and optimizers stall; log h is instead
///   log h(z) = log(φ(z) + zΦ(z))                                     z > −1
///            = log φ(z) + log1mexp(w),  w = log(erfcx(−z/√2)·|z|) + log√(π/2)   −40 < z ≤ −1
///            = log φ(z) + log(1 + zq),  1 + zq = u·Σ_k (−1)ᵏ(2k+1)!! uᵏ, u = 1/z²   z ≤ −40
/// with q = Φ(z)/φ(z) = √(π/2)·erfcx(−z/√2), so that h = φ·(1 + zq) and w = log(|z|q). The paper switches to
/// the leading term −2 log|z| only at z ≤ −1/√ε; here the asymptotic series (A&S 7.1.23) takes over at −40,
/// because 1 + zq = 1 − eʷ cancels: at z = −10⁵ the erfcx branch keeps only 6 digits, the series all 16.
/// Derivative: d log h/dz = Φ(z)/h(z) = q/(1 + zq), with 1 + zq = −expm1(w) in the middle branch.
/// Then ∂ log EI/∂μ = −g/σ and ∂ log EI/∂σ = (1 − g·z)/σ with g = d log h/dz.
public struct LogExpectedImprovement: PosteriorAcquisitionFunction {
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
        if z > -40 {
            let q =
                (0.5 * Double.pi).squareRoot() * NormalDistribution.erfcx(-z * NormalDistribution.inverseSquareRootTwo)
            let w = (q * -z).logarithm  // log(|z|·Φ/φ) < 0
            let value = NormalDistribution.logDensity(z) + NormalDistribution.logOneMinusExp(w)
            return (value, q / -exponentialMinusOne(w))
        }
        // Σ (−1)ᵏ(2k−1)!! uᵏ for |z|q and Σ (−1)ᵏ(2k+1)!! uᵏ for (1 + zq)/u; 12 terms reach 10⁻¹⁷ at z = −40.
        let u = 1 / (z * z)
        var mills = 1.0
        var onePlus = 1.0
        var term = 1.0
        for k in 1...12 {
            term *= -Double(2 * k - 1) * u
            mills += term
            onePlus += term * Double(2 * k + 1)
        }
        let value = NormalDistribution.logDensity(z) + u.logarithm + onePlus.logarithm
        return (value, -z * mills / onePlus)
    }
}
