import GaussianProcess
import LinearAlgebra
import Randomness

/// The objective part of a multi-objective or constrained proposal (`GPSampler+Outcomes.swift`), in logs, and
/// the observation rows whose points the maximizer perturbs.
struct OutcomeAcquisitionPlan {
    var terms: [any AcquisitionFunction]
    var incumbentRows: [Int]
    /// `log_ei`, `log_ehvi`, `parego_log_ei` or `log_pof` (recorded in the trial's notes as `gp_acquisition`).
    var kind: String
    /// The primary objective's model (or ParEGO's), for `GPSampler.lastModel`.
    var primaryModel: GaussianProcess?
}

extension GPSampler {
    /// The objective's acquisition by number of objectives: one, log EI of the best feasible loss; two or three,
    /// log EHVI of the feasible front; more, ParEGO. At least one observation row is feasible.
    func objectiveAcquisition(
        _ context: SamplingContext, outcomes: OutcomeHistory, pending: Matrix<Double>?, believedFeasible: [Bool],
        notes: inout [String: String], using rng: inout Xoshiro256StarStar
    ) -> OutcomeAcquisitionPlan {
        let objectives = context.objectives
        switch objectives.objectives.count {
        case 1:
            let series = outcomes.objectiveSeries(0)
            let fit = fitOutcome(
                points: series.points, values: series.values, suffix: "", pending: pending,
                trials: context.trials, notes: &notes, using: &rng)
            return expectedImprovementPlan(fit, outcomes: outcomes, believedFeasible: believedFeasible, kind: "log_ei")
        case 2...3:
            let fits = objectives.objectives.indices.map { j in
                let series = outcomes.objectiveSeries(j)
                return fitOutcome(
                    points: series.points, values: series.values, suffix: Self.noteSuffix(objective: j, objectives),
                    warpings: [.none], pending: pending, trials: context.trials, notes: &notes, using: &rng)
            }
            return hypervolumePlan(
                fits, outcomes: outcomes, believedFeasible: believedFeasible,
                declaredReference: objectives.referencePoint.map { r in
                    zip(objectives.objectives, r).map { $0.direction.loss($1) }
                })
        default:
            let scalarization = ParEGOScalarization(losses: outcomes.losses, using: &rng)
            notes["gp_parego_weights"] = scalarization.weights.map { "\($0)" }.joined(separator: ",")
            let fit = fitOutcome(
                points: outcomes.points, values: outcomes.losses.map(scalarization.scalarized), suffix: "@parego",
                pending: pending, trials: context.trials, notes: &notes, using: &rng)
            // The believed losses of a pending point, scalarized: its believed value is the model's own mean.
            return expectedImprovementPlan(
                fit, outcomes: outcomes, believedFeasible: believedFeasible, kind: "parego_log_ei")
        }
    }

    /// Log EI of one model over the best feasible fitted value, the believed values of pending points believed
    /// feasible included (kriging believer); the three best feasible rows are the incumbents.
    func expectedImprovementPlan(
        _ fit: OutcomeModel, outcomes: OutcomeHistory, believedFeasible: [Bool], kind: String
    ) -> OutcomeAcquisitionPlan {
        let feasibleRows = outcomes.feasible.indices.filter { outcomes.feasible[$0] }
        var best = feasibleRows.map { fit.fitted[$0] }.min()!
        for (i, value) in fit.believed.enumerated() where believedFeasible[i] && value.isFinite {
            best = min(best, value)
        }
        let incumbents = feasibleRows.sorted { fit.fitted[$0] < fit.fitted[$1] }.prefix(3)
        return OutcomeAcquisitionPlan(
            terms: [LogExpectedImprovement(model: fit.model, bestValue: best)], incumbentRows: Array(incumbents),
            kind: kind, primaryModel: fit.model)
    }

    /// Log EHVI of the objective models over the region the feasible front (in the models' units, normalized:
    /// `ObjectiveNormalization`) leaves undominated below the reference point; the believed loss vectors of
    /// pending points believed feasible join the front (kriging believer), not the reference point. The front's
    /// three largest hypervolume contributors are the incumbents.
    func hypervolumePlan(
        _ fits: [OutcomeModel], outcomes: OutcomeHistory, believedFeasible: [Bool], declaredReference: [Double]?
    ) -> OutcomeAcquisitionPlan {
        let vectors = outcomes.points.indices.map { r in fits.map { $0.fitted[r] } }
        let normalization = ObjectiveNormalization(values: vectors)
        let feasibleRows = outcomes.feasible.indices.filter { outcomes.feasible[$0] }
        let feasible = feasibleRows.map { normalization.normalized(vectors[$0]) }
        let frontPositions = ParetoFront.indices(of: feasible)
        let front = frontPositions.map { feasible[$0] }
        // A reference point the study declares (in losses: the objective models are fitted without warping, so
        // losses are their units) bounds the region where improvement counts, as BoTorch's qEHVI takes the
        // problem's reference point; otherwise the rule of `ObjectiveNormalization.referencePoint`.
        let reference =
            declaredReference.map(normalization.normalized) ?? ObjectiveNormalization.referencePoint(of: feasible)
        var believedFront = front
        for i in believedFeasible.indices where believedFeasible[i] {
            let believed = fits.map { $0.believed[i] }
            if believed.allSatisfy(\.isFinite) { believedFront.append(normalization.normalized(believed)) }
        }
        let region = ImprovementRegion(front: believedFront, reference: reference)
        let boxes = region.boxes.map {
            ExpectedHypervolumeImprovement.Box(
                lower: normalization.original($0.lower), upper: normalization.original($0.upper))
        }
        let contributions = Hypervolume.contributions(of: front, reference: reference)
        let incumbents = front.indices.sorted { contributions[$0] > contributions[$1] }.prefix(3)
        return OutcomeAcquisitionPlan(
            terms: [LogExpectedHypervolumeImprovement(models: fits.map(\.model), boxes: boxes)],
            incumbentRows: incumbents.map { feasibleRows[frontPositions[$0]] }, kind: "log_ehvi",
            primaryModel: fits[0].model)
    }
}
