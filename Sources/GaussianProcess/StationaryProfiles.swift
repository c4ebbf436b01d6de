import LinearAlgebra

/// The Matérn profile with ν = 1/2: the exponential kernel (Rasmussen & Williams 2006, eq. 4.14 and §4.2.1).
///
/// f(r) = exp(−r), h(r) = f′(r)/r = −exp(−r)/r (unbounded at r = 0, where 0 is returned: the kernel is not
/// differentiable at coincident points and the zero subgradient is used).
public enum Matern12Profile: StationaryProfile {
    @inlinable
    public static func evaluate(_ r: Double) -> (value: Double, slopeOverR: Double) {
        let e = exponential(-r)
        return (e, r > 0 ? -e / r : 0)
    }
}

/// The Matérn profile with ν = 3/2 (Rasmussen & Williams 2006, eq. 4.17).
///
/// f(r) = (1 + √3 r)·exp(−√3 r), h(r) = −3·exp(−√3 r).
public enum Matern32Profile: StationaryProfile {
    @inlinable
    public static func evaluate(_ r: Double) -> (value: Double, slopeOverR: Double) {
        let s = 3.0.squareRoot() * r
        let e = exponential(-s)
        return ((1 + s) * e, -3 * e)
    }
}

/// The Matérn profile with ν = 5/2 (Rasmussen & Williams 2006, eq. 4.17), the default surrogate kernel of
/// Bayesian optimization (Snoek, Larochelle & Adams 2012).
///
/// f(r) = (1 + √5 r + 5r²/3)·exp(−√5 r), h(r) = −(5/3)(1 + √5 r)·exp(−√5 r).
public enum Matern52Profile: StationaryProfile {
    @inlinable
    public static func evaluate(_ r: Double) -> (value: Double, slopeOverR: Double) {
        let s = 5.0.squareRoot() * r
        let e = exponential(-s)
        return ((1 + s + s * s / 3) * e, -(5.0 / 3.0) * (1 + s) * e)
    }
}

/// The squared-exponential (RBF) profile (Rasmussen & Williams 2006, eq. 4.9).
///
/// f(r) = exp(−r²/2), h(r) = −exp(−r²/2).
public enum RBFProfile: StationaryProfile {
    @inlinable
    public static func evaluate(_ r: Double) -> (value: Double, slopeOverR: Double) {
        let e = exponential(-0.5 * r * r)
        return (e, -e)
    }
}

/// The Matérn kernel with ν = 1/2 (the exponential kernel) with one length scale per input dimension.
public typealias Matern12Kernel = ARDStationaryKernel<Matern12Profile>
/// The Matérn kernel with ν = 3/2 with one length scale per input dimension.
public typealias Matern32Kernel = ARDStationaryKernel<Matern32Profile>
/// The Matérn kernel with ν = 5/2 with one length scale per input dimension.
public typealias Matern52Kernel = ARDStationaryKernel<Matern52Profile>
/// The squared-exponential (RBF) kernel with one length scale per input dimension.
public typealias RBFKernel = ARDStationaryKernel<RBFProfile>
