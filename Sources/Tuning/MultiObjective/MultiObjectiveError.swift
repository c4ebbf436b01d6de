/// Errors in declaring a study's objectives and constraints, or in what a trial reported for them.
public enum MultiObjectiveError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidMetricName(String)
    case invalidObjective(String)
    case invalidConstraint(String)
    case duplicateObjective(String)
    case noObjectives
    /// More objectives than a study may declare (`count`, at most `maximum`).
    case tooManyObjectives(count: Int, maximum: Int)
    case constraintBoundNotFinite(String)
    /// A reference point that is not one finite value per objective.
    case invalidReferencePoint(count: Int)
    /// A trial's result lacks a metric the study needs (an objective or a constrained metric).
    case missingMetric(String)
    /// A reported metric is NaN or infinite.
    case nonFiniteMetric(String, Double)

    public var description: String {
        switch self {
        case .invalidMetricName(let n):
            return "metric name '\(n)' must be 1-\(ObjectiveMetric.maxNameLength) letters, digits, '_', '-' or '.', "
                + "starting with a letter or '_'"
        case .invalidObjective(let t): return "objective '\(t)' must be NAME:minimize or NAME:maximize"
        case .invalidConstraint(let t): return "constraint '\(t)' must be METRIC <= BOUND or METRIC >= BOUND"
        case .duplicateObjective(let n): return "objective '\(n)' is declared twice"
        case .noObjectives: return "a study needs at least one objective"
        case .tooManyObjectives(let count, let maximum):
            return "a study may declare at most \(maximum) objectives, got \(count)"
        case .constraintBoundNotFinite(let m): return "the bound of the constraint on '\(m)' must be finite"
        case .invalidReferencePoint(let n): return "the reference point must be \(n) finite numbers, one per objective"
        case .missingMetric(let n): return "the result has no metric '\(n)'"
        case .nonFiniteMetric(let n, let v): return "metric '\(n)' is \(v)"
        }
    }
}
