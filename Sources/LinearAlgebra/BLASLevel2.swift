/// BLAS level 2: matrix–vector operations.

/// y ← α·op(A)·x + β·y, writing into the existing `y` (no allocation).
///
/// Shapes: op(A) is m×n, x has n elements, y has m.
@inlinable
public func gemv<S: BLASScalar>(
    _ alpha: S, _ a: Matrix<S>, _ transA: Transpose = .noTranspose, _ x: [S],
    _ beta: S, into y: inout [S]
) {
    let (m, n) = transA == .noTranspose ? (a.rows, a.columns) : (a.columns, a.rows)
    precondition(
        x.count == n && y.count == m,
        "gemv: op(A) is \(m)×\(n), x has \(x.count) elements, y has \(y.count)")
    if m == 0 { return }
    if n == 0 {
        scal(beta, &y)
        return
    }
    a.withUnsafeBufferPointer { ap in
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                S.blasGemv(
                    .rowMajor, transA, Int32(a.rows), Int32(a.columns), alpha, ap.baseAddress!,
                    a.leadingDimension, xp.baseAddress!, 1, beta, yp.baseAddress!, 1)
            }
        }
    }
}

/// A ← α·x·yᵀ + A (rank-one update). Shapes: A is m×n, x has m elements, y has n.
@inlinable
public func ger<S: BLASScalar>(_ alpha: S, _ x: [S], _ y: [S], into a: inout Matrix<S>) {
    precondition(
        x.count == a.rows && y.count == a.columns,
        "ger: A is \(a.rows)×\(a.columns), x has \(x.count) elements, y has \(y.count)")
    if a.rows == 0 || a.columns == 0 { return }
    let (m, n, lda) = (Int32(a.rows), Int32(a.columns), a.leadingDimension)
    x.withUnsafeBufferPointer { xp in
        y.withUnsafeBufferPointer { yp in
            a.withUnsafeMutableBufferPointer { ap in
                S.blasGer(.rowMajor, m, n, alpha, xp.baseAddress!, 1, yp.baseAddress!, 1, ap.baseAddress!, lda)
            }
        }
    }
}

extension Matrix {
    /// A·x as a new vector.
    public static func * (a: Matrix, x: [Scalar]) -> [Scalar] {
        var y = [Scalar](repeating: 0, count: a.rows)
        gemv(1, a, .noTranspose, x, 0, into: &y)
        return y
    }
}
