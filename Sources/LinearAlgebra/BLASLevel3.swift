/// BLAS level 3: matrix–matrix operations.

/// C ← α·op(A)·op(B) + β·C, writing into the existing `c` (no allocation when `c` is uniquely referenced).
///
/// Shapes: op(A) is m×k, op(B) is k×n, C is m×n. With β = 0, C's old contents are ignored (even NaN).
@inlinable
public func gemm<S: BLASScalar>(
    _ alpha: S, _ a: Matrix<S>, _ transA: Transpose = .noTranspose,
    _ b: Matrix<S>, _ transB: Transpose = .noTranspose,
    _ beta: S, into c: inout Matrix<S>
) {
    let (m, k) = transA == .noTranspose ? (a.rows, a.columns) : (a.columns, a.rows)
    let (kb, n) = transB == .noTranspose ? (b.rows, b.columns) : (b.columns, b.rows)
    precondition(
        k == kb && c.rows == m && c.columns == n,
        "gemm: op(A) is \(m)×\(k), op(B) is \(kb)×\(n), C is \(c.rows)×\(c.columns)")
    if m == 0 || n == 0 { return }
    let (ldc) = c.leadingDimension
    a.withUnsafeBufferPointer { ap in
        b.withUnsafeBufferPointer { bp in
            c.withUnsafeMutableBufferPointer { cp in
                S.blasGemm(
                    .rowMajor, transA, transB, Int32(m), Int32(n), Int32(k), alpha,
                    ap.baseAddress!, a.leadingDimension, bp.baseAddress!, b.leadingDimension,
                    beta, cp.baseAddress!, ldc)
            }
        }
    }
}

/// C ← α·op(A)·op(A)ᵀ + β·C on one triangle of the symmetric n×n matrix C (the other triangle is untouched).
///
/// With `.noTranspose`, A is n×k and the product is A·Aᵀ; with `.transpose`, A is k×n and it is Aᵀ·A.
@inlinable
public func syrk<S: BLASScalar>(
    _ alpha: S, _ a: Matrix<S>, _ trans: Transpose = .noTranspose, _ beta: S,
    into c: inout Matrix<S>, triangle: Triangle = .lower
) {
    let (n, k) = trans == .noTranspose ? (a.rows, a.columns) : (a.columns, a.rows)
    precondition(c.rows == n && c.columns == n, "syrk: op(A) is \(n)×\(k), C is \(c.rows)×\(c.columns)")
    if n == 0 { return }
    let ldc = c.leadingDimension
    a.withUnsafeBufferPointer { ap in
        c.withUnsafeMutableBufferPointer { cp in
            S.blasSyrk(
                .rowMajor, triangle, trans, Int32(n), Int32(k), alpha, ap.baseAddress!,
                a.leadingDimension, beta, cp.baseAddress!, ldc)
        }
    }
}

/// Solves op(A)·X = α·B (side `.left`) or X·op(A) = α·B (side `.right`) for X, overwriting B, where A is
/// triangular. A zero on A's diagonal gives infinities, as in BLAS; use `Cholesky` or `LU` for checked solves.
@inlinable
public func trsm<S: BLASScalar>(
    _ side: Side, _ triangle: Triangle, _ transA: Transpose,
    _ diagonal: Diagonal = .nonUnit,
    _ alpha: S, _ a: Matrix<S>, _ b: inout Matrix<S>
) {
    let needed = side == .left ? b.rows : b.columns
    precondition(
        a.isSquare && a.rows == needed,
        "trsm: A is \(a.rows)×\(a.columns), B is \(b.rows)×\(b.columns) (side \(side))")
    if b.rows == 0 || b.columns == 0 { return }
    let (m, n, ldb) = (Int32(b.rows), Int32(b.columns), b.leadingDimension)
    a.withUnsafeBufferPointer { ap in
        b.withUnsafeMutableBufferPointer { bp in
            S.blasTrsm(
                .rowMajor, side, triangle, transA, diagonal, m, n, alpha,
                ap.baseAddress!, a.leadingDimension, bp.baseAddress!, ldb)
        }
    }
}

extension Matrix {
    /// The matrix product A·B (a new matrix; use `gemm(…into:)` to reuse storage).
    public static func * (a: Matrix, b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, columns: b.columns)
        gemm(1, a, .noTranspose, b, .noTranspose, 0, into: &c)
        return c
    }
}
