import LinearAlgebra

/// Min-max scaling: `x' = lower + (x − min_j) · (upper − lower) / (max_j − min_j)` per column j, with min and max
/// from the training data, mapping the training range onto `lower...upper` (default `0...1`), as scikit-learn's
/// `MinMaxScaler`. New data outside the training range maps outside `lower...upper` (no clipping).
///
/// A constant column (max = min) gets range 1, so it maps to `lower` instead of NaN.
public struct MinMaxScaler: FeatureScaler {
    /// min_j, one per column.
    public var minimum: [Float]
    /// max_j − min_j, one per column (1 for constant columns).
    public var range: [Float]
    /// The target interval's lower end.
    public var lower: Float
    /// The target interval's upper end.
    public var upper: Float

    public init(fitting x: Matrix<Float>) { self.init(fitting: x, featureRange: 0...1) }

    /// Fits min and max of every column of X (`n ≥ 1` rows), mapping them to `featureRange`.
    public init(fitting x: Matrix<Float>, featureRange: ClosedRange<Float>) {
        precondition(x.rows > 0, "MinMaxScaler: cannot fit on a \(x.rows)×\(x.columns) matrix (no rows)")
        precondition(
            featureRange.lowerBound < featureRange.upperBound,
            "MinMaxScaler: featureRange \(featureRange) must have lower < upper")
        var minimum = x.row(0)
        var maximum = minimum
        for i in 1..<x.rows {
            for (j, value) in x.row(i).enumerated() {
                minimum[j] = Swift.min(minimum[j], value)
                maximum[j] = Swift.max(maximum[j], value)
            }
        }
        self.minimum = minimum
        self.range = zip(minimum, maximum).map { $1 > $0 ? $1 - $0 : 1 }
        self.lower = featureRange.lowerBound
        self.upper = featureRange.upperBound
    }

    public var featureCount: Int { minimum.count }

    public func transform(_ x: Matrix<Float>) -> Matrix<Float> {
        affineColumns(
            x, shift: minimum, factor: range.map { (upper - lower) / $0 }, offset: lower,
            scaler: "MinMaxScaler")
    }

    public func inverseTransform(_ x: Matrix<Float>) -> Matrix<Float> {
        affineColumns(
            x, shift: [Float](repeating: lower, count: minimum.count),
            factor: range.map { $0 / (upper - lower) }, offset: 0, scaler: "MinMaxScaler"
        )
        .adding(rowVector: minimum)
    }
}
