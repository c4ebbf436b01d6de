import Foundation
import Tuning

/// A multi-objective problem as a study tunes it: every objective `f1`, `f2`, … minimized and every constraint
/// `g1`, `g2`, … an outcome constraint `g_i <= 0`, measured by an objective that reports all of them as metrics.
extension MultiObjectiveProblem {
    /// The objectives `f1`, … (minimized), the constraints `g1 <= 0`, … and the reference point: what a study of
    /// the problem declares.
    public var studyObjectives: StudyObjectives {
        // The names are f1…fM and g1…gK, distinct and valid, the bounds 0 and the reference point finite, one value
        // per objective: this cannot throw.
        try! StudyObjectives(
            objectives: objectiveNames.map { ObjectiveMetric(name: $0, direction: .minimize) },
            constraints: constraintNames.map { OutcomeConstraint(metric: $0, relation: .atMost, bound: 0) },
            referencePoint: referencePoint)
    }

    /// Every metric the objective reports: the objectives, then the constraint values, each in the direction
    /// that improves it (a constraint value is better the lower it is).
    public var reportedMetrics: [ObjectiveMetric] {
        (objectiveNames + constraintNames).map { ObjectiveMetric(name: $0, direction: .minimize) }
    }

    /// The metrics of the problem at `params`: `f1`, … and `g1`, … by name.
    public func metrics(at params: Parameters) -> [String: Double] {
        let (objectives, constraints) = evaluate(params)
        var metrics: [String: Double] = [:]
        for (name, value) in zip(objectiveNames, objectives) { metrics[name] = value }
        for (name, value) in zip(constraintNames, constraints) { metrics[name] = value }
        return metrics
    }

    /// The problem as an objective: a trial's metrics are `metrics(at:)` of its parameters `x1`, …, `xd`.
    public var objective: MetricsObjective {
        let problem = self
        return MetricsObjective { trial in problem.metrics(at: trial.params) }
    }

    /// One line for the start of a study's output: `zdt1 (d = 6, 2 objectives, reference point (11, 11),
    /// maximum hypervolume 120.66666666666667)`.
    public var summary: String {
        let reference = referencePoint.map { "\($0.rounded() == $0 ? String(Int($0)) : "\($0)")" }
        let constraints =
            constraintNames.isEmpty ? "" : ", constraints \(constraintNames.joined(separator: ", ")) ≤ 0"
        return "\(name) (d = \(dimension), \(objectiveNames.count) objectives\(constraints), reference point "
            + "(\(reference.joined(separator: ", "))), maximum hypervolume \(maximumHypervolume))"
    }
}
