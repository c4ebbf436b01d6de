#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's elementary functions for `Double`, under names that read well in formulas, so that the
/// modules built on this one need neither Foundation nor the platform's C module.
///
/// Each is one `@inlinable` call of the libm function of the same meaning (`exp`, `log`, `log1p`, `expm1`,
/// `erfc`, `cos`): its body is compiled into the calling module, with that module's compiler flags (a target built
/// with `-fno-math-errno` keeps the vectorization that flag allows), and gives the libm result bit for bit.
extension Double {
    /// eˣ for x = `self` (`exp`).
    @inlinable public var exponential: Double { exp(self) }
    /// ln x for x = `self` (`log`).
    @inlinable public var logarithm: Double { log(self) }
}

/// eˣ (`exp`).
@inlinable public func exponential(_ x: Double) -> Double { exp(x) }
/// ln x (`log`).
@inlinable public func logarithm(_ x: Double) -> Double { log(x) }
/// ln(1 + x), accurate for small x (`log1p`).
@inlinable public func logarithmOnePlus(_ x: Double) -> Double { log1p(x) }
/// eˣ − 1, accurate for small x (`expm1`).
@inlinable public func exponentialMinusOne(_ x: Double) -> Double { expm1(x) }
/// erfc x = 1 − erf x, accurate where erf x is close to 1 (`erfc`).
@inlinable public func complementaryErrorFunction(_ x: Double) -> Double { erfc(x) }
/// cos x, x in radians (`cos`).
@inlinable public func cosine(_ x: Double) -> Double { cos(x) }
