import Foundation
import GaussianProcess
import LinearAlgebra
import Randomness

/// Gaussian-process Bayesian optimization (the `bayes` sampler): Snoek, Larochelle & Adams, "Practical
/// Bayesian optimization of machine learning algorithms" (NeurIPS 2012), with the modern defaults of BoTorch and
/// Optuna's `GPSampler`.
///
/// Per proposal, with D the columns of `UnitCubeEncoding` (log parameters in log space, integers relaxed to
/// cells, categoricals one-hot):
/// 1. until `startupTrials` observations exist: the start-up design (`StartupDesign`: the scrambled Sobol'
///    sequence, `SobolSampler`, by default);
/// 2. X: n×D encoded complete trials (failed ones at the worst loss under `FailurePolicy.worstObserved`, pruned
///    ones at their last intermediate value), y: their losses (value, negated when maximizing); past
///    `maximumModelPoints` of them, a subset around the incumbent (`GPSampler+ModelSubset.swift`);
/// 3. fit a GP with a Matérn-5/2 ARD kernel by MAP (`GaussianProcess.fit`, priors in `Priors.swift`, noise
///    variance floored at `noiseFloor`) from a fixed start plus `restarts` draws from the prior, all from the
///    proposal's seeded generator (so a resumed study proposes what the original would have), once per candidate
///    output warping (`OutputWarping.automatic`: the identity and a fitted Box–Cox transform), keeping the
///    model with the highest evidence of the raw losses (`GPSampler+Surrogate.swift`);
/// 4. condition on pending (running) trials with the kriging believer (`conditioned(onPending:)`; their
///    believed values also count for the incumbent of step 5), so parallel and batch proposals spread out;
/// 5. maximize log expected improvement (Ament et al. 2023; EI, PI or UCB as options), optionally averaged over
///    `hyperparameterSamples` models drawn from the posterior of θ (`GaussianProcess.hyperparameterSamples`; as an
///    option, on one proposal in four once `stagnationTrials` trials have not improved: `GPSampler+Stagnation`), with
///    `AcquisitionMaximizer`: a large random candidate set plus perturbations of the best trials, L-BFGS-B from
///    the best candidates on the continuous and integer columns, then a discrete sweep over categories and
///    integer neighbours, so the proposal is a valid point;
/// 6. never propose a configuration the study already has (any state).
///
/// A study with several objectives or with constraints gets one GP per objective and per constraint and log
/// expected hypervolume improvement (two or three objectives), ParEGO (more) and the probability of feasibility
/// (`GPSampler+Outcomes.swift`).
public struct GPSampler: Sampler {
    public var name: String { "bayes" }
    public var options: Options
    /// The last fitted model's jitter and warnings, for reports and tests (a cache, not state).
    public internal(set) var lastModel: GaussianProcess?

    public init(options: Options = Options()) { self.options = options }

    public mutating func propose(_ context: SamplingContext, using rng: inout Xoshiro256StarStar) throws -> Proposal {
        // Small models run faster on one OpenBLAS thread, and a scoped override makes the proposal's arithmetic
        // independent of what other threads do with the (process-wide) thread count: same seed, same proposal.
        if context.trials.count < 1000 {
            return try BLASThreads.with(1) { try proposeOnCurrentThreads(context, using: &rng) }
        }
        return try proposeOnCurrentThreads(context, using: &rng)
    }

