import Foundation
import Tuning

/// `tuner show`'s views of a study: a text table of its trials with the best one, or one JSON object.
extension StudyContents {
    /// `{"study","direction","seed","counts","trials","best_trial","recommended_trial","recommended_method"}`,
    /// trials as `TrialFormat.json`; the recommended trial is `Recommendation`'s (the best observed one unless
    /// the values are noisy). A study with several objectives or constraints adds `ParetoSummary.jsonFields`.
    public func showJSON() -> JSONValue {
        let recommendation = recommendation
        let pareto = spec.objectives.isSingleValued ? [] : pareto.jsonFields
        return .object(
            [
                ("study", .string(spec.name)), ("direction", .string(spec.direction.rawValue)),
                ("seed", .int(Int(truncatingIfNeeded: spec.seed))),
                ("counts", TrialFormat.countsJSON(overview)),
                ("trials", .array(trials.map(TrialFormat.json))),
                ("best_trial", bestTrial.map(TrialFormat.json) ?? .null),
                ("recommended_trial", recommendation.map { TrialFormat.json($0.trial) } ?? .null),
                ("recommended_method", recommendation.map { .string($0.method.rawValue) } ?? .null),
            ] + pareto)
    }

    /// The study's recommended configuration (`Recommendation`): among feasible trials when there are constraints,
    /// none with several objectives (the front is the result).
    public var recommendation: Recommendation? {
        let objectives = spec.objectives
        guard !objectives.isMultiObjective else { return nil }
        let candidates = trials.filter { $0.state != .complete || objectives.isFeasible($0) }
        return Recommendation.recommend(in: candidates, space: spec.space, direction: spec.direction)
    }

    /// `tuner show --pareto`: the headline of the front (`ParetoSummary.headline`), the feasibility line when there
    /// are constraints, and a table of the front with every metric and parameter (or "No feasible trial
    /// completed.").
    public func paretoLines() -> [String] {
        let pareto = pareto
        var lines = [pareto.headline]
        if let feasible = pareto.feasibilityLine { lines.append(feasible) }
        guard !pareto.front.isEmpty else { return lines + ["No feasible trial completed."] }
        return lines + [pareto.table(parameterNames: parameterNames, compactParameters: false)]
    }

    /// The lines of the text view: a headline with counts; then, when there are trials, a table (number, state,
    /// value, one column per metric of a study with several objectives or constraints, duration, one column per
    /// parameter), one line per failed trial with its reason, and the best trial with its parameters and its user
    /// attributes (those not `TrialAttributeKeys.isBookkeeping`), or "No trial completed.". With constraints the
    /// best trial is the best feasible one, after a line `Feasible: f of c complete trials (…)`; with several
    /// objectives the front (`paretoLines`, parameters compact) takes the best trial's place.
    public func showLines() -> [String] {
        let overview = overview
        var lines = [
            "Study '\(spec.name)': \(spec.direction.rawValue), \(overview.trialCount) trials "
                + "(\(TrialFormat.counts(overview)))"
        ]
        guard !trials.isEmpty else { return lines }
        let names = parameterNames
        let metrics = metricNames
        var rows = [["#", "state", "value"] + metrics + ["duration"] + names]
        for t in trials {
            rows.append(
                ["\(t.number)", t.state.rawValue, TrialFormat.value(t.value)]
                    + metrics.map { TrialFormat.value(t.metrics[$0]) } + [TrialFormat.duration(t.duration)]
                    + names.map { t.params[$0].map(TrialFormat.param) ?? "-" })
        }
        lines.append(TextTable.render(rows))
        for t in trials where t.state == .failed {
            lines.append("trial \(t.number) failed: \(t.failureReason ?? "no reason recorded")")
        }
        for t in trials where t.state == .running {
            if let lease = TrialLease.summary(of: t) { lines.append("trial \(t.number) running: \(lease)") }
        }
        if !spec.objectives.isSingleValued {
            let pareto = pareto
            if let feasible = pareto.feasibilityLine { lines.append(feasible) }
            if spec.objectives.isMultiObjective {
                guard !pareto.front.isEmpty else { return lines + ["No feasible trial completed."] }
                return lines + [pareto.headline, pareto.table(parameterNames: names, compactParameters: true)]
            }
        }
        guard let best = bestTrial else {
            return lines + [
                spec.objectives.constraints.isEmpty ? "No trial completed." : "No feasible trial completed."
            ]
        }
        lines.append("Best trial #\(best.number): value \(TrialFormat.value(best.value))")
        if let recommended = recommendation, recommended.trial.number != best.number {
            lines.append(
                "Recommended trial #\(recommended.trial.number): value \(TrialFormat.value(recommended.trial.value)), "
                    + "predicted \(TrialFormat.value(recommended.predictedValue)) (best GP posterior mean: the values "
                    + "are noisy)")
        }
        let width = best.params.keys.map(\.count).max() ?? 0
        for name in names where best.params[name] != nil {
            lines.append("  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(best.params[name]!)")
        }
        let attributes = TrialAttributeKeys.shown(best.userAttributes)
        guard !attributes.isEmpty else { return lines }
        lines.append("  user attributes:")
        let keyWidth = attributes.map(\.key.escapingControlCharacters.count).max() ?? 0
        for (key, value) in attributes {
            let shownKey = key.escapingControlCharacters.padding(toLength: keyWidth, withPad: " ", startingAt: 0)
            lines.append("    \(shownKey)  \(value.escapingControlCharacters)")
        }
        return lines
    }
}
