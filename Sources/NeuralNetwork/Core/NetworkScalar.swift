#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LinearAlgebra

/// A scalar networks can be trained in: a `BLASScalar` with the elementary functions activations and losses need.
///
/// `Float` is the training type; `Double` exists so finite-difference gradient checks are accurate.
public protocol NetworkScalar: BLASScalar {
    /// eˣ.
    static func exp(_ x: Self) -> Self
    /// ln x.
    static func log(_ x: Self) -> Self
    /// ln(1 + x), accurate for small x.
    static func log1p(_ x: Self) -> Self
    /// tanh x.
    static func tanh(_ x: Self) -> Self
}

extension Float: NetworkScalar {
    @inlinable public static func exp(_ x: Float) -> Float { expf(x) }
    @inlinable public static func log(_ x: Float) -> Float { logf(x) }
    @inlinable public static func log1p(_ x: Float) -> Float { log1pf(x) }
    @inlinable public static func tanh(_ x: Float) -> Float { tanhf(x) }
}

extension Double: NetworkScalar {
    @inlinable public static func exp(_ x: Double) -> Double { Glibc.exp(x) }
    @inlinable public static func log(_ x: Double) -> Double { Glibc.log(x) }
    @inlinable public static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
    @inlinable public static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
}
