/// The Cholesky factorization A = L·Lᵀ of a symmetric positive-definite n×n matrix A, as a value.
///
/// Notation: A is n×n symmetric positive definite; L is n×n lower triangular with a positive diagonal.
/// Only the lower triangle of A is read. Factoring is LAPACK `potrf` (Golub & Van Loan, *Matrix Computations*,
/// 4th ed., Alg. 4.2.1, blocked); solves are two triangular solves (`trsv` for one right-hand side, `trsm` for
/// many), which for one vector are faster here than `potrs`.
///
/// Storage trick: a row-major symmetric matrix is its own column-major transpose, so `potrf` is called in
/// column-major layout on the upper triangle, which leaves L in the row-major lower triangle with no transposes
/// and no copies beyond the one of A. The strict upper triangle of `storage` keeps A's old values; `factor`
/// returns L with it zeroed.
///
/// Errors: `.notPositiveDefinite(leadingMinor:)` (LAPACK's 1-based order) or `.nonFinite(index:)`.
public struct Cholesky<Scalar: BLASScalar>: Sendable {
    /// L in its lower triangle (diagonal included); the strict upper triangle holds stale values.
    @usableFromInline var storage: Matrix<Scalar>

    /// Factors A. Throws when A is not positive definite or holds NaN or infinity.
    public init(_ a: Matrix<Scalar>) throws(LinearAlgebraError) {
        precondition(a.isSquare, "Cholesky needs a square matrix, got \(a.rows)×\(a.columns)")
        storage = a
        let n = Int32(a.rows)
        if n == 0 { return }
        let info = storage.withUnsafeMutableBufferPointer { p in
            Scalar.lapackPotrf(lapackColumnMajor, Triangle.upper.lapack, n, p.baseAddress!, n)
        }
        try Cholesky.check(info: info, input: a, factor: storage, offset: 0)
    }

    /// Translates `potrf`'s `info` into an error, telling NaN/∞ apart from indefiniteness.
    static func check(info: Int32, input: Matrix<Scalar>, factor: Matrix<Scalar>, offset: Int) throws(LinearAlgebraError) {
        if info < 0 { throw .invalidArgument("potrf argument \(-info)") }
        if info > 0 {
            if let bad = input.firstNonFiniteIndexInLowerTriangle() { throw .nonFinite(index: bad) }
            throw .notPositiveDefinite(leadingMinor: offset + Int(info))
        }
        // An infinite diagonal entry can pass potrf; the factor's diagonal shows it.
        for i in 0..<factor.rows where !factor._elements[i * factor.columns + i].isFinite {
            throw .nonFinite(index: (i - offset) * input.columns + (i - offset))
        }
    }

    /// Order n of the factored matrix.
    @inlinable public var dimension: Int { storage.rows }

    /// L, lower triangular, with zeros above the diagonal.
    public var factor: Matrix<Scalar> {
        var l = storage
        let n = l.rows
        l.withUnsafeMutableBufferPointer { p in
            for i in 0..<n { for j in (i + 1)..<Swift.max(i + 1, n) { p[i * n + j] = 0 } }
        }
        return l
    }

    /// log|A| = 2 Σᵢ log Lᵢᵢ.
    public var logDeterminant: Scalar {
        var sum: Scalar = 0
        for i in 0..<dimension { sum += naturalLog(storage._elements[i * dimension + i]) }
        return 2 * sum
    }

    /// Solves A·x = b: L·z = b, then Lᵀ·x = z.
    public func solve(_ b: [Scalar]) -> [Scalar] {
        var x = b
        solve(inPlace: &x)
        return x
    }

    /// Solves A·x = b, overwriting `b` with x (no allocation).
    public func solve(inPlace b: inout [Scalar]) {
        solveTriangular(&b, transpose: .noTranspose)
        solveTriangular(&b, transpose: .transpose)
    }

    /// Solves L·z = b (`.noTranspose`) or Lᵀ·z = b (`.transpose`) in place: half a solve, as Gaussian processes
    /// need for predictive variances (‖L⁻¹k‖²).
    public func solveTriangular(_ b: inout [Scalar], transpose: Transpose = .noTranspose) {
        precondition(b.count == dimension, "Cholesky solve: A is \(dimension)×\(dimension), b has \(b.count) elements")
        if dimension == 0 { return }
        let n = Int32(dimension)
        storage.withUnsafeBufferPointer { lp in
            b.withUnsafeMutableBufferPointer { bp in
                Scalar.blasTrsv(rowMajor, Triangle.lower.cblas, transpose.cblas, Diagonal.nonUnit.cblas, n,
                                lp.baseAddress!, n, bp.baseAddress!, 1)
            }
        }
    }

    /// Solves A·X = B for many right-hand sides (the columns of B).
    public func solve(_ b: Matrix<Scalar>) -> Matrix<Scalar> {
        var x = b
        solveTriangular(&x, transpose: .noTranspose)
        solveTriangular(&x, transpose: .transpose)
        return x
    }

    /// Solves L·Z = B or Lᵀ·Z = B in place, for the columns of B (`trsm`).
    public func solveTriangular(_ b: inout Matrix<Scalar>, transpose: Transpose = .noTranspose) {
        precondition(b.rows == dimension, "Cholesky solve: A is \(dimension)×\(dimension), B is \(b.rows)×\(b.columns)")
        trsm(.left, .lower, transpose, .nonUnit, 1, storage, &b)
    }

    /// A⁻¹, symmetric, both triangles filled (`potri`). Prefer `solve` when a product with A⁻¹ is all you need.
    public func inverse() -> Matrix<Scalar> {
        var inv = storage
        let n = dimension
        if n == 0 { return inv }
        let info = inv.withUnsafeMutableBufferPointer { p in
            Scalar.lapackPotri(lapackColumnMajor, Triangle.upper.lapack, Int32(n), p.baseAddress!, Int32(n))
        }
        // info > 0 would mean a zero diagonal in L, which a successful potrf cannot leave.
        precondition(info == 0, "potri failed on a valid Cholesky factor (info \(info))")
        inv.withUnsafeMutableBufferPointer { p in
            for i in 0..<n { for j in (i + 1)..<Swift.max(i + 1, n) { p[i * n + j] = p[j * n + i] } }
        }
        return inv
    }
}
