import Foundation
import Tuning

/// The summary as the command line prints it after a study.
extension StudySummary {
    /// The text lines: `Finished: N trials (c complete, p pruned, f failed) in m:ss` (or `Interrupted: …`), then
    /// `No trial completed.` or the best trial's metric (`mean ± std (k-fold CV)` when cross-validated), its
    /// evaluation and its parameters. With constraints a line `Feasible: f of c complete trials (…)` follows the
    /// first; with several objectives the front replaces the best trial (`Pareto front: k trials (hypervolume …)`
    /// and a table: number, every metric, the parameters).
    public func lines() -> [String] {
        var lines = [
            "\(interrupted ? "Interrupted" : "Finished"): \(trials.count) trials (\(count(.complete)) complete, "
                + "\(count(.pruned)) pruned, \(count(.failed)) failed) in \(StudyProgress.clock(elapsed))"
        ]
        if !objectives.isSingleValued {
            let pareto = ParetoSummary(objectives: objectives, trials: trials)
            if let feasible = pareto.feasibilityLine { lines.append(feasible) }
            if objectives.isMultiObjective {
                guard !pareto.front.isEmpty else { return lines + ["No feasible trial completed."] }
                let table = pareto.table(parameterNames: parameterNames, compactParameters: true)
                return lines + [pareto.headline] + table.split(separator: "\n").map { "  " + $0 }
            }
        }
        guard let best else {
            return lines + [objectives.constraints.isEmpty ? "No trial completed." : "No feasible trial completed."]
        }
        if let cv = Self.crossValidation(best) {
            let value = String(format: "%.4g ± %.2g", best.value ?? .nan, cv.std)
            lines.append("Best trial #\(best.number): \(metric) \(value) (\(cv.folds)-fold CV)")
        } else {
            lines.append("Best trial #\(best.number): \(metric) \(String(format: "%.6g", best.value ?? .nan))")
        }
        let chosen = recommended ?? best
        if let recommendation, chosen.number != best.number {
            lines.append(
                "Recommended trial #\(chosen.number): \(metric) \(String(format: "%.6g", chosen.value ?? .nan)) "
                    + "observed, \(String(format: "%.6g", recommendation.predictedValue)) predicted "
                    + "(best GP posterior mean: the values are noisy)")
        }
        for e in evaluation {
            lines.append("  \(e.name.replacingOccurrences(of: "_", with: " ")): \(String(format: "%.6g", e.value))")
        }
        if let evaluationError { lines.append("  (final evaluation failed: \(evaluationError))") }
        let width = chosen.params.keys.map(\.count).max() ?? 0
        for name in parameterNames where chosen.params[name] != nil {
            lines.append("  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(chosen.params[name]!)")
        }
        return lines
    }
}
