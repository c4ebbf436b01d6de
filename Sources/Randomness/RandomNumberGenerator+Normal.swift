#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard normal draws from any generator, by the Box–Muller transform
/// (z = √(−2 ln u₁) · cos(2π u₂), u₁ ∈ (0, 1]; Box & Muller, "A Note on the Generation of Random Normal
/// Deviates", 1958).
extension RandomNumberGenerator {
    /// One draw from N(mean, standardDeviation²).
    public mutating func nextNormal<T: BinaryFloatingPoint>(mean: T = 0, standardDeviation: T = 1) -> T
    where T.RawSignificand: FixedWidthInteger {
        let u1 = 1 - Double.random(in: 0..<1, using: &self)  // (0, 1]: log is finite
        let u2 = Double.random(in: 0..<1, using: &self)
        let z = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        return mean + standardDeviation * T(z)
    }
}
