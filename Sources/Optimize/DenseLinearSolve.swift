/// Solves the small dense system A x = b in place by Gaussian elimination with partial pivoting (Golub & Van Loan,
/// *Matrix Computations*, 4th ed., Alg. 3.4.1). A is `order` × `order`, row-major with row stride `stride`; it is
/// overwritten by its LU factors and b by the solution. Meant for the 2k × 2k systems of the subspace step
/// (2k ≤ 2m, a few dozen at most), where a BLAS call would cost more than the arithmetic; the loops run on raw
/// pointers so that the row updates vectorize.
///
/// Returns false when a pivot is zero or not finite, or the solution is not finite (A numerically singular).
func solveDenseSystemInPlace(_ a: inout [Double], order: Int, stride rowStride: Int, _ b: inout [Double]) -> Bool {
    precondition(a.count >= order * rowStride && b.count >= order && rowStride >= order,
                 "solveDenseSystemInPlace: order \(order), stride \(rowStride), but |A| = \(a.count), |b| = \(b.count)")
    if order == 0 { return true }
    return a.withUnsafeMutableBufferPointer { aBuffer in
        b.withUnsafeMutableBufferPointer { bBuffer in
            let a = aBuffer.baseAddress!, b = bBuffer.baseAddress!
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
