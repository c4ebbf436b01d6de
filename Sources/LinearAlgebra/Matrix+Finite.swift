/// Finiteness checks that decompositions run before (or after) handing data to LAPACK.
extension Matrix {
    /// The row-major index of the first NaN or infinity, or nil when every element is finite.
    public var firstNonFiniteIndex: Int? { _elements.firstIndex { !$0.isFinite } }

    /// Like `firstNonFiniteIndex`, but looking only at the lower triangle (diagonal included) of a square matrix.
    func firstNonFiniteIndexInLowerTriangle() -> Int? {
        for i in 0..<rows {
            for j in 0...i where !_elements[i * columns + j].isFinite { return i * columns + j }
        }
        return nil
    }

    /// Like `firstNonFiniteIndex`, but looking only at the upper triangle (diagonal included) of a square matrix.
    func firstNonFiniteIndexInUpperTriangle() -> Int? {
        for i in 0..<rows {
            for j in i..<columns where !_elements[i * columns + j].isFinite { return i * columns + j }
        }
        return nil
    }

    /// Throws `.nonFinite` naming the first NaN or infinity.
    func checkFinite() throws(LinearAlgebraError) {
        if let bad = firstNonFiniteIndex { throw .nonFinite(index: bad) }
    }
}

/// Natural logarithm for any BLAS scalar (through `Double`, which is exact enough for both types).
@inlinable
func naturalLog<S: BLASScalar>(_ x: S) -> S { S(Double(x).logarithm) }
