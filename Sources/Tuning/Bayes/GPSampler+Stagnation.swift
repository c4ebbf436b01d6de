import Foundation

/// Hedging when the search has stalled: once `Options.stagnationTrials` trials in a row have not improved the best
/// loss, one proposal in `stagnationPeriod` averages log EI over `Options.stagnationHyperparameterSamples` models
/// drawn from the posterior of θ (Snoek, Larochelle & Adams 2012, §3.2; `GPSampler+HyperparameterSamples.swift`)
/// instead of trusting the MAP model alone.
///
/// Why: a stall is where the MAP model's confidence does the harm. With length scales fitted too long for a narrow
/// feature, log EI keeps proposing points within 10⁻⁴ of the incumbent, where a tiny σ at z ≈ 0 outweighs every
/// point the model is sure is worse: branin seed 4 spent 47 of 60 trials on the edge x₁ = 10 at regret 1.5, 0.04
/// (unit cube) from the global minimum. The sampled models keep the shorter length scales the data also allow, so
/// their average sees a possible dip there. Averaging on every proposal (`hyperparameterSamples`) costs precision
/// on smooth functions and seven times the time; averaging only on some proposals of a stalled run leaves the
/// MAP model's refinement going on the others. Only values that look deterministic hedge (`stagnation`). Off by
/// default (`Options.stagnationTrials`), because the tuned networks of the generalization benchmark lost. On the
/// 60-evaluation suite over seeds 0–119 it removed the one branin run above regret 0.01 and took the medians of
/// camel6 and hartmann3 down by 15 % and 27 % (docs/bayes-benchmark.md, "Hedging a stalled search").
extension GPSampler {
    /// The note recording how many trials had not improved when a proposal hedged.
    static let stagnationNoteKey = "gp_stagnation"
    /// One proposal in this many hedges once the search has stalled (those whose trial number is a multiple of it).
    public static let stagnationPeriod = 4
    /// An improvement counts only if it exceeds this fraction of the standard deviation of the losses: refining the
    /// incumbent in its last digits is not progress.
    public static let stagnationTolerance = 1e-6

    /// The number of trials, at the end of `losses` (in trial order), since the best loss last improved by more
    /// than `stagnationTolerance`·s (s the population standard deviation of `losses`). The first loss improves on
    /// nothing, so it counts as an improvement; NaN and ±∞ never improve.
    static func trialsWithoutImprovement(_ losses: [Double]) -> Int {
        let finite = losses.filter(\.isFinite)
        guard !finite.isEmpty else { return losses.count }
        let mean = finite.reduce(0, +) / Double(finite.count)
        let spread = (finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(finite.count)).squareRoot()
        var best = Double.infinity
        var since = 0
        for loss in losses {
            if loss.isFinite && loss < best - stagnationTolerance * spread {
                since = 0
            } else {
                since += 1
            }
            if loss.isFinite { best = min(best, loss) }
        }
        return since
    }

    /// The trials without improvement when the proposal for `trialNumber` hedges against a stall, nil when it does
    /// not: hedging off, not stalled, not this proposal's turn, or values that look noisy (the fitted noise variance
    /// σ²ₙ, standardized, at least `Recommendation.negligibleNoise`). A noisy objective rarely improves by luck
    /// alone, and its model is not the interpolating one that strands a deterministic search; on the networks of
    /// the generalization benchmark, hedging there too lowered held-out accuracy in 21 of 35 changed runs.
    func stagnation(losses: [Double], trialNumber: Int, noiseVariance: Double) -> Int? {
        guard options.stagnationTrials > 0, options.stagnationHyperparameterSamples > 0,
            trialNumber % Self.stagnationPeriod == 0, noiseVariance < Recommendation.negligibleNoise
        else { return nil }
        let since = Self.trialsWithoutImprovement(losses)
        return since >= options.stagnationTrials ? since : nil
    }
}
