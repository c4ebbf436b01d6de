import Foundation
import Tuning

/// The front as the command line prints it.
extension ParetoSummary {
    /// `Pareto front: 3 trials (hypervolume 0.0421 from accuracy 0.8, latency_ms 30)` (with one objective, the
    /// best trials, without a hypervolume).
    public var headline: String {
        var line = "Pareto front: \(front.count) trial\(front.count == 1 ? "" : "s")"
        if objectives.isMultiObjective, let hypervolume, let reference {
            let point = zip(objectives.objectives, reference).map { "\($0.name) \(TrialFormat.value($1))" }
            line += " (hypervolume \(TrialFormat.value(hypervolume)) from \(point.joined(separator: ", ")))"
        }
        return line
    }

    /// `Feasible: 12 of 20 complete trials (latency_ms <= 20)`, nil without constraints or complete trials.
    public var feasibilityLine: String? {
        guard !objectives.constraints.isEmpty, let feasibility else { return nil }
        let constraints = objectives.constraints.map(\.description).joined(separator: ", ")
        return "Feasible: \(feasibility.feasible) of \(feasibility.complete) complete trials (\(constraints))"
    }

    /// A table of the front: trial number, every metric the study needs (`requiredMetrics`: the objectives, then
    /// constrained metrics), then either one column per parameter of `parameterNames` (`-` when inactive) or,
    /// with `compactParameters`, one `params` column of `name=value` pairs.
    public func table(parameterNames: [String], compactParameters: Bool) -> String {
        let metrics = objectives.requiredMetrics
        var rows = [["#"] + metrics + (compactParameters ? ["params"] : parameterNames)]
        for t in front {
            var row = ["\(t.number)"] + metrics.map { TrialFormat.value(objectives.value(of: $0, in: t)) }
            if compactParameters {
                row.append(
                    parameterNames.compactMap { name in t.params[name].map { "\(name)=\(TrialFormat.param($0))" } }
                        .joined(separator: " "))
            } else {
                row += parameterNames.map { t.params[$0].map(TrialFormat.param) ?? "-" }
            }
            rows.append(row)
        }
        return TextTable.render(rows)
    }
}
