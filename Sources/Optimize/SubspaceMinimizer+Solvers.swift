/// The two ways of solving B̂ d^u = −r in the subspace step, B̂ = θI − ZᵀW M WᵀZ (see `SubspaceMinimizer`).
/// Both read r from `reduced[0..<freeCount]` and overwrite it with d^u; both return false when the system is
/// numerically singular.
extension SubspaceMinimizer {
    /// Forms B̂ (n_free × n_free) from the rows wᵢ of W and the products M wᵢ, factors it by Cholesky and solves.
    /// Cost O(n_free·k² + n_free²·k + n_free³): the cheaper method when n_free ≤ k.
    mutating func solveWithReducedHessian(memory b: LimitedMemoryMatrix) -> Bool {
        let width = 2 * b.count
        let rowStride = 2 * b.capacity
        let theta = b.theta
        // Rows 0..<n_free of `gram` hold wᵢ; rows of `system` get B̂. M wᵢ goes to rows m..<m+n_free of `gram`
        // (n_free ≤ k ≤ m when this method is chosen automatically; tests may force it only with n_free ≤ m).
        precondition(freeCount <= b.capacity, "reduced-Hessian subspace step needs n_free ≤ m")
        let mOffset = b.capacity * rowStride
        for f in 0..<freeCount {
            b.rowOfW(free[f], into: &row)
            b.multiplyMiddle(row, into: &mRow)
            for j in 0..<width {
                gram[f * rowStride + j] = row[j]
                gram[mOffset + f * rowStride + j] = mRow[j]
            }
        }
        for a in 0..<freeCount {
            for c in 0...a {
                var wMw = 0.0
                for j in 0..<width { wMw += gram[a * rowStride + j] * gram[mOffset + c * rowStride + j] }
                system[a * rowStride + c] = (a == c ? theta : 0) - wMw
            }
        }
        for f in 0..<freeCount { reduced[f] = -reduced[f] }
        return solveSymmetricPositiveDefiniteInPlace(&system, order: freeCount, stride: rowStride, &reduced)
    }

    /// Sherman–Morrison–Woodbury (BLNZ eq. 5.6–5.10):
    ///
    ///     B̂⁻¹ = θ⁻¹ I + θ⁻² ZᵀW N⁻¹ M WᵀZ,      N = I − θ⁻¹ M WᵀZ ZᵀW        (2k × 2k),
    ///
    /// so d^u = −θ⁻¹ r − θ⁻² ZᵀW q with N q = M WᵀZ r. Since N = M K with the symmetric
    ///
    ///     K = M⁻¹ − θ⁻¹ WᵀZ ZᵀW = [ −D − θ⁻¹YᵀZZᵀY     Lᵀ − YᵀZZᵀS  ]
    ///                             [  L − SᵀZZᵀY        θSᵀ(I − ZZᵀ)S ]
    ///
    /// (the matrix Algorithm 778's `formk` builds), q solves K q = WᵀZ r; M⁻¹ is read off SᵀY and SᵀS, so no
    /// product with M is needed. K is indefinite: LU with partial pivoting. Cost O(n_free·k² + k³).
    mutating func solveWithWoodbury(memory b: LimitedMemoryMatrix) -> Bool {
        let width = 2 * b.count
        let rowStride = 2 * b.capacity
        let theta = b.theta
        // u = WᵀZ r and G = Σ_free wᵢ wᵢᵀ (upper triangle, mirrored below).
        for j in 0..<width {
            u[j] = 0
            for l in j..<width { gram[j * rowStride + l] = 0 }
        }
        for f in 0..<freeCount {
            b.rowOfW(free[f], into: &row)
            let rf = reduced[f]
            gram.withUnsafeMutableBufferPointer { gramBuffer in
                row.withUnsafeBufferPointer { rowBuffer in
                    let g = gramBuffer.baseAddress!
                    let w = rowBuffer.baseAddress!
                    for j in 0..<width {
                        let wj = w[j]
                        let line = g + j &* rowStride
                        for l in j..<width { line[l] += wj * w[l] }
                    }
                }
            }
            for j in 0..<width { u[j] += rf * row[j] }
        }
        // K = M⁻¹ − θ⁻¹G, and q = K⁻¹ u (= N⁻¹ M u since N = M K).
        b.writeMiddleInverse(into: &system, rowStride: rowStride)
        for j in 0..<width {
            for l in j..<width {
                let scaled = gram[j * rowStride + l] / theta
                system[j * rowStride + l] -= scaled
                if l != j { system[l * rowStride + j] -= scaled }
            }
            q[j] = u[j]
        }
        guard solveDenseSystemInPlace(&system, order: width, stride: rowStride, &q) else { return false }
        for f in 0..<freeCount {
            reduced[f] = -reduced[f] / theta - b.dotRowOfW(free[f], q) / (theta * theta)
        }
        return true
    }
}
