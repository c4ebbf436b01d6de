/// Growing a Cholesky factor when the matrix gains rows and columns, without refactoring it:
/// the O(n²m) update Gaussian processes need when observations (or pending, fantasized points) arrive.
///
/// With A' = [[A, B], [Bᵀ, C]] (A: n×n, B: n×m, C: m×m) and A = L·Lᵀ:
///   S = L⁻¹·B            (n×m, `trsm`; stored as U' = L'ᵀ, see `Cholesky`)
///   C − Sᵀ·S = L₂₂·L₂₂ᵀ  (m×m, `syrk` then `potrf`)
///   L' = [[L, 0], [Sᵀ, L₂₂]].
extension Cholesky {
    /// Extends the factorization of A to that of [[A, B], [Bᵀ, C]]. Only C's upper triangle is read.
    /// On error the factorization is left unchanged; the leading minor counts from the start of A'.
    public mutating func extend(
        crossCovariance b: Matrix<Scalar>,
        newBlock c: Matrix<Scalar>
    ) throws(LinearAlgebraError) {
        let (n, m) = (dimension, c.rows)
        precondition(
            c.isSquare && b.rows == n && b.columns == m,
            "Cholesky extend: A is \(n)×\(n), B is \(b.rows)×\(b.columns), C is \(c.rows)×\(c.columns)")
        if m == 0 { return }
        if let bad = b.firstNonFiniteIndex { throw .nonFinite(index: bad) }
        var s = b
        solveTriangular(&s, transpose: .noTranspose)
        var schur = c
        syrk(-1, s, .transpose, 1, into: &schur, triangle: .upper)
        let info = schur.withUnsafeMutableBufferPointer { p in
            Scalar.lapackPotrf(.columnMajor, .lower, Int32(m), p.baseAddress!, Int32(m))
        }
        try Cholesky.check(info: info, input: c, factor: schur, offset: n)

        // Storage holds U' = L'ᵀ = [[U, S], [0, U₂₂]] in its upper triangle.
        let total = n + m
        var grown = Matrix<Scalar>(rows: total, columns: total)
        grown.withUnsafeMutableBufferPointer { g in
            storage.withUnsafeBufferPointer { u in
                s.withUnsafeBufferPointer { sp in
                    for i in 0..<n {
                        for j in i..<n { g[i * total + j] = u[i * n + j] }
                        for j in 0..<m { g[i * total + n + j] = sp[i * m + j] }
                    }
                }
            }
            schur.withUnsafeBufferPointer { u22 in
                for i in 0..<m { for j in i..<m { g[(n + i) * total + n + j] = u22[i * m + j] } }
            }
        }
        storage = grown
    }

    /// Extends by one row and column: b is A's covariance with the new point, c its variance.
    public mutating func extend(crossCovariance b: [Scalar], newDiagonal c: Scalar) throws(LinearAlgebraError) {
        try extend(crossCovariance: Matrix(column: b), newBlock: Matrix(rows: 1, columns: 1, elements: [c]))
    }
}
