/// Growing a Cholesky factor when the matrix gains rows and columns, without refactoring it:
/// the O(n²m) update Gaussian processes need when observations (or pending, fantasized points) arrive.
///
/// With A' = [[A, B], [Bᵀ, C]] (A: n×n, B: n×m, C: m×m) and A = L·Lᵀ:
///   S = L⁻¹·B            (n×m, `trsm`)
///   C − Sᵀ·S = L₂₂·L₂₂ᵀ  (m×m, `syrk` then `potrf`)
///   L' = [[L, 0], [Sᵀ, L₂₂]].
extension Cholesky {
    /// Extends the factorization of A to that of [[A, B], [Bᵀ, C]]. Only C's lower triangle is read.
    /// On error the factorization is left unchanged; the leading minor counts from the start of A'.
    public mutating func extend(crossCovariance b: Matrix<Scalar>, newBlock c: Matrix<Scalar>) throws(LinearAlgebraError) {
        let (n, m) = (dimension, c.rows)
        precondition(c.isSquare && b.rows == n && b.columns == m,
                     "Cholesky extend: A is \(n)×\(n), B is \(b.rows)×\(b.columns), C is \(c.rows)×\(c.columns)")
        if m == 0 { return }
        if let bad = b.firstNonFiniteIndex { throw .nonFinite(index: bad) }
        var s = b
        solveTriangular(&s, transpose: .noTranspose)
        var schur = c
        syrk(-1, s, .transpose, 1, into: &schur, triangle: .lower)
        let info = schur.withUnsafeMutableBufferPointer { p in
            Scalar.lapackPotrf(lapackColumnMajor, Triangle.upper.lapack, Int32(m), p.baseAddress!, Int32(m))
        }
        try Cholesky.check(info: info, input: c, factor: schur, offset: n)

        let total = n + m
        var grown = Matrix<Scalar>(rows: total, columns: total)
        grown.withUnsafeMutableBufferPointer { g in
            storage.withUnsafeBufferPointer { l in
                for i in 0..<n { for j in 0...i { g[i * total + j] = l[i * n + j] } }
            }
            s.withUnsafeBufferPointer { sp in
                schur.withUnsafeBufferPointer { l22 in
                    for i in 0..<m {
                        for j in 0..<n { g[(n + i) * total + j] = sp[j * m + i] }
                        for j in 0...i { g[(n + i) * total + n + j] = l22[i * m + j] }
                    }
                }
            }
        }
        storage = grown
    }

    /// Extends by one row and column: b is A's covariance with the new point, c its variance.
    public mutating func extend(crossCovariance b: [Scalar], newDiagonal c: Scalar) throws(LinearAlgebraError) {
        try extend(crossCovariance: Matrix(column: b), newBlock: Matrix(rows: 1, columns: 1, elements: [c]))
    }
}
