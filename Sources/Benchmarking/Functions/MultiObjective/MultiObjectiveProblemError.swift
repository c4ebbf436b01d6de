/// Why a multi-objective problem could not be built; each description is one line.
public enum MultiObjectiveProblemError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A dimension below the problem's minimum (ZDT: 2; DTLZ2 with M objectives: M; C2-DTLZ2: 2).
    case dimensionTooSmall(problem: String, dimension: Int, minimum: Int)
    /// DTLZ2 with fewer than 2 objectives.
    case tooFewObjectives(problem: String, objectives: Int)

    public var description: String {
        switch self {
        case .dimensionTooSmall(let problem, let dimension, let minimum):
            return "\(problem): dimension \(dimension) is below its minimum \(minimum)"
        case .tooFewObjectives(let problem, let objectives):
            return "\(problem): \(objectives) objectives; it needs at least 2"
        }
    }
}
