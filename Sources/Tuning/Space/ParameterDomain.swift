import Foundation

/// The set of values one hyperparameter may take.
///
/// - `float(low, high, log)`: reals in [low, high]; with `log`, sampled and modelled in ln-space (needs low > 0).
/// - `int(low, high, step, log)`: the integers low, low + step, …, high; with `log` (step 1 only) modelled
///   in ln-space over the relaxed interval [low − ½, high + ½], so every integer owns a cell of the cube.
/// - `categorical(choices)`: an unordered set of strings, numbers or booleans.
/// - `fixed(value)`: a constant, passed to the objective but never searched.
public enum ParameterDomain: Hashable, Sendable, Codable {
    case float(low: Double, high: Double, log: Bool)
    case int(low: Int, high: Int, step: Int, log: Bool)
    case categorical([ParameterValue])
    case fixed(ParameterValue)

    /// Throws the first problem found, naming `parameter`.
    func validate(parameter p: String) throws {
        switch self {
        case .float(let low, let high, let log):
            guard low.isFinite, high.isFinite else { throw SearchSpaceError.nonFiniteBound(parameter: p) }
            guard low < high else { throw SearchSpaceError.emptyRange(parameter: p, low: low, high: high) }
            if log && low <= 0 { throw SearchSpaceError.nonPositiveLogBound(parameter: p, low: low) }
        case .int(let low, let high, let step, let log):
            guard low < high else {
                throw SearchSpaceError.emptyRange(parameter: p, low: Double(low), high: Double(high))
            }
            if log && low <= 0 { throw SearchSpaceError.nonPositiveLogBound(parameter: p, low: Double(low)) }
            guard step >= 1 else {
                throw SearchSpaceError.invalidStep(parameter: p, step: step, reason: "must be ≥ 1")
            }
            if log && step != 1 {
                throw SearchSpaceError.invalidStep(parameter: p, step: step, reason: "a log scale needs step 1")
            }
            guard Self.span(from: low, to: high) % UInt64(step) == 0 else {
                throw SearchSpaceError.invalidStep(parameter: p, step: step, reason: "must divide high − low")
            }
        case .categorical(let choices):
            guard !choices.isEmpty else { throw SearchSpaceError.emptyChoices(parameter: p) }
            for c in choices where !c.isFiniteWhenReal {
                throw SearchSpaceError.nonFiniteChoice(parameter: p, choice: c)
            }
            var seen = Set<ParameterValue>()
            for c in choices where !seen.insert(c).inserted {
                throw SearchSpaceError.duplicateChoice(parameter: p, choice: c)
            }
        case .fixed(let v):
            guard v.isFiniteWhenReal else { throw SearchSpaceError.nonFiniteChoice(parameter: p, choice: v) }
        }
    }

    /// Whether `value` is a member of the domain (ints are accepted for floats; integral floats for ints).
    public func contains(_ value: ParameterValue) -> Bool {
        switch self {
        case .float(let low, let high, _):
            guard let x = value.doubleValue else { return false }
            return x >= low && x <= high
        case .int(let low, let high, let step, _):
            guard let i = value.intValue, value.stringValue == nil else { return false }
            return step >= 1 && i >= low && i <= high && Self.span(from: low, to: i) % UInt64(step) == 0
        case .categorical(let choices):
            return choices.contains(value)
        case .fixed(let v):
            return v == value
        }
    }

    /// The value in canonical form (an int given for a float parameter becomes `.float`), nil if outside.
    public func canonical(_ value: ParameterValue) -> ParameterValue? {
        guard contains(value) else { return nil }
        switch self {
        case .float: return .float(value.doubleValue!)
        case .int: return .int(value.intValue!)
        default: return value
        }
    }

    /// Number of distinct values for ints and categoricals (1 for fixed), nil for floats. An int range with
    /// more than `Int.max` values (e.g. all of `Int.min…Int.max`) answers `Int.max`.
    public var cardinality: Int? {
        switch self {
        case .float: return nil
        case .int(let low, let high, let step, _):
            let last = Self.lastIndex(low: low, high: high, step: step)
            return last < UInt64(Int.max) ? Int(last) + 1 : Int.max
        case .categorical(let c): return c.count
        case .fixed: return 1
        }
    }
}
