import LinearAlgebra

/// The standard normal distribution and the scaled complementary error function, accurate far into the tails.
enum NormalDistribution {
    static let inverseSquareRootTwo = 1 / 2.0.squareRoot()
    static let logSquareRootTwoPi = 0.5 * logarithm(2 * Double.pi)

    /// φ(z) = exp(−z²/2)/√(2π).
    static func density(_ z: Double) -> Double { exponential(logDensity(z)) }

    /// log φ(z).
    static func logDensity(_ z: Double) -> Double { -0.5 * z * z - logSquareRootTwoPi }

    /// Φ(z) = ½ erfc(−z/√2) (no cancellation for z ≪ 0).
    static func cumulative(_ z: Double) -> Double { 0.5 * complementaryErrorFunction(-z * inverseSquareRootTwo) }

    /// erfcx(x) = exp(x²)·erfc(x), finite and accurate for every x ≥ −26.
    /// x < 0: 2exp(x²) − erfcx(−x). 0 ≤ x < 26: exp(x²)·erfc(x) with x² split exactly (hi + lo, by FMA) so
    /// that exp does not amplify its rounding. x ≥ 26 (erfc underflows): the asymptotic series
    /// erfcx(x) = 1/(x√π)·Σ_k (−1)ᵏ(2k−1)!!/(2x²)ᵏ (Abramowitz & Stegun 7.1.23), whose eighth term is < 10⁻¹⁷.
    static func erfcx(_ x: Double) -> Double {
        if x < 0 {
            let hi = x * x
            let lo = (x).multipliedAdding(x, -hi)
            return 2 * exponential(hi) * (1 + lo) - erfcx(-x)
        }
        if x < 26 {
            let hi = x * x
            let lo = x.multipliedAdding(x, -hi)
            return exponential(hi) * complementaryErrorFunction(x) * (1 + lo)
        }
        let u = 1 / (2 * x * x)
        var term = 1.0
        var sum = 1.0
        for k in 1...8 {
            term *= -Double(2 * k - 1) * u
            sum += term
        }
        return sum / (x * Double.pi.squareRoot())
    }

    /// log(1 − eʷ) for w < 0, without cancellation (Mächler, "Accurately computing log(1 − exp(−|a|))", 2012).
    static func logOneMinusExp(_ w: Double) -> Double {
        w > -logarithm(2.0) ? logarithm(-exponentialMinusOne(w)) : logarithmOnePlus(-exponential(w))
    }
}

extension Double {
    /// self·y + z with one rounding (IEEE 754 fusedMultiplyAdd, as C's `fma`).
    @inlinable func multipliedAdding(_ y: Double, _ z: Double) -> Double { z.addingProduct(self, y) }
}
