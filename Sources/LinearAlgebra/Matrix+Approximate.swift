/// Equality with a tolerance, for results of floating-point computation.
extension Matrix {
    /// True when both have the same shape and every pair of elements satisfies
    /// |a − b| ≤ absoluteTolerance + relativeTolerance · max(|a|, |b|).
    /// NaN is never approximately equal to anything.
    public func isApproximatelyEqual(
        to other: Matrix, absoluteTolerance: Scalar = 0,
        relativeTolerance: Scalar = Scalar.ulpOfOne.squareRoot()
    ) -> Bool {
        guard rows == other.rows, columns == other.columns else { return false }
        for (a, b) in zip(_elements, other._elements) {
            if !(abs(a - b) <= absoluteTolerance + relativeTolerance * Swift.max(abs(a), abs(b))) { return false }
        }
        return true
    }

    /// The largest |aᵢⱼ − bᵢⱼ| (the shapes must match).
    public func maxAbsoluteDifference(_ other: Matrix) -> Scalar {
        Matrix.checkSameShape(self, other, "maxAbsoluteDifference")
        var worst: Scalar = 0
        for (a, b) in zip(_elements, other._elements) { worst = Swift.max(worst, abs(a - b)) }
        return worst
    }

    /// True when every element is finite (no NaN, no ±∞).
    public var isFinite: Bool { _elements.allSatisfy { $0.isFinite } }
}
