#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's elementary functions under names that read well in formulas (the module avoids Foundation).
extension Double {
    @inlinable var logarithm: Double { log(self) }
    @inlinable var exponential: Double { exp(self) }
}

@inlinable func exponential(_ x: Double) -> Double { exp(x) }
@inlinable func logarithm(_ x: Double) -> Double { log(x) }
@inlinable func logarithmOnePlus(_ x: Double) -> Double { log1p(x) }
@inlinable func exponentialMinusOne(_ x: Double) -> Double { expm1(x) }
@inlinable func complementaryErrorFunction(_ x: Double) -> Double { erfc(x) }
