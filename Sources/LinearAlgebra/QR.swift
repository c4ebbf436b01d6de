/// The thin QR factorization A = Q·R of an m×n matrix (LAPACK `geqrf` + `orgqr`, Householder reflections;
/// Golub & Van Loan, 4th ed., §5.2), as a value.
///
/// Shapes, with k = min(m, n): Q is m×k with orthonormal columns (QᵀQ = I), R is k×n upper triangular.
/// For m ≥ n it solves least-squares problems min‖A·x − b‖₂ by x = R⁻¹·Qᵀ·b.
public struct QR<Scalar: BLASScalar>: Sendable {
    /// Q, m×k with orthonormal columns.
    public let q: Matrix<Scalar>
    /// R, k×n upper triangular.
    public let r: Matrix<Scalar>

    /// Factors A. Throws `.nonFinite` for NaN or infinite input.
    public init(_ a: Matrix<Scalar>) throws(LinearAlgebraError) {
        try a.checkFinite()
        let (m, n) = (a.rows, a.columns)
        let k = Swift.min(m, n)
        var work = a
        var tau = [Scalar](repeating: 0, count: k)
        var rFactor = Matrix<Scalar>(rows: k, columns: n)
        var qFactor = Matrix<Scalar>(rows: m, columns: k)
        if k > 0 {
            let info = work.withUnsafeMutableBufferPointer { p in
                tau.withUnsafeMutableBufferPointer { t in
                    Scalar.lapackGeqrf(.rowMajor, Int32(m), Int32(n), p.baseAddress!, Int32(n), t.baseAddress!)
                }
            }
            if info != 0 { throw .invalidArgument("geqrf returned \(info)") }
            for i in 0..<k { for j in i..<n { rFactor[i, j] = work[i, j] } }
            // Q from the reflectors stored below the diagonal: the first k columns of `work`.
            for i in 0..<m { for j in 0..<k { qFactor[i, j] = work[i, j] } }
            let info2 = qFactor.withUnsafeMutableBufferPointer { p in
                tau.withUnsafeBufferPointer { t in
                    Scalar.lapackOrgqr(
                        .rowMajor, Int32(m), Int32(k), Int32(k), p.baseAddress!, Int32(k),
                        t.baseAddress!)
                }
            }
            if info2 != 0 { throw .invalidArgument("orgqr returned \(info2)") }
        }
        q = qFactor
        r = rFactor
    }

    /// The least-squares solution of A·x ≈ b (needs m ≥ n). Throws `.singular(pivot:)` when A is rank
    /// deficient (a zero on R's diagonal, relative to R's largest diagonal element).
    public func leastSquares(_ b: [Scalar]) throws(LinearAlgebraError) -> [Scalar] {
        try leastSquares(Matrix(column: b))._elements
    }

    /// Least-squares solutions for the columns of B (m×p); the result is n×p.
    public func leastSquares(_ b: Matrix<Scalar>) throws(LinearAlgebraError) -> Matrix<Scalar> {
        precondition(q.rows >= r.columns, "least squares needs m ≥ n, A is \(q.rows)×\(r.columns)")
        precondition(b.rows == q.rows, "least squares: A has \(q.rows) rows, B has \(b.rows)")
        let n = r.columns
        let largest = r.diagonal.map { abs($0) }.max() ?? 0
        let tolerance = largest * Scalar(Swift.max(q.rows, n)) * Scalar.ulpOfOne
        for i in 0..<n where abs(r[i, i]) <= tolerance { throw .singular(pivot: i) }
        var x = Matrix<Scalar>(rows: n, columns: b.columns)
        gemm(1, q, .transpose, b, .noTranspose, 0, into: &x)  // Qᵀ·B
        trsm(.left, .upper, .noTranspose, .nonUnit, 1, r, &x)  // R⁻¹·(Qᵀ·B)
        return x
    }
}
