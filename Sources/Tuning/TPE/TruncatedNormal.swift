import Foundation
import Randomness

/// Helpers for the kernels of a Parzen estimator: a normal N(μ, σ²) truncated to [low, high], with density
/// φ((x − μ)/σ) / (σ·Z), Z = Φ((high − μ)/σ) − Φ((low − μ)/σ), and its discretization on a grid of spacing
/// `step` (the mass of the cell [x − step/2, x + step/2] over the mass of [low − step/2, high + step/2],
/// Optuna's `_BatchedDiscreteTruncNormDistributions`).
enum TruncatedNormal {
    static let logSqrt2Pi = 0.5 * Foundation.log(2 * Double.pi)

    /// log(Φ(b) − Φ(a)) for a < b, computed on the side where the difference does not cancel, with a
    /// fallback (density at the midpoint × width) when both tails underflow.
    static func logGaussMass(_ a: Double, _ b: Double) -> Double {
        let s = 1 / 2.0.squareRoot()
        let mass: Double
        if a >= 0 {
            mass = 0.5 * (erfc(a * s) - erfc(b * s))
        } else if b <= 0 {
            mass = 0.5 * (erfc(-b * s) - erfc(-a * s))
        } else {
            mass = 1 - 0.5 * erfc(-a * s) - 0.5 * erfc(b * s)
        }
        if mass > 1e-300 { return Foundation.log(mass) }
        let mid = a >= 0 ? a : (b <= 0 ? b : 0)
        return -0.5 * mid * mid - logSqrt2Pi + Foundation.log(max(b - a, 1e-300))
    }

    /// A draw from N(μ, σ²) truncated to [low, high], by rejection from the normal. Kernels of a Parzen
    /// estimator have μ ∈ [low, high] and σ ≤ high − low, so at least Φ(1) − ½ ≈ 34 % of draws are accepted;
    /// after 64 rejections a uniform draw on [low, high] is returned (never reached in practice).
    static func sample(
        mu: Double, sigma: Double, low: Double, high: Double,
        using rng: inout Xoshiro256StarStar
    ) -> Double {
        for _ in 0..<64 {
            let x = mu + sigma * rng.nextNormal()
            if x >= low && x <= high { return x }
        }
        return Double.random(in: low...high, using: &rng)
    }
}
