/// The profile f of a stationary kernel k(x, x′) = σ²·f(r) (Rasmussen & Williams 2006, §4.2): a function of the
/// scaled distance r = ‖(x − x′)/ℓ‖ ≥ 0 with f(0) = 1, together with h(r) = f′(r)/r, from which
/// `StationaryKernel` derives every gradient. `ARDStationaryKernel<Profile>` is the kernel built on it; the
/// standard profiles are in `StationaryProfiles.swift`.
///
/// A profile type supplies `evaluate` only. The row evaluations below have default implementations that the
/// compiler specializes inside each concrete profile's witness table, with `evaluate` (and its `exp`) inlined in
/// the loop: generic kernel code reaches them with one indirect call per row of a Gram matrix, not one per pair
/// (as `NetworkScalar`'s kernels do in the NeuralNetwork module).
public protocol StationaryProfile: Sendable {
    /// f(r) and h(r) = f′(r)/r at distance r ≥ 0. Where h is unbounded at r = 0 (Matérn 1/2) it returns 0 there:
    /// every use multiplies it by a squared difference or a difference that is then zero.
    static func evaluate(_ r: Double) -> (value: Double, slopeOverR: Double)

    /// values[j] = scale·f(r[j]) for every j in `range`.
    static func scaledValues(
        _ r: UnsafePointer<Double>, range: Range<Int>, scale: Double,
        into values: UnsafeMutablePointer<Double>)
    /// values[j] = scale·f(r[j]) and slopes[j] = scale·h(r[j]) for every j in `range`.
    static func scaledValuesAndSlopes(
        _ r: UnsafePointer<Double>, range: Range<Int>, scale: Double,
        values: UnsafeMutablePointer<Double>, slopes: UnsafeMutablePointer<Double>)
}

extension StationaryProfile {
    public static func scaledValues(
        _ r: UnsafePointer<Double>, range: Range<Int>, scale: Double,
        into values: UnsafeMutablePointer<Double>
    ) {
        for j in range { values[j] = scale * evaluate(r[j]).value }
    }

    public static func scaledValuesAndSlopes(
        _ r: UnsafePointer<Double>, range: Range<Int>, scale: Double,
        values: UnsafeMutablePointer<Double>,
        slopes: UnsafeMutablePointer<Double>
    ) {
        for j in range {
            let (f, h) = evaluate(r[j])
            values[j] = scale * f
            slopes[j] = scale * h
        }
    }
}
