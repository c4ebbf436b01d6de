import GaussianProcess
import LinearAlgebra
import Randomness

/// Proposals of the `bayes` sampler for a study with several objectives or with constraints
/// (`StudyObjectives.isSingleValued` false); a classic study never comes here.
///
/// 1. One GP per objective, fitted to its losses by the single-objective sampler's fit (`fitSurrogate`:
///    standardization, MAP hyperparameters, θ recorded and reused), and one per constraint, fitted to its slack
///    (≤ 0 holds). The output warping chosen by evidence applies where the acquisition is invariant to it: one
///    objective, and ParEGO's scalarized loss. Constraints are fitted without warping, so that the threshold 0
///    stays 0 in the model's units (standardization is affine, a warping is not). So are the objectives of
///    EHVI: a hypervolume computed in the models' units is the study's hypervolume (up to a constant factor)
///    only if each model's units are an affine image of the losses; a Box–Cox warp, close to a logarithm,
///    stretches the region near each objective's minimum, and with it EHVI sent DTLZ2's proposals (d = 6) to
///    the corners where two objectives are 0 (one seed: a front at 0.13 of the maximum hypervolume after 60
///    trials, random sampling 0.38). Failed and pruned trials: `OutcomeHistory`.
/// 2. Pending trials: each GP is conditioned on its own posterior mean at the pending points (kriging believer);
///    a pending point whose believed slacks all hold counts, at its believed losses, as one more feasible
///    observation for the incumbent (one objective, ParEGO) or the front (EHVI), as in the single-objective case.
/// 3. The acquisition, in logs (`GPSampler+OutcomeAcquisition.swift`): one objective, log EI over the best
///    feasible loss; two or three, log expected hypervolume improvement of the feasible front; four or more,
///    ParEGO (log EI of a randomly weighted augmented Chebyshev scalarization); plus Σₖ log P(cₖ(x) ≤ 0) for the
///    constraints (Gardner et al. 2014). While no trial is feasible, the probability of feasibility alone
///    (Gelbart, Snoek & Adams 2014): finding the feasible region comes first. The incumbent is the best feasible
///    observation (`Options.noisyIncumbent` applies to the single-objective path only), and `Options.acquisition`
///    too: EI, PI and UCB have no counterpart here.
/// 4. `AcquisitionMaximizer` as for one objective (random candidates plus perturbations of up to three
///    incumbents: the front's largest hypervolume contributors, or the least infeasible trials), L-BFGS-B with
///    the acquisition's gradients, the discrete sweep; never a configuration the study already has.
extension GPSampler {
    /// A fitted model of one outcome, conditioned on the pending points.
    struct OutcomeModel {
        /// The GP, conditioned on the pending points.
        var model: GaussianProcess
        /// The values it was fitted to, in its units (warped), one per observation row.
        var fitted: [Double]
        /// Its posterior mean at each pending point, before conditioning (the believed values; NaN if unusable).
        var believed: [Double]
    }

    /// The note-key suffix of objective `j`'s model: none for the primary objective (whose model is the one a
    /// single-objective study fits), `@name` for the others.
    static func noteSuffix(objective j: Int, _ objectives: StudyObjectives) -> String {
        j == 0 ? "" : "@\(objectives.objectives[j].name)"
    }

    /// The note-key suffix of a constraint's model: `@latency_ms<=20`.
    static func noteSuffix(constraint c: OutcomeConstraint) -> String {
        "@" + c.description.filter { $0 != " " }
    }

    /// Fits a model of one outcome (`fitSurrogate`, notes merged into `notes`) and conditions it on `pending`.
    func fitOutcome(
        points: [[Double]], values: [Double], suffix: String, warpings: [OutputWarping]? = nil,
        pending: Matrix<Double>?, trials: [Trial], notes: inout [String: String],
        using rng: inout Xoshiro256StarStar
    ) -> OutcomeModel {
        let x = Matrix<Double>(rows: points.count, columns: points[0].count, elements: points.flatMap { $0 })
        let surrogate = fitSurrogate(
            inputs: x, losses: values, trials: trials, suffix: suffix, warpings: warpings, using: &rng)
        notes.merge(surrogate.notes) { _, new in new }
        var model = surrogate.model
        var believed: [Double] = []
        if let pending {
            believed = model.predict(pending).mean
            model = model.conditioned(on: pending, observations: believed)
        }
        return OutcomeModel(model: model, fitted: surrogate.warpedLosses, believed: believed)
    }

