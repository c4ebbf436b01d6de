import Foundation
import Randomness

/// Simulated binary crossover (SBX) on one coordinate of the unit interval (Deb & Agrawal, "Simulated binary
/// crossover for continuous search space", Complex Systems 9, 1995), in the bounded form of the NSGA-II reference
/// code (Deb, Pratap, Agarwal & Meyarivan 2002).
///
/// For parents y₁ < y₂ in [0, 1], distribution index η and a uniform draw u ∈ [0, 1), each child is spread
/// from the parents' mean by a factor β_q whose density is limited so that the child stays inside the bound on
/// its side:
///
///     β = 1 + 2·(y₁ − 0)/(y₂ − y₁)   (first child),   1 + 2·(1 − y₂)/(y₂ − y₁)   (second child)
///     α = 2 − β^−(η+1)
///     β_q = (u·α)^(1/(η+1))              if u ≤ 1/α
///         = (1/(2 − u·α))^(1/(η+1))      otherwise
///     c₁ = ½·((y₁ + y₂) − β_q·(y₂ − y₁)),   c₂ = ½·((y₁ + y₂) + β_q·(y₂ − y₁))
///
/// u = ½ gives β_q = 1 far from the bounds (the children are the parents); a large η keeps the children near
/// the parents, a small one spreads them. Equal parents (|y₂ − y₁| < 10⁻¹⁴) are returned unchanged.
enum SimulatedBinaryCrossover {
    /// The two children (c₁ ≤ c₂, each clamped to [0, 1]) of `first` and `second` for the draw `uniform`.
    static func children(_ first: Double, _ second: Double, eta: Double, uniform u: Double) -> (Double, Double) {
        let y1 = min(first, second)
        let y2 = max(first, second)
        guard y2 - y1 >= 1e-14 else { return (y1, y2) }
        let spread = y2 - y1
        func betaQ(_ beta: Double) -> Double {
            let alpha = 2 - pow(beta, -(eta + 1))
            return u <= 1 / alpha ? pow(u * alpha, 1 / (eta + 1)) : pow(1 / (2 - u * alpha), 1 / (eta + 1))
        }
        let c1 = 0.5 * ((y1 + y2) - betaQ(1 + 2 * y1 / spread) * spread)
        let c2 = 0.5 * ((y1 + y2) + betaQ(1 + 2 * (1 - y2) / spread) * spread)
        return (min(max(c1, 0), 1), min(max(c2, 0), 1))
    }

    /// One child of `first` and `second`: one uniform draw for β_q, then a fair coin between c₁ and c₂ (the
    /// reference code swaps the two children of each coordinate with probability ½).
    static func child(_ first: Double, _ second: Double, eta: Double, using rng: inout Xoshiro256StarStar) -> Double {
        let (c1, c2) = children(first, second, eta: eta, uniform: Double.random(in: 0..<1, using: &rng))
        return Bool.random(using: &rng) ? c1 : c2
    }
}
