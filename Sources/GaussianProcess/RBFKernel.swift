/// The squared-exponential (RBF) kernel (Rasmussen & Williams 2006, eq. 4.9), with one length scale per input dimension, scaled by an amplitude σ².
///
/// f(r) = exp(−r²/2), h(r) = −exp(−r²/2).
/// θ = [log σ², log ℓ_1, …, log ℓ_d]; see `StationaryKernel` for the gradients derived from f and h = f′/r.
/// Default bounds and priors: `Priors.swift`.
public struct RBFKernel: StationaryKernel {
    public var amplitude: Double
    public var lengthScales: [Double]
    public var amplitudeBounds: ClosedRange<Double>
    public var lengthScaleBounds: ClosedRange<Double>

    /// A kernel with the given hyperparameters (length scales set the input dimension d).
    public init(lengthScales: [Double], amplitude: Double = 1,
                amplitudeBounds: ClosedRange<Double> = HyperparameterBounds.amplitude,
                lengthScaleBounds: ClosedRange<Double> = HyperparameterBounds.lengthScale) {
        precondition(!lengthScales.isEmpty, "RBFKernel needs at least one length scale")
        self.amplitude = amplitude
        self.lengthScales = lengthScales
        self.amplitudeBounds = amplitudeBounds
        self.lengthScaleBounds = lengthScaleBounds
    }


    @inlinable
    public static func profile(_ r: Double) -> (value: Double, slopeOverR: Double) {
        let e = exponential(-0.5 * r * r)
        return (e, -e)
    }
}
