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
            guard step >= 1 else { throw SearchSpaceError.invalidStep(parameter: p, step: step, reason: "must be ≥ 1") }
            if log && step != 1 {
                throw SearchSpaceError.invalidStep(parameter: p, step: step, reason: "a log scale needs step 1")
            }
            guard (high - low) % step == 0 else {
                throw SearchSpaceError.invalidStep(parameter: p, step: step, reason: "must divide high − low")
            }
        case .categorical(let choices):
            guard !choices.isEmpty else { throw SearchSpaceError.emptyChoices(parameter: p) }
            var seen = Set<ParameterValue>()
            for c in choices where !seen.insert(c).inserted {
                throw SearchSpaceError.duplicateChoice(parameter: p, choice: c)
            }
        case .fixed:
            break
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
            return i >= low && i <= high && (i - low) % step == 0
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

    /// Number of distinct values for ints and categoricals (1 for fixed), nil for floats.
    public var cardinality: Int? {
        switch self {
        case .float: return nil
        case .int(let low, let high, let step, _): return (high - low) / step + 1
        case .categorical(let c): return c.count
        case .fixed: return 1
        }
    }

    /// The value at position u ∈ [0, 1] of the domain's natural uniform measure: linear or logarithmic for
    /// floats; for ints and categoricals each value owns an equal cell ([k/n, (k+1)/n) → value k), except
    /// log ints, whose cells are equal in ln-space over [low − ½, high + ½].
    public func value(atUnit u: Double) -> ParameterValue {
        let u = min(max(u, 0), 1)
        switch self {
        case .float(let low, let high, let log):
            let x =
                log
                ? Foundation.exp(Foundation.log(low) + u * (Foundation.log(high) - Foundation.log(low)))
                : low + u * (high - low)
            return .float(min(max(x, low), high))
        case .int(let low, let high, let step, let log):
            if log {
                let a = Foundation.log(Double(low) - 0.5)
                let b = Foundation.log(Double(high) + 0.5)
                let x = Foundation.exp(a + u * (b - a)).rounded()
                return .int(min(max(Int(x), low), high))
            }
            let n = cardinality!
            return .int(low + step * min(Int(u * Double(n)), n - 1))
        case .categorical(let choices):
            return choices[min(Int(u * Double(choices.count)), choices.count - 1)]
        case .fixed(let v):
            return v
        }
    }

    /// The inverse of `value(atUnit:)`: a position in [0, 1] (the centre of the value's cell for discrete
    /// domains), so that `value(atUnit: unit(of: v)) == v` for every member v.
    public func unit(of value: ParameterValue) -> Double {
        switch self {
        case .float(let low, let high, let log):
            let x = value.doubleValue ?? low
            let u =
                log
                ? (Foundation.log(x) - Foundation.log(low)) / (Foundation.log(high) - Foundation.log(low))
                : (x - low) / (high - low)
            return min(max(u, 0), 1)
        case .int(let low, let high, let step, let log):
            let i = min(max(value.intValue ?? low, low), high)
            if log {
                let a = Foundation.log(Double(low) - 0.5)
                let b = Foundation.log(Double(high) + 0.5)
                return min(max((Foundation.log(Double(i)) - a) / (b - a), 0), 1)
            }
            return (Double((i - low) / step) + 0.5) / Double(cardinality!)
        case .categorical(let choices):
            let k = choices.firstIndex(of: value) ?? 0
            return (Double(k) + 0.5) / Double(choices.count)
        case .fixed:
            return 0.5
        }
    }

    /// A value drawn uniformly from the domain's natural measure (see `value(atUnit:)`).
    public func randomValue(using rng: inout some RandomNumberGenerator) -> ParameterValue {
        switch self {
        case .int(let low, _, let step, false): return .int(low + step * Int.random(in: 0..<cardinality!, using: &rng))
        case .categorical(let c): return c[Int.random(in: 0..<c.count, using: &rng)]
        case .fixed(let v): return v
        default: return value(atUnit: Double.random(in: 0..<1, using: &rng))
        }
    }
}
