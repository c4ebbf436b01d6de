import Foundation

/// Arithmetic on ranges that never overflows, whatever bounds a user writes.
///
/// An int range may reach `Int.min` or `Int.max`, so `high − low` can exceed `Int.max` (it is below 2⁶⁴
/// and fits a `UInt64`), and a float range such as [−1e308, 1e308] has a width that overflows to +∞.
/// Positions on an int grid are therefore counted in `UInt64` (index k of value low + k·step, k ∈ [0, n]
/// with n = (high − low)/step), and real ranges are interpolated as the convex combination
/// (1 − u)·low + u·high, which is finite and in [low, high] whenever the bounds are finite.
extension ParameterDomain {
    /// The index n of `high` on the grid low, low + step, …, high: (high − low)/step, exact for every pair
    /// low < high of `Int`s (the difference is taken modulo 2⁶⁴, where it is exact because
    /// 0 < high − low < 2⁶⁴).
    static func lastIndex(low: Int, high: Int, step: Int) -> UInt64 {
        span(from: low, to: high) / UInt64(step)
    }

    /// x − low as an unsigned number, for x ≥ low (exact even when the difference exceeds `Int.max`).
    static func span(from low: Int, to x: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: x &- low)
    }

    /// low + k·step, for an index k ∈ [0, lastIndex]: the sum is computed modulo 2⁶⁴ and is exact because the
    /// true result lies in [low, high].
    static func gridValue(low: Int, step: Int, index k: UInt64) -> Int {
        Int(truncatingIfNeeded: UInt64(truncatingIfNeeded: low) &+ k &* UInt64(step))
    }

    /// The index nearest below the real position `x` (⌊x⌋), clamped to [0, last]; NaN maps to 0.
    /// Converting a `Double` to an integer traps when it is out of range, so the clamping happens first.
    static func clampedIndex(_ x: Double, last: UInt64) -> UInt64 {
        guard x > 0 else { return 0 }
        guard x < Double(last) else { return last }
        return min(UInt64(x), last)
    }

    /// `x` (rounded by the caller) truncated to an integer and clamped to [low, high]; NaN maps to `low`.
    static func clampedInt(_ x: Double, low: Int, high: Int) -> Int {
        guard x > Double(low) else { return low }
        guard x < Double(high) else { return high }
        return min(max(Int(x), low), high)
    }

    /// The point at fraction u ∈ [0, 1] of [low, high]: low + u·(high − low) when that width is finite (the
    /// formula the samplers always used), else (1 − u)·low + u·high; clamped to [low, high].
    static func interpolate(low: Double, high: Double, at u: Double) -> Double {
        let width = high - low
        let x = width.isFinite ? low + u * width : (1 - u) * low + u * high
        return min(max(x, low), high)
    }

    /// The fraction of [low, high] at which `x` lies, clamped to [0, 1]: (x − low)/(high − low), computed on
    /// halved numbers when the width overflows (halving is exact, and halves of finite numbers never
    /// overflow when subtracted).
    static func fraction(of x: Double, low: Double, high: Double) -> Double {
        let width = high - low
        let u = width.isFinite ? (x - low) / width : (x / 2 - low / 2) / (high / 2 - low / 2)
        return u.isNaN ? 0 : min(max(u, 0), 1)
    }
}
