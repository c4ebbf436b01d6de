/// The Matérn kernel with ν = 5/2 (Rasmussen & Williams 2006, eq. 4.17), the default surrogate kernel of
/// Bayesian optimization (Snoek, Larochelle & Adams 2012), with one length scale per input dimension, scaled by an amplitude σ².
///
/// f(r) = (1 + √5 r + 5r²/3)·exp(−√5 r), h(r) = −(5/3)(1 + √5 r)·exp(−√5 r).
/// θ = [log σ², log ℓ_1, …, log ℓ_d]; see `StationaryKernel` for the gradients derived from f and h = f′/r.
/// Default bounds and priors: `Priors.swift`.
public struct Matern52Kernel: StationaryKernel {
    public var amplitude: Double
    public var lengthScales: [Double]
    public var amplitudeBounds: ClosedRange<Double>
    public var lengthScaleBounds: ClosedRange<Double>

    /// A kernel with the given hyperparameters (length scales set the input dimension d).
    public init(lengthScales: [Double], amplitude: Double = 1,
                amplitudeBounds: ClosedRange<Double> = HyperparameterBounds.amplitude,
                lengthScaleBounds: ClosedRange<Double> = HyperparameterBounds.lengthScale) {
        precondition(!lengthScales.isEmpty, "Matern52Kernel needs at least one length scale")
        self.amplitude = amplitude
        self.lengthScales = lengthScales
        self.amplitudeBounds = amplitudeBounds
        self.lengthScaleBounds = lengthScaleBounds
    }


    @inlinable
    public static func profile(_ r: Double) -> (value: Double, slopeOverR: Double) {
        let s = 5.0.squareRoot() * r
        let e = exponential(-s)
        return ((1 + s + s * s / 3) * e, -(5.0 / 3.0) * (1 + s) * e)
    }
}
