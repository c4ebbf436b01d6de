/// Something a `GaussianProcess` repaired or worked around instead of failing; kept in `gp.warnings` so that
/// callers (the Bayesian-optimization sampler, the trial record) can report it. Nothing here is silent.
public enum GaussianProcessWarning: Sendable, Hashable, CustomStringConvertible {
    /// Observations with a NaN or infinite input or output were left out.
    case droppedNonFiniteObservations(count: Int)
    /// All outputs are equal: standardization used scale 1 (the model is flat at their value).
    case constantOutputs
    /// Some inputs appear more than once; the noise variance (with its floor) keeps K positive definite.
    case duplicateInputs(count: Int)
    /// The final K was numerically indefinite: this jitter was added to its diagonal.
    case jitterAdded(Double)
    /// No start of the hyperparameter fit reached a finite objective; the initial hyperparameters are kept.
    case fitFailed
    /// K could not be factored even with the largest jitter: the model ignores the observations (prior only).
    case factorizationFailed
    /// Conditioning on extra points needed this jitter on their block.
    case conditioningJitterAdded(Double)

    public var description: String {
        switch self {
        case .droppedNonFiniteObservations(let n): "dropped \(n) observation(s) with a non-finite input or output"
        case .constantOutputs: "all outputs are equal; standardization used scale 1"
        case .duplicateInputs(let n): "\(n) input(s) repeat an earlier one"
        case .jitterAdded(let e): "added jitter \(e) to the covariance diagonal"
        case .fitFailed: "no hyperparameter start gave a finite likelihood; kept the initial hyperparameters"
        case .factorizationFailed:
            "covariance could not be factored even with jitter; the model ignores the observations"
        case .conditioningJitterAdded(let e): "added jitter \(e) while conditioning on extra points"
        }
    }
}