    mutating func proposeForOutcomes(
        _ context: SamplingContext, encoding: UnitCubeEncoding, history: SamplingContext.EncodedHistory,
        using rng: inout Xoshiro256StarStar
    ) throws -> Proposal {
        let objectives = context.objectives
        let outcomes = OutcomeHistory(context, encoding: encoding)
        guard outcomes.points.count >= 2 else {
            var sobol = SobolSampler()
            return try sobol.propose(context, using: &rng)
        }
        let d = encoding.dimension
        let pending =
            history.pending.isEmpty
            ? nil : Matrix(rows: history.pending.count, columns: d, elements: history.pending.flatMap { $0 })
        var notes: [String: String] = [:]
        var constraints: [OutcomeModel] = []
        for (k, c) in objectives.constraints.enumerated() {
            let series = outcomes.constraintSeries(k)
            constraints.append(
                fitOutcome(
                    points: series.points, values: series.values, suffix: Self.noteSuffix(constraint: c),
                    warpings: [.none], pending: pending, trials: context.trials, notes: &notes, using: &rng))
        }
        // Pending points believed feasible: every constraint's believed slack holds.
        let believedFeasible = history.pending.indices.map { i in
            constraints.allSatisfy { $0.believed[i].isFinite && $0.believed[i] <= 0 }
        }
        var plan = OutcomeAcquisitionPlan(terms: [], incumbentRows: [], kind: "log_pof")
        if outcomes.feasible.contains(true) {
            plan = objectiveAcquisition(
                context, outcomes: outcomes, pending: pending, believedFeasible: believedFeasible, notes: &notes,
                using: &rng)
        } else {
            // Nothing feasible yet: the least infeasible trials are the incumbents to perturb.
            let violation = outcomes.slacks.map { $0.reduce(0) { $0 + max($1, 0) } }
            plan.incumbentRows = Array(violation.indices.sorted { violation[$0] < violation[$1] }.prefix(3))
        }
        let feasibility = constraints.map { LogProbabilityOfFeasibility(model: $0.model) as any AcquisitionFunction }
        let terms = plan.terms + feasibility
        guard let first = terms.first else {  // unreachable: without constraints every complete trial is feasible
            return Self.untriedRandomProposal(context, encoding: encoding, history: history, notes: notes, using: &rng)
        }
        let acquisition: any AcquisitionFunction = terms.count == 1 ? first : SumOfAcquisitions(terms)
        notes["gp_acquisition"] = plan.kind + (constraints.isEmpty || plan.kind == "log_pof" ? "" : "+log_pof")
        lastModel = plan.primaryModel ?? constraints.first?.model

        let maximizer = AcquisitionMaximizer(
            encoding: encoding, acquisition: acquisition,
            candidates: options.candidates, localStarts: options.localStarts)
        let incumbents = plan.incumbentRows.map { outcomes.points[$0] }
        if let point = maximizer.maximize(incumbents: incumbents, excluding: history.visited, using: &rng) {
            return .parameters(encoding.decode(point), notes: notes)
        }
        return Self.untriedRandomProposal(context, encoding: encoding, history: history, notes: notes, using: &rng)
    }

    /// A random configuration the study does not have yet (every good point is taken: a small discrete space), or
    /// any random one after 1000 draws.
    static func untriedRandomProposal(
        _ context: SamplingContext, encoding: UnitCubeEncoding, history: SamplingContext.EncodedHistory,
        notes: [String: String], using rng: inout Xoshiro256StarStar
    ) -> Proposal {
        for _ in 0..<1000 {
            let params = RandomSampler.sample(context.space, using: &rng)
            if !history.visited.contains(encoding.encode(params)) { return .parameters(params, notes: notes) }
        }
        return .parameters(RandomSampler.sample(context.space, using: &rng))
    }
}
