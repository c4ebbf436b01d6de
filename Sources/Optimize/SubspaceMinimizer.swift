/// Subspace minimization from the generalized Cauchy point (BLNZ §5.1, direct primal method; Morales & Nocedal
/// 2011 for the projected step).
///
/// With Z selecting the coordinates that are free at x^c (`BoundState.free`), the quadratic model restricted to
/// x = x^c + Z d has gradient r = Zᵀ(g + θ(x^c − x₀) − W M c) at d = 0 (c = Wᵀ(x^c − x₀) from the Cauchy search)
/// and Hessian B̂ = θI − ZᵀW M WᵀZ. Its unconstrained minimizer d^u = −B̂⁻¹ r comes from Sherman–Morrison–Woodbury
/// (BLNZ eq. 5.6–5.10):
///
///     B̂⁻¹ = θ⁻¹ I + θ⁻² ZᵀW N⁻¹ M WᵀZ,      N = I − θ⁻¹ M WᵀZ ZᵀW        (2k × 2k)
///
/// so d^u = −θ⁻¹ r − θ⁻² ZᵀW q with N q = M WᵀZ r. Since N = M K with the symmetric
///
///     K = M⁻¹ − θ⁻¹ WᵀZ ZᵀW = [ −D − θ⁻¹YᵀZZᵀY     Lᵀ − YᵀZZᵀS  ]
///                             [  L − SᵀZZᵀY        θSᵀ(I − ZZᵀ)S ]
///
/// (the matrix Algorithm 778's `formk` builds), q solves K q = WᵀZ r: M⁻¹ is read off SᵀY and SᵀS, so no product
/// with M is needed. Cost O(n_free·k² + k³).
/// The step x̄ = P(x^c + Z d^u) (projection onto the box) is taken when (x̄ − x₀)ᵀg < 0; otherwise the step is
/// truncated to stay feasible, x̄ = x^c + α* Z d^u with α* = max{α ≤ 1 : l ≤ x^c + α Z d^u ≤ u} (BLNZ eq. 5.11).
struct SubspaceMinimizer {
    private var free: [Int]
    private var freeCount = 0
    /// r then d^u, indexed by position in `free`.
    private var reduced: [Double]
    private var mc: [Double]
    private var u: [Double]
    private var q: [Double]
    private var row: [Double]
    /// The Gram matrix G = WᵀZ ZᵀW and K; 2m × 2m with row stride 2m.
    private var gram: [Double]
    private var system: [Double]

    init(dimension n: Int, memory m: Int) {
        free = Array(repeating: 0, count: n)
        reduced = Array(repeating: 0, count: n)
        mc = Array(repeating: 0, count: 2 * m)
        u = mc
        q = mc
        row = mc
        gram = Array(repeating: 0, count: 4 * m * m)
        system = gram
    }

    /// Writes x̄ into `xBar`. Returns false when K is numerically singular (the caller then empties the memory
    /// and restarts from steepest descent).
    mutating func minimize(
        x: [Double], gradient g: [Double], lower: [Double], upper: [Double],
        cauchyPoint xc: [Double], cauchy: CauchyPointSearch, memory b: LimitedMemoryMatrix,
        into xBar: inout [Double]
    ) -> Bool {
        let n = x.count, k = b.count, theta = b.theta
        freeCount = 0
        for i in 0..<n {
            xBar[i] = xc[i]
            if cauchy.state[i] == .free {
                free[freeCount] = i
                freeCount += 1
            }
        }
        if freeCount == 0 { return true }

        // r = Zᵀ(g + θ(x^c − x₀) − W M c).
        if k > 0 { b.multiplyMiddle(cauchy.c, into: &mc) }
        for f in 0..<freeCount {
            let i = free[f]
            reduced[f] = g[i] + theta * (xc[i] - x[i]) - (k > 0 ? b.dotRowOfW(i, mc) : 0)
        }

        if k == 0 {
            for f in 0..<freeCount { reduced[f] = -reduced[f] / theta }
        } else {
            let width = 2 * k, rowStride = 2 * b.capacity
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
                        let g = gramBuffer.baseAddress!, w = rowBuffer.baseAddress!
                        for j in 0..<width {
                            let wj = w[j], line = g + j &* rowStride
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
        }

        // Projected step, kept when it is a descent direction from x₀.
        for f in 0..<freeCount {
            let i = free[f]
            xBar[i] = min(max(xc[i] + reduced[f], lower[i]), upper[i])
        }
        var slope = 0.0
        for i in 0..<n { slope += (xBar[i] - x[i]) * g[i] }
        if slope < 0 { return true }

        // Truncated step that stays in the box.
        var alpha = 1.0
        for f in 0..<freeCount {
            let i = free[f], di = reduced[f]
            if di > 0 && upper[i].isFinite {
                alpha = min(alpha, (upper[i] - xc[i]) / di)
            } else if di < 0 && lower[i].isFinite {
                alpha = min(alpha, (lower[i] - xc[i]) / di)
            }
        }
        alpha = max(alpha, 0)
        for f in 0..<freeCount {
            let i = free[f]
            xBar[i] = min(max(xc[i] + alpha * reduced[f], lower[i]), upper[i])
        }
        return true
    }
}
