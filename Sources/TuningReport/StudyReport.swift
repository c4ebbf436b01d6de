import Foundation
import Tuning

/// The contents of `tuner report`: a study's summary and its charts, rendered as one self-contained HTML page
/// (`html()`: inline CSS and inline SVG, no scripts, no network access).
///
/// Sections, in order:
/// 1. Summary: trial counts by state, the best trial and, when noise makes it another one, the recommended
///    trial (`Recommendation`), each with its number, value, parameters and user attributes but the bookkeeping
///    ones (`TrialAttributeKeys`); the ten best trials.
/// 2. Optimization history: every complete trial's value in trial order, the best-so-far line, pruned trials
///    (at their last intermediate value) and failed ones (at the worst value seen) marked apart.
/// 3. Parallel coordinates: one axis per searched parameter (categoricals included) and one for the value, a line
///    per complete trial colored by its value (bright = better).
/// 4. Parameter importance: Kelley's ε² main-effect fraction per parameter (`ParameterImportance`).
/// 5. Slice plots: value against each parameter, on a log axis for log parameters and a category axis for
///    categorical ones.
///
/// A study with several objectives adds, after the summary, the Pareto front (scatter plots of the objectives
/// over all complete trials with the front highlighted and infeasible trials marked, and the front as a table)
/// and the hypervolume after each trial (`StudyReport+Pareto.swift`); the other charts show the primary
/// objective. With constraints, the best and the ten best trials are feasible ones.
public struct StudyReport: Sendable {
    public let spec: StudySpec
    /// Every trial, by number.
    public let trials: [Trial]
    /// When the report was made (shown in the page footer).
    public var generatedAt: Date

    public init(spec: StudySpec, trials: [Trial], generatedAt: Date = Date()) {
        self.spec = spec
        self.trials = trials.sorted { $0.number < $1.number }
        self.generatedAt = generatedAt
    }

    /// The complete trials with a finite value, by number.
    public var completeTrials: [Trial] {
        trials.filter { $0.state == .complete && ($0.value?.isFinite ?? false) }
    }

    /// The number of trials in each state (states without trials are left out), in `TrialState.allCases` order.
    public var stateCounts: [(state: TrialState, count: Int)] {
        TrialState.allCases.compactMap { state in
            let n = trials.filter { $0.state == state }.count
            return n > 0 ? (state, n) : nil
        }
    }

    /// The complete trials that can be the best: every one, or with constraints the feasible ones.
    var rankedTrials: [Trial] {
        let objectives = spec.objectives
        return objectives.constraints.isEmpty ? completeTrials : completeTrials.filter(objectives.isFeasible)
    }

    /// The best complete trial for the study's direction (the lowest number among equal values); feasible when the
    /// study has constraints.
    public var bestTrial: Trial? {
        rankedTrials.reduce(nil) { best, t in
            guard let b = best else { return t }
            return spec.direction.isBetter(t.value!, than: b.value!) ? t : b
        }
    }

    /// The configuration recommended at the end (`Recommendation`: the best GP posterior mean among the
    /// evaluated trials when the values are noisy, else the best observed trial).
    public var recommendation: Recommendation? {
        let objectives = spec.objectives
        guard !objectives.isMultiObjective else { return nil }
        let candidates = trials.filter { $0.state != .complete || objectives.isFeasible($0) }
        return Recommendation.recommend(in: candidates, space: spec.space, direction: spec.direction)
    }

    /// The `limit` best complete trials (feasible ones when the study has constraints), best first.
    public func topTrials(_ limit: Int) -> [Trial] {
        Array(
            rankedTrials.sorted { a, b in
                a.value! == b.value! ? a.number < b.number : spec.direction.isBetter(a.value!, than: b.value!)
            }.prefix(limit))
    }

    /// The best value after each complete (with constraints: feasible) trial, in trial order: (trial number,
    /// best-so-far value).
    public var bestSoFar: [(number: Int, value: Double)] {
        var best: Double?
        return rankedTrials.map { t in
            if best == nil || spec.direction.isBetter(t.value!, than: best!) { best = t.value }
            return (t.number, best!)
        }
    }

    /// The parameters the sampler searched (fixed ones left out), in space order.
    public var searchedParameters: [Parameter] {
        spec.space.parameters.filter { if case .fixed = $0.domain { return false } else { return true } }
    }

    /// Parameter importance (`ParameterImportance.compute`) over this study's trials.
    public var importance: [ParameterImportance.Entry] {
        ParameterImportance.compute(space: spec.space, trials: trials)
    }

    /// A name for the objective value: the primary objective of a study with several objectives or constraints,
    /// else the study's `metric` user attribute when set, else "value".
    public var valueLabel: String {
        spec.objectives.isSingleValued ? spec.userAttributes["metric"] ?? "value" : spec.objectives.primary.name
    }

    /// One line on what the study found, as `tuner report` prints it: `best trial #4 = 3.90407`, `Pareto front: 3
    /// trials`, or `no complete trial`.
    public var resultLine: String {
        if spec.objectives.isMultiObjective, !completeTrials.isEmpty {
            return ParetoSummary(objectives: spec.objectives, trials: trials).headline
        }
        return bestTrial.map { "best trial #\($0.number) = \(String(format: "%.6g", $0.value!))" }
            ?? "no complete trial"
    }
}