    private mutating func proposeOnCurrentThreads(_ context: SamplingContext, using rng: inout Xoshiro256StarStar)
        throws -> Proposal
    {
        let encoding = UnitCubeEncoding(context.space)
        let history = context.encodedHistory(encoding)
        if encoding.dimension == 0 || history.y.count < max(options.startupTrials, 2) {
            if options.startupDesign == .random && encoding.dimension > 0 {
                return Self.untriedRandomProposal(
                    context, encoding: encoding, history: history, notes: [:], using: &rng)
            }
            var sobol = SobolSampler()
            return try sobol.propose(context, using: &rng)
        }
        if !context.objectives.isSingleValued {
            return try proposeForOutcomes(context, encoding: encoding, history: history, using: &rng)
        }
        let d = encoding.dimension
        // Pruned trials enter at their last intermediate value: pessimistic for a trial stopped early, and
        // enough to keep the model from proposing the same region again and again.
        var points = history.x
        var losses = history.y
        for t in context.prunedTrials {
            guard let step = t.intermediateValues.filter({ $0.value.isFinite }).keys.max() else { continue }
            points.append(encoding.encode(t.params))
            losses.append(context.direction.loss(t.intermediateValues[step]!))
        }
        let observed = losses.count
        let subset = Self.modelSubset(losses: losses, limit: options.maximumModelPoints)
        if subset.count < observed {
            points = subset.map { points[$0] }
            losses = subset.map { losses[$0] }
        }
        let x = Matrix<Double>(rows: points.count, columns: d, elements: points.flatMap { $0 })
        let surrogate = fitSurrogate(inputs: x, losses: losses, trials: context.trials, using: &rng)
        let y = surrogate.warpedLosses
        var model = surrogate.model
        // The kriging believer's fantasized losses μ(P) of the pending points: their values in the model, and
        // candidates for the incumbent (a pending point predicted to improve is believed to have improved).
        var believed: [Double] = []
        let pending =
            history.pending.isEmpty
            ? nil : Matrix(rows: history.pending.count, columns: d, elements: history.pending.flatMap { $0 })
        if let pending {
            let means = model.predict(pending).mean
            model = model.conditioned(on: pending, observations: means)  // `conditioned(onPending:)`, one prediction
            believed = means.filter(\.isFinite)
        }
        lastModel = model
        var notes = surrogate.notes
        if subset.count < observed { notes[Self.modelPointsNoteKey] = "\(subset.count)" }
        notes["gp_log_marginal_likelihood"] = String(format: "%.6g", model.logMarginalLikelihood)
        if model.jitter > 0 { notes["gp_jitter"] = String(format: "%.3g", model.jitter) }
        if !model.warnings.isEmpty { notes["gp_warnings"] = model.warnings.map(\.description).joined(separator: "; ") }

        // In the warped units of the model. With pending points, the believed losses count as observations, as in
        // Ginsbourger et al.'s kriging believer: otherwise improvement over the best finished trial stays large
        // at a pending point the model likes, though its variance is gone, and a batch piles up there.
        let best = min(incumbentLoss(surrogate.model, fittedLosses: y), believed.min() ?? .infinity)
        let acquisition: any AcquisitionFunction
        switch options.acquisition {
        case .logExpectedImprovement:
            let stalled = stagnation(
                losses: history.y, trialNumber: context.trialNumber, noiseVariance: surrogate.model.noiseVariance)
            if let stalled { notes[Self.stagnationNoteKey] = "\(stalled)" }
            let samples = sampledModels(
                surrogate.model, pending: pending,
                atLeast: stalled == nil ? 0 : options.stagnationHyperparameterSamples, using: &rng)
            if !samples.isEmpty { notes[Self.hyperparameterSamplesNoteKey] = "\(samples.count)" }
            acquisition =
                samples.isEmpty
                ? LogExpectedImprovement(model: model, bestValue: best)
                : MeanOfAcquisitions(
                    samples.map { LogExpectedImprovement(model: $0, bestValue: best) }, logarithmic: true)
        case .expectedImprovement: acquisition = ExpectedImprovement(model: model, bestValue: best)
        case .probabilityOfImprovement: acquisition = ProbabilityOfImprovement(model: model, bestValue: best)
        case .upperConfidenceBound: acquisition = UpperConfidenceBound(model: model, beta: options.ucbBeta)
        }
        let incumbents = history.y.indices.sorted { history.y[$0] < history.y[$1] }.prefix(3).map { history.x[$0] }
        let maximizer = AcquisitionMaximizer(
            encoding: encoding, acquisition: acquisition,
            candidates: options.candidates, localStarts: options.localStarts)
        if let point = maximizer.maximize(incumbents: incumbents, excluding: history.visited, using: &rng) {
            return .parameters(encoding.decode(point), notes: notes)
        }
        // Every good point is taken (a small discrete space): fall back to an untried random point.
        return Self.untriedRandomProposal(context, encoding: encoding, history: history, notes: notes, using: &rng)
    }
}
