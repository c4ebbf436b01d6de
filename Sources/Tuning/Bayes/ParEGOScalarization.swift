import Foundation
import Randomness

/// The augmented Chebyshev scalarization of ParEGO (Knowles, "ParEGO: a hybrid algorithm with on-line landscape
/// approximation for expensive multiobjective optimization problems", IEEE Trans. Evol. Comput. 10(1), 2006),
/// which the `bayes` sampler uses for four objectives or more, where the box decomposition of expected
/// hypervolume improvement grows too fast.
///
/// Each objective's losses are normalized to [0, 1] by their observed minimum and maximum (f̃ⱼ), and a proposal
/// draws weights λ uniformly from the simplex (Dirichlet(1, …, 1): λⱼ = eⱼ/Σ eₖ with eⱼ ~ Exp(1), from the
/// proposal's seeded generator), as the random scalarizations of Paria, Kandasamy & Póczos ("A flexible framework
/// for multi-objective Bayesian optimization using random scalarizations", UAI 2019) do; Knowles draws from a
/// fixed lattice of weights instead. The scalarized loss is
///
///     s(y) = maxⱼ λⱼ f̃ⱼ(y) + ρ Σⱼ λⱼ f̃ⱼ(y),   ρ = 0.05 (Knowles' value),
///
/// whose minimizers over all weights are the Pareto-optimal points (the max term reaches concave parts of the
/// front that a weighted sum misses; the small sum term breaks ties toward strictly non-dominated points). A GP
/// is then fitted to s over the history, and a proposal maximizes log EI of s: each proposal aims at another
/// part of the front.
struct ParEGOScalarization {
    /// Knowles' augmentation coefficient.
    static let rho = 0.05

    var weights: [Double]
    var normalization: ObjectiveNormalization

    /// Weights drawn from `rng` for `losses` (rows of equal length, at least one).
    init(losses: [[Double]], using rng: inout Xoshiro256StarStar) {
        let m = losses[0].count
        let draws = (0..<m).map { _ in -log(1 - Double.random(in: 0..<1, using: &rng)) }
        let total = draws.reduce(0, +)
        weights = total > 0 ? draws.map { $0 / total } : Array(repeating: 1 / Double(m), count: m)
        normalization = ObjectiveNormalization(values: losses)
    }

    /// s(y) for a vector of losses.
    func scalarized(_ y: [Double]) -> Double {
        let weighted = zip(weights, normalization.normalized(y)).map { $0 * $1 }
        return weighted.max()! + Self.rho * weighted.reduce(0, +)
    }
}
