import Foundation
import GaussianProcess
import LinearAlgebra
import Randomness

/// The surrogate of one `GPSampler` proposal: a MAP-fitted GP on warped losses, with the warping chosen by
/// evidence and the hyperparameters warm-started from the previous proposal.
///
/// Warping by evidence: for each candidate transform T in `Options.outputWarping` the GP is fitted to T(y)
/// (standardized inside, scale s_T) and scored by the log evidence of the *raw* losses,
///   log p(y) = log p(ỹ_T | θ̂_T) − n·log s_T + Σᵢ log T′(yᵢ)
/// (change of variables ỹ = (T(y) − m)/s), so the identity and a Box–Cox transform compete on one scale, as
/// warped GPs are compared in Snelson, Rasmussen & Ghahramani, "Warped Gaussian processes" (NeurIPS 2004).
/// Heavy-tailed losses (Rosenbrock's box) tend to pick the transform, smooth bowls the identity.
///
/// Warm start: each proposal records its fitted θ = [kernel log-parameters, log σ²ₙ] per transform in the
/// trial's notes (`gp_theta_<warping>`, exact decimal round-trip). The next proposal starts a single L-BFGS-B
/// run from the latest recorded θ instead of several starts (Optuna's `GPSampler` keeps its previous kernel
/// parameters the same way); without a record (the first model, an imported history) the multi-start fit runs.
/// The record lives in the history, not in the sampler, so a fresh sampler given the same trials proposes the same
/// point, as `Sampler` requires.
///
/// A proposal with several models (one per objective and per constraint, `GPSampler+Outcomes.swift`) fits each
/// through the same function; every model but the primary objective's records its notes under keys ending in its
/// own `suffix` (`noteSuffix(objective:_:)`, `noteSuffix(constraint:)`), so that the models' θ and fit records
/// do not overwrite each other.
extension GPSampler {
    /// The winning fit: the model, the warped losses it was fitted to, the transform, and the notes to record.
    struct Surrogate {
        var model: GaussianProcess
        var warpedLosses: [Double]
        var warping: OutputWarping
        var notes: [String: String]
    }

    /// The note key of the θ fitted under `warping` (by the model whose keys end in `suffix`).
    static func thetaNoteKey(_ warping: OutputWarping, suffix: String = "") -> String {
        "gp_theta_\(warping.rawValue)\(suffix)"
    }

    /// The θ recorded under `warping` by the latest trial (highest number) that has one of `count` values.
    static func recordedTheta(in trials: [Trial], warping: OutputWarping, count: Int, suffix: String = "") -> [Double]?
    {
        let key = thetaNoteKey(warping, suffix: suffix)
        for trial in trials.sorted(by: { $0.number > $1.number }) {
            guard let text = trial.userAttributes[key] else { continue }
            let values = text.split(separator: ",").compactMap { Double($0) }
            if values.count == count && values.allSatisfy(\.isFinite) { return values }
        }
        return nil
    }

    /// Fits one GP per candidate warping (`warpings`, by default those of `Options.outputWarping`) and keeps the
    /// one with the highest raw-scale evidence; notes are keyed with `suffix`.
    func fitSurrogate(
        inputs x: Matrix<Double>, losses: [Double], trials: [Trial],
        suffix: String = "", warpings: [OutputWarping]? = nil,
        using rng: inout Xoshiro256StarStar
    ) -> Surrogate {
        let warpings = warpings ?? options.outputWarping.candidates
        if let reused = reusedSurrogate(inputs: x, losses: losses, trials: trials, suffix: suffix, warpings: warpings) {
            return reused
        }
        let d = x.columns
        let warmStart = options.warmStart || x.rows > options.fullRefitBelow
        // The GP fitted to the losses under `warping`, and those warped losses.
        let fit = { @Sendable (warping: OutputWarping, rng: inout Xoshiro256StarStar) -> (GaussianProcess, [Double]) in
            let y = warping.apply(losses)
            var gpOptions = gaussianProcessOptions(dimension: d)
            var kernel = Matern52Kernel(dimension: d, lengthScale: 0.5)
            var noise = 1e-4
            gpOptions.restarts = options.restarts
            if warmStart, let theta = Self.recordedTheta(in: trials, warping: warping, count: d + 2, suffix: suffix) {
                kernel.logParameters = Array(theta.dropLast())
                noise = exp(theta[d + 1])
                gpOptions.restarts = 0
            }
            let model = GaussianProcess.fit(
                inputs: x, outputs: y, kernel: kernel, noiseVariance: noise, options: gpOptions, using: &rng)
            return (model, y)
        }
        // Without restarts a fit draws no random numbers (only restart points are drawn), so the warpings' fits
        // are independent: on one OpenBLAS thread each (below 1000 observations, `propose`) they run side by
        // side and give the models the sequential loop gives, in less wall time on two cores (about two thirds
        // for a cold fit; docs/bayes-benchmark.md).
        let fits: [(GaussianProcess, [Double])]
        if options.restarts == 0 && warpings.count > 1 && BLASThreads.count == 1 {
            fits = concurrentMap(warpings, width: warpings.count) { warping in
                var unused = Xoshiro256StarStar(seed: 0)
                return BLASThreads.with(1) { fit(warping, &unused) }
            }
        } else {
            fits = warpings.map { fit($0, &rng) }
        }
        var best: (surrogate: Surrogate, evidence: Double)?
        var notes: [String: String] = [:]
        for (warping, (model, y)) in zip(warpings, fits) {
            let theta = model.kernel.logParameters + [log(model.noiseVariance)]
            notes[Self.thetaNoteKey(warping, suffix: suffix)] = theta.map { "\($0)" }.joined(separator: ",")
            let raw =
                model.logMarginalLikelihood - Double(model.count) * log(model.outputScale) + warping.logJacobian(losses)
            let evidence = raw.isNaN ? -Double.infinity : raw  // a failed fit loses to any usable one
            if best == nil || evidence > best!.evidence {
                best = (Surrogate(model: model, warpedLosses: y, warping: warping, notes: [:]), evidence)
            }
        }
        var surrogate = best!.surrogate
        notes[Self.warpingNoteKey + suffix] = surrogate.warping.rawValue
        notes[Self.fittedAtNoteKey + suffix] = "\(x.rows)"
        notes[Self.likelihoodNoteKey + suffix] = "\(surrogate.model.logMarginalLikelihood / Double(max(x.rows, 1)))"
        surrogate.notes = notes
        return surrogate
    }

    /// The options of every fit: priors, noise floor and the early stop of the hyperparameter search.
    func gaussianProcessOptions(dimension d: Int) -> GaussianProcess.Options {
        var gpOptions = GaussianProcess.Options()
        // The marginal likelihood is flat near its optimum at the precision a proposal needs: stop early.
        gpOptions.optimizer.gradientTolerance = 1e-3
        gpOptions.optimizer.relativeReduction = 1e-8
        gpOptions.optimizer.maxIterations = 80
        gpOptions.priors.lengthScale = options.lengthScalePrior.prior(dimension: d)
        let ceiling = gpOptions.noiseBounds.upperBound
        gpOptions.noiseBounds = min(options.noiseFloor, ceiling)...ceiling
        return gpOptions
    }
}
