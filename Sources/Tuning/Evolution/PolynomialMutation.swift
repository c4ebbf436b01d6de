import Foundation
import Randomness

/// Polynomial mutation of one coordinate of the unit interval (Deb & Goyal, "A combined genetic adaptive search
/// (GeneAS) for engineering design", Computer Science and Informatics 26(4), 1996), in the bounded form of the
/// NSGA-II reference code (Deb, Pratap, Agarwal & Meyarivan 2002).
///
/// For y ∈ [0, 1], distribution index η and a uniform draw r ∈ [0, 1), with m = 1/(η + 1):
///
///     r ≤ ½:  δ_q = (2r + (1 − 2r)·(1 − y)^(η+1))^m − 1            (a step down, at most to 0)
///     r > ½:  δ_q = 1 − (2(1 − r) + 2(r − ½)·y^(η+1))^m            (a step up, at most to 1)
///     y′ = y + δ_q, clamped to [0, 1].
///
/// r = ½ leaves y unchanged, r → 0 moves it to 0 and r → 1 to 1; a large η keeps most steps small (the step's
/// density falls off as (1 − |δ|)^η).
enum PolynomialMutation {
    /// `value` mutated for the draw `uniform`.
    static func mutate(_ value: Double, eta: Double, uniform r: Double) -> Double {
        let y = min(max(value, 0), 1)
        let m = 1 / (eta + 1)
        let deltaQ: Double
        if r <= 0.5 {
            deltaQ = pow(2 * r + (1 - 2 * r) * pow(1 - y, eta + 1), m) - 1
        } else {
            deltaQ = 1 - pow(2 * (1 - r) + 2 * (r - 0.5) * pow(y, eta + 1), m)
        }
        return min(max(y + deltaQ, 0), 1)
    }

    /// `value` mutated with one uniform draw from `rng`.
    static func mutate(_ value: Double, eta: Double, using rng: inout Xoshiro256StarStar) -> Double {
        mutate(value, eta: eta, uniform: Double.random(in: 0..<1, using: &rng))
    }
}
