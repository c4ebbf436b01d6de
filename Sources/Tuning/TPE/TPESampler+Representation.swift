import Foundation

/// The internal representation TPE models parameters in (Bergstra et al. 2011, §4: ln x for log scales), and
/// the way back to valid parameter values. Every map is safe for any valid bounds: int ranges that reach
/// `Int.min`/`Int.max` and float ranges as wide as ±`Double.greatestFiniteMagnitude`.
extension TPESampler {
    /// A parameter's internal domain: ln-space for log scales (log ints relaxed to [low − ½, high + ½]), and
    /// for linear floats the value times `linearScale` (1 unless the bounds are huge).
    static func dimension(_ p: Parameter) -> ParzenEstimator.Dimension {
        switch p.domain {
        case .float(let low, let high, let log):
            let s = linearScale(low: low, high: high)
            return log
                ? .numeric(low: Foundation.log(low), high: Foundation.log(high), step: nil)
                : .numeric(low: low * s, high: high * s, step: nil)
        case .int(let low, let high, let step, let log):
            return log
                ? .numeric(low: Foundation.log(Double(low) - 0.5), high: Foundation.log(Double(high) + 0.5), step: nil)
                : .numeric(low: Double(low), high: Double(high), step: Double(step))
        case .categorical(let c): return .categorical(count: c.count)
        case .fixed: return .categorical(count: 1)
        }
    }

    /// A value in the internal representation.
    static func `internal`(_ p: Parameter, _ v: ParameterValue) -> Double {
        switch p.domain {
        case .float(let low, let high, let log):
            return log ? Foundation.log(v.doubleValue!) : v.doubleValue! * linearScale(low: low, high: high)
        case .int(_, _, _, let log): return log ? Foundation.log(Double(v.intValue!)) : Double(v.intValue!)
        case .categorical(let c): return Double(c.firstIndex(of: v) ?? 0)
        case .fixed: return 0
        }
    }

    /// The parameter value of an internal-representation number (clamped and rounded to be valid). Ints go
    /// through their grid index, clamped before it becomes an integer, so ranges that reach `Int.min` or
    /// `Int.max` cannot overflow.
    static func external(_ p: Parameter, _ x: Double) -> ParameterValue {
        switch p.domain {
        case .float(let low, let high, let log):
            let value = log ? Foundation.exp(x) : x / linearScale(low: low, high: high)
            return .float(min(max(value, low), high))
        case .int(let low, let high, let step, let log):
            let raw = log ? Foundation.exp(x) : x
            let k = ((raw - Double(low)) / Double(step)).rounded()
            let last = ParameterDomain.lastIndex(low: low, high: high, step: step)
            let index = ParameterDomain.clampedIndex(k, last: last)
            return .int(ParameterDomain.gridValue(low: low, step: step, index: index))
        case .categorical(let c): return c[min(max(Int(x), 0), c.count - 1)]
        case .fixed(let v): return v
        }
    }

    /// The power of two 2^−e that brings the larger bound magnitude of a linear float range to at most 2^996,
    /// so that kernel widths (up to high − low), centres and Gaussian draws (μ + σ·z, |z| < 9) stay finite for
    /// bounds up to ±`Double.greatestFiniteMagnitude`. It is 1 for every range within ±2^996 ≈ ±6.7e299,
    /// and scaling by a power of two is exact, so such ranges are modelled exactly as without it.
    static func linearScale(low: Double, high: Double) -> Double {
        let e = Int(max(low.magnitude, high.magnitude).exponent) - 996
        return e > 0 ? Double(sign: .plus, exponent: -e, significand: 1) : 1
    }
}
