/// A stationary kernel with automatic relevance determination, k(x, x′) = σ²·f(r),
/// r² = Σ_k (x_k − x′_k)²/ℓ_k², for any profile f (`StationaryProfile`): one length scale per input dimension,
/// scaled by an amplitude σ² (Rasmussen & Williams 2006, §4.2 and §5.1).
///
/// θ = [log σ², log ℓ_1, …, log ℓ_d]; `StationaryKernel` derives the covariances and every gradient from f and
/// h = f′/r. The standard kernels are this type with the profiles of `StationaryProfiles.swift`:
/// `Matern12Kernel`, `Matern32Kernel`, `Matern52Kernel` and `RBFKernel`.
/// Default bounds and priors: `Priors.swift`.
public struct ARDStationaryKernel<Profile: StationaryProfile>: StationaryKernel {
    public var amplitude: Double
    public var lengthScales: [Double]
    public var amplitudeBounds: ClosedRange<Double>
    public var lengthScaleBounds: ClosedRange<Double>

    /// A kernel with the given hyperparameters (length scales set the input dimension d).
    public init(
        lengthScales: [Double], amplitude: Double = 1,
        amplitudeBounds: ClosedRange<Double> = HyperparameterBounds.amplitude,
        lengthScaleBounds: ClosedRange<Double> = HyperparameterBounds.lengthScale
    ) {
        precondition(!lengthScales.isEmpty, "\(Self.self) needs at least one length scale")
        self.amplitude = amplitude
        self.lengthScales = lengthScales
        self.amplitudeBounds = amplitudeBounds
        self.lengthScaleBounds = lengthScaleBounds
    }
}
