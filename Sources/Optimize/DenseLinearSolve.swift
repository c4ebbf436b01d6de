/// Solves the small dense system A x = b in place by Gaussian elimination with partial pivoting (Golub & Van Loan,
/// *Matrix Computations*, 4th ed., Alg. 3.4.1). A is `order` × `order`, row-major with row stride `stride`; it is
/// overwritten by its LU factors and b by the solution. Meant for the 2k × 2k systems of the subspace step
/// (2k ≤ 2m, a few dozen at most), where a BLAS call would cost more than the arithmetic; the loops run on raw
/// pointers so that the row updates vectorize.
///
/// Returns false when a pivot is zero or not finite, or the solution is not finite (A numerically singular).
func solveDenseSystemInPlace(_ a: inout [Double], order: Int, stride rowStride: Int, _ b: inout [Double]) -> Bool {
    precondition(
        a.count >= order * rowStride && b.count >= order && rowStride >= order,
        "solveDenseSystemInPlace: order \(order), stride \(rowStride), but |A| = \(a.count), |b| = \(b.count)")
    if order == 0 { return true }
    return a.withUnsafeMutableBufferPointer { aBuffer in
        b.withUnsafeMutableBufferPointer { bBuffer in
            let a = aBuffer.baseAddress!
            let b = bBuffer.baseAddress!
            for column in 0..<order {
                var pivotRow = column
                var pivotSize = abs(a[column &* rowStride &+ column])
                for row in (column &+ 1)..<order where abs(a[row &* rowStride &+ column]) > pivotSize {
                    pivotRow = row
                    pivotSize = abs(a[row &* rowStride &+ column])
                }
                guard pivotSize > 0, pivotSize.isFinite else { return false }
                let pivotLine = a + column &* rowStride
                if pivotRow != column {
                    let other = a + pivotRow &* rowStride
                    for j in column..<order { swap(&pivotLine[j], &other[j]) }
                    swap(&b[column], &b[pivotRow])
                }
                let pivot = pivotLine[column]
                for row in (column &+ 1)..<order {
                    let line = a + row &* rowStride
                    let factor = line[column] / pivot
                    if factor == 0 { continue }
                    for j in (column &+ 1)..<order { line[j] -= factor * pivotLine[j] }
                    b[row] -= factor * b[column]
                }
            }
            for row in stride(from: order &- 1, through: 0, by: -1) {
                let line = a + row &* rowStride
                var t = b[row]
                for j in (row &+ 1)..<order { t -= line[j] * b[j] }
                t /= line[row]
                guard t.isFinite else { return false }
                b[row] = t
            }
            return true
        }
    }
}

/// Solves A x = b in place for a small symmetric positive-definite A by Cholesky, A = L Lᵀ
/// (Cholesky–Banachiewicz, Golub & Van Loan Alg. 4.2.1), reading only the lower triangle of A (row-major, row
/// stride `stride`), which is overwritten by L; b is overwritten by x. Returns false on a non-positive or
/// non-finite pivot (A not numerically positive definite).
func solveSymmetricPositiveDefiniteInPlace(
    _ a: inout [Double], order: Int, stride rowStride: Int, _ b: inout [Double]
) -> Bool {
    precondition(
        a.count >= order * rowStride && b.count >= order && rowStride >= order,
        "solveSymmetricPositiveDefiniteInPlace: order \(order), stride \(rowStride), |A| = \(a.count)")
    for j in 0..<order {
        var pivot = a[j * rowStride + j]
        for l in 0..<j { pivot -= a[j * rowStride + l] * a[j * rowStride + l] }
        guard pivot > 0, pivot.isFinite else { return false }
        let diagonal = pivot.squareRoot()
        a[j * rowStride + j] = diagonal
        for i in (j + 1)..<order {
            var t = a[i * rowStride + j]
            for l in 0..<j { t -= a[i * rowStride + l] * a[j * rowStride + l] }
            a[i * rowStride + j] = t / diagonal
        }
    }
    for i in 0..<order {
        var t = b[i]
        for l in 0..<i { t -= a[i * rowStride + l] * b[l] }
        b[i] = t / a[i * rowStride + i]
    }
    for i in stride(from: order - 1, through: 0, by: -1) {
        var t = b[i]
        for l in (i + 1)..<order { t -= a[l * rowStride + i] * b[l] }
        b[i] = t / a[i * rowStride + i]
    }
    return true
}
