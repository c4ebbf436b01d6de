import LinearAlgebra

/// Standardization (z-scores): `x' = (x − μ_j) / σ_j` per column j, with μ the training mean and σ the training
/// population standard deviation (divisor n, as scikit-learn's `StandardScaler`).
///
/// A constant column (σ = 0, or σ below float rounding of μ) gets σ = 1, so it becomes all zeros instead of
/// NaN/∞, and stays zero-centred on new data.
public struct StandardScaler: FeatureScaler {
    /// μ, one per column.
    public var mean: [Float]
    /// σ, one per column (1 for constant columns).
    public var scale: [Float]

    /// A scaler with given statistics; `scale` entries must be positive and finite.
    public init(mean: [Float], scale: [Float]) {
        precondition(mean.count == scale.count, "StandardScaler: \(mean.count) means, \(scale.count) scales")
        precondition(scale.allSatisfy { $0 > 0 && $0.isFinite }, "StandardScaler: scales must be positive and finite")
        self.mean = mean
        self.scale = scale
    }

    public init(fitting x: Matrix<Float>) {
        precondition(x.rows > 0, "StandardScaler: cannot fit on a \(x.rows)×\(x.columns) matrix (no rows)")
        let (mean, std) = columnMoments(x)
        self.mean = mean.map { Float($0) }
        self.scale = zip(mean, std).map { m, s in
            s <= Double(Float.ulpOfOne) * Swift.max(abs(m), Double(Float.leastNormalMagnitude)) ? 1 : Float(s)
        }
    }

    public var featureCount: Int { mean.count }

    public func transform(_ x: Matrix<Float>) -> Matrix<Float> {
        affineColumns(x, shift: mean, factor: scale.map { 1 / $0 }, offset: 0, scaler: "StandardScaler")
    }

    public func inverseTransform(_ x: Matrix<Float>) -> Matrix<Float> {
        affineColumns(
            x, shift: [Float](repeating: 0, count: mean.count), factor: scale, offset: 0,
            scaler: "StandardScaler"
        )
        .adding(rowVector: mean)
    }
}

extension Matrix where Scalar == Float {
    /// Adds `v[j]` to every element of column j.
    func adding(rowVector v: [Float]) -> Matrix<Float> {
        affineColumns(
            self, shift: v.map { -$0 }, factor: [Float](repeating: 1, count: v.count), offset: 0,
            scaler: "adding(rowVector:)")
    }
}
