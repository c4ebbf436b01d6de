/// The Cholesky factorization A = L·Lᵀ of a symmetric positive-definite n×n matrix A, as a value.
///
/// Notation: A is n×n symmetric positive definite; L is n×n lower triangular with a positive diagonal.
/// Only the upper triangle of A is read (the lower one of Aᵀ = A). Factoring is LAPACK `potrf` (Golub & Van Loan,
/// *Matrix Computations*, 4th ed., Alg. 4.2.1, blocked); solves are two triangular solves (`trsv` for one
/// right-hand side, `trsm` for many), which for one vector are faster here than `potrs`.
///
/// Storage trick: a row-major matrix read in column-major order is its transpose, and A = Aᵀ. So `potrf` runs in
/// column-major layout on the *lower* triangle (OpenBLAS's faster variant: about 25 % faster than 'U' at
/// n = 500-1000 here), which leaves U = Lᵀ in the row-major *upper* triangle, with no transposes and no copies
/// beyond the one of A. Solves use U with the transpose flag flipped. The strict lower triangle of `storage` keeps
/// A's old values; `factor` returns L.
///
/// Errors: `.notPositiveDefinite(leadingMinor:)` (LAPACK's 1-based order) or `.nonFinite(index:)`.
public struct Cholesky<Scalar: BLASScalar>: Sendable {
    /// U = Lᵀ in its upper triangle (diagonal included); the strict lower triangle holds stale values.
    @usableFromInline var storage: Matrix<Scalar>

    /// Factors A. Throws when A is not positive definite or holds NaN or infinity.
    public init(_ a: Matrix<Scalar>) throws(LinearAlgebraError) {
        precondition(a.isSquare, "Cholesky needs a square matrix, got \(a.rows)×\(a.columns)")
        storage = a
        try factorStorage(input: a)
    }

    /// Factors a new matrix A of the same order into this value's existing storage: a copy of A and `potrf`,
    /// with no allocation (what a Gaussian-process fit does hundreds of times per proposal).
    /// Throws as `init`; after an error this value is empty (dimension 0).
    public mutating func refactor(_ a: Matrix<Scalar>) throws(LinearAlgebraError) {
        precondition(a.isSquare, "Cholesky needs a square matrix, got \(a.rows)×\(a.columns)")
        if storage.rows == a.rows {
            storage.withUnsafeMutableBufferPointer { dst in
                a.withUnsafeBufferPointer { src in
                    if let d = dst.baseAddress, let s = src.baseAddress { d.update(from: s, count: src.count) }
                }
            }
        } else {
            storage = a
        }
        do {
            try factorStorage(input: a)
        } catch {
            storage = Matrix(rows: 0, columns: 0)
            throw error
        }
    }

    /// `potrf` on `storage`, which holds a copy of `input`.
    private mutating func factorStorage(input a: Matrix<Scalar>) throws(LinearAlgebraError) {
        let n = Int32(a.rows)
        if n == 0 { return }
        let info = storage.withUnsafeMutableBufferPointer { p in
            Scalar.lapackPotrf(.columnMajor, .lower, n, p.baseAddress!, n)
        }
        try Cholesky.check(info: info, input: a, factor: storage, offset: 0)
    }

    /// Translates `potrf`'s `info` into an error, telling NaN/∞ apart from indefiniteness. OpenBLAS's `potrf`
    /// lets NaN through (its pivot test is `ajj <= 0`), so a non-finite diagonal in the factor also fails.
    static func check(
        info: Int32, input: Matrix<Scalar>, factor: Matrix<Scalar>,
        offset: Int
    ) throws(LinearAlgebraError) {
        if info < 0 { throw .invalidArgument("potrf argument \(-info)") }
        let n = factor.rows
        let diagonalFinite = (0..<n).allSatisfy { factor._elements[$0 * n + $0].isFinite }
        if info == 0 && diagonalFinite { return }
        if let bad = input.firstNonFiniteIndexInUpperTriangle() { throw .nonFinite(index: bad) }
        if info > 0 { throw .notPositiveDefinite(leadingMinor: offset + Int(info)) }
        // Finite input whose factor overflowed: report the first non-finite pivot as a failing minor.
        let pivot = (0..<n).first { !factor._elements[$0 * n + $0].isFinite } ?? 0
        throw .notPositiveDefinite(leadingMinor: offset + pivot + 1)
    }

    /// Order n of the factored matrix.
    @inlinable public var dimension: Int { storage.rows }

    /// L, lower triangular, with zeros above the diagonal.
    public var factor: Matrix<Scalar> {
        let n = dimension
        var l = Matrix<Scalar>(rows: n, columns: n)
        l.withUnsafeMutableBufferPointer { p in
            storage.withUnsafeBufferPointer { u in
                for i in 0..<n { for j in 0...i { p[i * n + j] = u[j * n + i] } }
            }
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
        storage.withUnsafeBufferPointer { up in
            b.withUnsafeMutableBufferPointer { bp in
                Scalar.blasTrsv(
                    .rowMajor, .upper, transpose.flipped, .nonUnit, n,
                    up.baseAddress!, n, bp.baseAddress!, 1)
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
        trsm(.left, .upper, transpose.flipped, .nonUnit, 1, storage, &b)
    }

    /// A⁻¹, symmetric, both triangles filled (`potri`). Prefer `solve` when a product with A⁻¹ is all you need.
    public func inverse() -> Matrix<Scalar> {
        var inv = storage
        let n = dimension
        if n == 0 { return inv }
        let info = inv.withUnsafeMutableBufferPointer { p in
            Scalar.lapackPotri(.columnMajor, .lower, Int32(n), p.baseAddress!, Int32(n))
        }
        // info > 0 would mean a zero diagonal in L, which a successful potrf cannot leave.
        precondition(info == 0, "potri failed on a valid Cholesky factor (info \(info))")
        inv.withUnsafeMutableBufferPointer { p in
            for i in 0..<n { for j in 0..<i { p[i * n + j] = p[j * n + i] } }  // upper → lower
        }
        return inv
    }
}
