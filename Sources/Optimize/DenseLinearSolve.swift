/// Solves the small dense system A x = b in place by Gaussian elimination with partial pivoting (Golub & Van Loan,
/// *Matrix Computations*, 4th ed., Alg. 3.4.1). A is `order` × `order`, row-major with row stride `stride`; it is
/// overwritten by its LU factors and b by the solution. Meant for the 2k × 2k systems of the subspace step
/// (2k ≤ 2m, a few dozen at most), where a BLAS call would cost more than the arithmetic.
///
/// Returns false when a pivot is zero or not finite, or the solution is not finite (A numerically singular).
func solveDenseSystemInPlace(_ a: inout [Double], order: Int, stride rowStride: Int, _ b: inout [Double]) -> Bool {
    precondition(a.count >= order * rowStride && b.count >= order,
                 "solveDenseSystemInPlace: order \(order), stride \(rowStride), but |A| = \(a.count), |b| = \(b.count)")
    for column in 0..<order {
        var pivotRow = column
        var pivotSize = abs(a[column * rowStride + column])
        for row in (column + 1)..<order where abs(a[row * rowStride + column]) > pivotSize {
            pivotRow = row
            pivotSize = abs(a[row * rowStride + column])
        }
        guard pivotSize > 0, pivotSize.isFinite else { return false }
        if pivotRow != column {
            for j in column..<order { a.swapAt(column * rowStride + j, pivotRow * rowStride + j) }
            b.swapAt(column, pivotRow)
        }
        let pivot = a[column * rowStride + column]
        for row in (column + 1)..<order {
            let factor = a[row * rowStride + column] / pivot
            if factor == 0 { continue }
            for j in (column + 1)..<order { a[row * rowStride + j] -= factor * a[column * rowStride + j] }
            b[row] -= factor * b[column]
        }
    }
    for row in stride(from: order - 1, through: 0, by: -1) {
        var t = b[row]
        for j in (row + 1)..<order { t -= a[row * rowStride + j] * b[j] }
        t /= a[row * rowStride + row]
        guard t.isFinite else { return false }
        b[row] = t
    }
    return true
}
