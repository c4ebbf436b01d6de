/// The eigendecomposition A = V·diag(λ)·Vᵀ of a symmetric n×n matrix (LAPACK `syevd`, divide and conquer),
/// as a value. Only the lower triangle of A is read.
///
/// `eigenvalues` are in ascending order; column i of `eigenvectors` (orthonormal) belongs to `eigenvalues[i]`.
public struct SymmetricEigendecomposition<Scalar: BLASScalar>: Sendable {
    public let eigenvalues: [Scalar]
    /// V: n×n, orthonormal columns.
    public let eigenvectors: Matrix<Scalar>

    /// Decomposes A. Throws `.nonFinite` for NaN or infinite input and `.noConvergence` if LAPACK gives up.
    public init(_ a: Matrix<Scalar>) throws(LinearAlgebraError) {
        precondition(a.isSquare, "eigendecomposition needs a square matrix, got \(a.rows)×\(a.columns)")
        if let bad = a.firstNonFiniteIndexInLowerTriangle() { throw .nonFinite(index: bad) }
        let n = a.rows
        var v = a
        var w = [Scalar](repeating: 0, count: n)
        if n > 0 {
            let info = v.withUnsafeMutableBufferPointer { p in
                w.withUnsafeMutableBufferPointer { wp in
                    Scalar.lapackSyevd(
                        .rowMajor, .valuesAndVectors, .lower, Int32(n),
                        p.baseAddress!, Int32(n), wp.baseAddress!)
                }
            }
            if info < 0 { throw .invalidArgument("syevd argument \(-info)") }
            if info > 0 { throw .noConvergence }
        }
        eigenvalues = w
        eigenvectors = v
    }
}
