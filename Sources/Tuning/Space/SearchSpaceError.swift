/// A search space or a parameter assignment that cannot be used; every case names the parameter at fault.
public enum SearchSpaceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `low ≥ high` for a float or int parameter.
    case emptyRange(parameter: String, low: Double, high: Double)
    /// A bound that is NaN or infinite.
    case nonFiniteBound(parameter: String)
    /// A log-scaled parameter whose lower bound is ≤ 0.
    case nonPositiveLogBound(parameter: String, low: Double)
    /// A step ≤ 0, a step that does not divide `high − low`, or a step combined with a log scale.
    case invalidStep(parameter: String, step: Int, reason: String)
    /// A categorical parameter without choices.
    case emptyChoices(parameter: String)
    /// A categorical parameter that lists the same choice twice.
    case duplicateChoice(parameter: String, choice: ParameterValue)
    /// Two parameters with the same name.
    case duplicateParameter(String)
    /// A condition whose parent is not a parameter of the space.
    case unknownParent(parameter: String, parent: String)
    /// A condition whose parent is not categorical.
    case parentNotCategorical(parameter: String, parent: String)
    /// A condition value that is not one of the parent's choices.
    case conditionValueNotAChoice(parameter: String, value: ParameterValue)
    /// Conditions that form a cycle (a → b → … → a).
    case conditionCycle(parameters: [String])
    /// A parameter assignment without a value for an active parameter.
    case missingValue(parameter: String)
    /// A parameter assignment with a value outside the parameter's domain.
    case invalidValue(parameter: String, value: ParameterValue)
    /// A parameter assignment naming a parameter the space does not have, or one that is inactive.
    case unexpectedParameter(String)

    public var description: String {
        switch self {
        case .emptyRange(let p, let low, let high): return "parameter '\(p)': low (\(low)) must be below high (\(high))"
        case .nonFiniteBound(let p): return "parameter '\(p)': bounds must be finite"
        case .nonPositiveLogBound(let p, let low): return "parameter '\(p)': a log scale needs low > 0 (got \(low))"
        case .invalidStep(let p, let step, let reason): return "parameter '\(p)': invalid step \(step): \(reason)"
        case .emptyChoices(let p): return "parameter '\(p)': no choices"
        case .duplicateChoice(let p, let c): return "parameter '\(p)': choice '\(c)' is listed twice"
        case .duplicateParameter(let p): return "parameter '\(p)' is defined twice"
        case .unknownParent(let p, let parent): return "parameter '\(p)': unknown parent '\(parent)'"
        case .parentNotCategorical(let p, let parent):
            return "parameter '\(p)': parent '\(parent)' must be categorical"
        case .conditionValueNotAChoice(let p, let v):
            return "parameter '\(p)': condition value '\(v)' is not a choice of its parent"
        case .conditionCycle(let ps): return "parameters \(ps.joined(separator: " → ")) form a cycle of conditions"
        case .missingValue(let p): return "parameter '\(p)': no value given"
        case .invalidValue(let p, let v): return "parameter '\(p)': value '\(v)' is outside its domain"
        case .unexpectedParameter(let p): return "parameter '\(p)' is not an active parameter of the search space"
        }
    }
}
