/// The Matérn kernel with ν = 3/2 (Rasmussen & Williams 2006, eq. 4.17), with one length scale per input dimension, scaled by an amplitude σ².
///
/// f(r) = (1 + √3 r)·exp(−√3 r), h(r) = −3·exp(−√3 r).
/// θ = [log σ², log ℓ_1, …, log ℓ_d]; see `StationaryKernel` for the gradients derived from f and h = f′/r.
/// Default bounds and priors: `Priors.swift`.
public struct Matern32Kernel: StationaryKernel {
    public var amplitude: Double
    public var lengthScales: [Double]
    public var amplitudeBounds: ClosedRange<Double>
    public var lengthScaleBounds: ClosedRange<Double>

    /// A kernel with the given hyperparameters (length scales set the input dimension d).
    public init(lengthScales: [Double], amplitude: Double = 1,
                amplitudeBounds: ClosedRange<Double> = HyperparameterBounds.amplitude,
                lengthScaleBounds: ClosedRange<Double> = HyperparameterBounds.lengthScale) {
        precondition(!lengthScales.isEmpty, "Matern32Kernel needs at least one length scale")
        self.amplitude = amplitude
        self.lengthScales = lengthScales
        self.amplitudeBounds = amplitudeBounds
        self.lengthScaleBounds = lengthScaleBounds
    }


    @inlinable
    public static func profile(_ r: Double) -> (value: Double, slopeOverR: Double) {
        let s = 3.0.squareRoot() * r
        let e = exponential(-s)
        return ((1 + s) * e, -3 * e)
    }
}
