/// The Matérn kernel with ν = 1/2 (the exponential kernel, Rasmussen & Williams 2006, eq. 4.14 and §4.2.1), with one length scale per input dimension, scaled by an amplitude σ².
///
/// f(r) = exp(−r), h(r) = f′(r)/r = −exp(−r)/r (unbounded at r = 0, where 0 is returned: the kernel is not
/// differentiable at coincident points and the zero subgradient is used).
/// θ = [log σ², log ℓ_1, …, log ℓ_d]; see `StationaryKernel` for the gradients derived from f and h = f′/r.
/// Default bounds and priors: `Priors.swift`.
public struct Matern12Kernel: StationaryKernel {
    public var amplitude: Double
    public var lengthScales: [Double]
    public var amplitudeBounds: ClosedRange<Double>
    public var lengthScaleBounds: ClosedRange<Double>

    /// A kernel with the given hyperparameters (length scales set the input dimension d).
    public init(lengthScales: [Double], amplitude: Double = 1,
                amplitudeBounds: ClosedRange<Double> = HyperparameterBounds.amplitude,
                lengthScaleBounds: ClosedRange<Double> = HyperparameterBounds.lengthScale) {
        precondition(!lengthScales.isEmpty, "Matern12Kernel needs at least one length scale")
        self.amplitude = amplitude
        self.lengthScales = lengthScales
        self.amplitudeBounds = amplitudeBounds
        self.lengthScaleBounds = lengthScaleBounds
    }


    @inlinable
    public static func profile(_ r: Double) -> (value: Double, slopeOverR: Double) {
        let e = exponential(-r)
        return (e, r > 0 ? -e / r : 0)
    }
}
