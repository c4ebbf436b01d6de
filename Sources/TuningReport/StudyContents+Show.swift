import Foundation
import Tuning

/// `tuner show`'s views of a study: a text table of its trials with the best one, or one JSON object.
extension StudyContents {
    /// `{"study","direction","seed","counts","trials","best_trial","recommended_trial","recommended_method"}`,
    /// trials as `TrialFormat.json`; the recommended trial is `Recommendation`'s (the best observed one unless
    /// the values are noisy).
    public func showJSON() -> JSONValue {
        let recommendation = recommendation
        return .object([
            ("study", .string(spec.name)), ("direction", .string(spec.direction.rawValue)),
            ("seed", .int(Int(truncatingIfNeeded: spec.seed))),
            ("counts", TrialFormat.countsJSON(overview)),
            ("trials", .array(trials.map(TrialFormat.json))),
            ("best_trial", bestTrial.map(TrialFormat.json) ?? .null),
            ("recommended_trial", recommendation.map { TrialFormat.json($0.trial) } ?? .null),
            ("recommended_method", recommendation.map { .string($0.method.rawValue) } ?? .null),
        ])
    }

    /// The study's recommended configuration (`Recommendation`).
    public var recommendation: Recommendation? {
        Recommendation.recommend(in: trials, space: spec.space, direction: spec.direction)
    }

    /// The lines of the text view: a headline with counts; then, when there are trials, a table (number, state,
    /// value, duration, one column per parameter), one line per failed trial with its reason, and the best
    /// trial with its parameters and its user attributes (those not `TrialAttributeKeys.isBookkeeping`), or "No
    /// trial completed.".
    public func showLines() -> [String] {
        let overview = overview
        var lines = [
            "Study '\(spec.name)': \(spec.direction.rawValue), \(overview.trialCount) trials "
                + "(\(TrialFormat.counts(overview)))"
        ]
        guard !trials.isEmpty else { return lines }
        let names = parameterNames
        var rows = [["#", "state", "value", "duration"] + names]
        for t in trials {
            rows.append(
                ["\(t.number)", t.state.rawValue, TrialFormat.value(t.value), TrialFormat.duration(t.duration)]
                    + names.map { t.params[$0].map(TrialFormat.param) ?? "-" })
        }
        lines.append(TextTable.render(rows))
        for t in trials where t.state == .failed {
            lines.append("trial \(t.number) failed: \(t.failureReason ?? "no reason recorded")")
        }
        for t in trials where t.state == .running {
            if let lease = TrialLease.summary(of: t) { lines.append("trial \(t.number) running: \(lease)") }
        }
        guard let best = bestTrial else { return lines + ["No trial completed."] }
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
