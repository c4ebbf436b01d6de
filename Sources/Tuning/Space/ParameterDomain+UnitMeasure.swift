import Foundation

/// The domain's natural uniform measure, seen through the unit interval: what random, Sobol' and GP-based
/// samplers draw or optimize over. Every map works for any valid bounds, including int ranges that reach
/// `Int.min` or `Int.max` and float ranges whose width overflows a `Double` (see
/// `ParameterDomain+RangeArithmetic.swift`): values always come back finite and inside [low, high].
extension ParameterDomain {
    /// The value at position u ∈ [0, 1] of the domain's natural uniform measure: linear or logarithmic for
    /// floats; for ints and categoricals each value owns an equal cell ([k/n, (k+1)/n) → value k), except
    /// log ints, whose cells are equal in ln-space over [low − ½, high + ½].
    public func value(atUnit u: Double) -> ParameterValue {
        let u = u.isNaN ? 0 : min(max(u, 0), 1)
        switch self {
        case .float(let low, let high, let log):
            guard log else { return .float(Self.interpolate(low: low, high: high, at: u)) }
            let x = Foundation.exp(Foundation.log(low) + u * (Foundation.log(high) - Foundation.log(low)))
            return .float(min(max(x, low), high))
        case .int(let low, let high, let step, let log):
            if log {
                // The ends exactly: exp(ln x) is off by a few ulps, thousands of integers near Int.max.
                if u == 0 || u == 1 { return .int(u == 0 ? low : high) }
                let a = Foundation.log(Double(low) - 0.5)
                let b = Foundation.log(Double(high) + 0.5)
                return .int(Self.clampedInt(Foundation.exp(a + u * (b - a)).rounded(), low: low, high: high))
            }
            let last = Self.lastIndex(low: low, high: high, step: step)
            let k = Self.clampedIndex(u * Self.valueCount(last: last), last: last)
            return .int(Self.gridValue(low: low, step: step, index: k))
        case .categorical(let choices):
            return choices[min(Int(u * Double(choices.count)), choices.count - 1)]
        case .fixed(let v):
            return v
        }
    }

    /// The inverse of `value(atUnit:)`: a position in [0, 1] (the centre of the value's cell for discrete
    /// domains), so that `value(atUnit: unit(of: v)) == v` for every member v of a domain of at most 2⁵² values
    /// (a `Double` position cannot tell more apart: in a larger int range the round trip lands within
    /// n·2⁻⁵² grid steps of v, still a member).
    public func unit(of value: ParameterValue) -> Double {
        switch self {
        case .float(let low, let high, let log):
            let x = value.doubleValue ?? low
            guard log else { return Self.fraction(of: x, low: low, high: high) }
            let u = (Foundation.log(x) - Foundation.log(low)) / (Foundation.log(high) - Foundation.log(low))
            return min(max(u, 0), 1)
        case .int(let low, let high, let step, let log):
            let i = min(max(value.intValue ?? low, low), high)
            if log {
                let a = Foundation.log(Double(low) - 0.5)
                let b = Foundation.log(Double(high) + 0.5)
                return min(max((Foundation.log(Double(i)) - a) / (b - a), 0), 1)
            }
            let k = Self.span(from: low, to: i) / UInt64(step)
            let last = Self.lastIndex(low: low, high: high, step: step)
            return min((Double(k) + 0.5) / Self.valueCount(last: last), 1)
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
        case .int(let low, let high, let step, false):
            let k = UInt64.random(in: 0...Self.lastIndex(low: low, high: high, step: step), using: &rng)
            return .int(Self.gridValue(low: low, step: step, index: k))
        case .categorical(let c): return c[Int.random(in: 0..<c.count, using: &rng)]
        case .fixed(let v): return v
        default: return value(atUnit: Double.random(in: 0..<1, using: &rng))
        }
    }

    /// n = last + 1 values as a `Double` (2⁶⁴ when last + 1 overflows a `UInt64`).
    static func valueCount(last: UInt64) -> Double {
        last == .max ? 0x1p64 : Double(last + 1)
    }
}
