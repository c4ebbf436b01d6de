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
    /// A categorical choice or fixed value that is a NaN or infinite real (NaN ≠ NaN, so it could never be
    /// matched again; ±∞ cannot be passed to an objective as a number).
    case nonFiniteChoice(parameter: String, choice: ParameterValue)
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

    /// One line naming the parameter; user-given names and values are echoed with their control characters
    /// escaped (`\n`), so a name containing a newline cannot split the message.
    public var description: String {
        func q(_ text: String) -> String { "'" + text.escapingControlCharacters + "'" }
        func q(_ value: ParameterValue) -> String { q("\(value)") }
        switch self {
        case .emptyRange(let p, let low, let high):
            return "parameter \(q(p)): low (\(low)) must be below high (\(high))"
        case .nonFiniteBound(let p): return "parameter \(q(p)): bounds must be finite"
        case .nonPositiveLogBound(let p, let low): return "parameter \(q(p)): a log scale needs low > 0 (got \(low))"
        case .invalidStep(let p, let step, let reason): return "parameter \(q(p)): invalid step \(step): \(reason)"
        case .emptyChoices(let p): return "parameter \(q(p)): no choices"
        case .duplicateChoice(let p, let c): return "parameter \(q(p)): choice \(q(c)) is listed twice"
        case .nonFiniteChoice(let p, let c):
            return "parameter \(q(p)): choice \(q(c)) is not a finite number (NaN and ±inf are not allowed)"
        case .duplicateParameter(let p): return "parameter \(q(p)) is defined twice"
        case .unknownParent(let p, let parent): return "parameter \(q(p)): unknown parent \(q(parent))"
        case .parentNotCategorical(let p, let parent):
            return "parameter \(q(p)): parent \(q(parent)) must be categorical"
        case .conditionValueNotAChoice(let p, let v):
            return "parameter \(q(p)): condition value \(q(v)) is not a choice of its parent"
        case .conditionCycle(let ps):
            let names = ps.map(\.escapingControlCharacters).joined(separator: " → ")
            return "parameters \(names) form a cycle of conditions"
        case .missingValue(let p): return "parameter \(q(p)): no value given"
        case .invalidValue(let p, let v): return "parameter \(q(p)): value \(q(v)) is outside its domain"
        case .unexpectedParameter(let p): return "parameter \(q(p)) is not an active parameter of the search space"
        }
    }
}
