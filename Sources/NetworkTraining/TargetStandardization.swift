import LinearAlgebra

/// The standardization of regression targets, t = (y − μ_y) / σ_y, with μ_y the mean and σ_y the population
/// standard deviation of the training targets (σ_y = 1 when they are all equal).
///
/// Why: the gradient of the squared loss scales with the target's units, so the learning rate that suits
/// targets near 1 is wrong by orders of magnitude for targets in the hundreds (`diabetes` has y ≈ 25 … 346).
/// Training on t makes one learning rate fit every regression target, and because the tuning objective and
/// `tuner train` both train on t (fitted on their own training rows only, like the feature scaler), a learning
/// rate tuned by a study carries over to `tuner train`. Predictions are mapped back as y = μ_y + σ_y · t.
/// Metrics: R² is unchanged by the map (both residual and total sums of squares scale by 1/σ_y²); a loss
/// computed on t is the MSE in target units divided by σ_y², which orders models exactly as the MSE does.
public struct TargetStandardization: Sendable, Equatable, Codable {
    /// μ_y.
    public var mean: Double
    /// σ_y (positive).
    public var scale: Double

    public init(mean: Double, scale: Double) {
        precondition(scale > 0 && scale.isFinite, "TargetStandardization: scale \(scale) is not positive and finite")
        self.mean = mean
        self.scale = scale
    }

    /// μ_y and σ_y of `values` (at least one), accumulated in Double.
    public init(fitting values: [Float]) {
        precondition(!values.isEmpty, "TargetStandardization: no values to fit")
        let mean = values.reduce(0.0) { $0 + Double($1) } / Double(values.count)
        let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(values.count)
        self.init(mean: mean, scale: variance > 0 ? variance.squareRoot() : 1)
    }

    /// t = (y − μ_y) / σ_y.
    public func standardize(_ values: [Float]) -> [Float] {
        values.map { Float((Double($0) - mean) / scale) }
    }

    /// y = μ_y + σ_y · t, elementwise.
    public func restore(_ standardized: Matrix<Float>) -> Matrix<Float> {
        standardized.map { Float(mean + scale * Double($0)) }
    }
}
