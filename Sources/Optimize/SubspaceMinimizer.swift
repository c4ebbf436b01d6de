/// Subspace minimization from the generalized Cauchy point (BLNZ §5.1, direct primal method; Morales & Nocedal
/// 2011 for the projected step).
///
/// With Z selecting the coordinates that are free at x^c (`BoundState.free`), the quadratic model restricted to
/// x = x^c + Z d has gradient r = Zᵀ(g + θ(x^c − x₀) − W M c) at d = 0 (c = Wᵀ(x^c − x₀) from the Cauchy search)
/// and Hessian B̂ = θI − ZᵀW M WᵀZ (n_free × n_free, positive definite). Its unconstrained minimizer
/// d^u = −B̂⁻¹ r is computed one of two ways (`SubspaceMinimizer+Solvers.swift`), whichever is cheaper:
/// forming and factoring B̂ itself when n_free ≤ k (small problems: the acquisition search), or the
/// Sherman–Morrison–Woodbury form through a 2k × 2k system otherwise.
///
/// The step x̄ = P(x^c + Z d^u) (projection onto the box) is taken when (x̄ − x₀)ᵀg < 0; otherwise the step is
/// truncated to stay feasible, x̄ = x^c + α* Z d^u with α* = max{α ≤ 1 : l ≤ x^c + α Z d^u ≤ u} (BLNZ eq. 5.11).
struct SubspaceMinimizer {
    /// How d^u is computed; `.automatic` picks by cost, the others exist so tests can compare the two.
    enum Method: Sendable {
        case automatic, reducedHessian, woodbury
    }

    var method = Method.automatic
    /// Indices of the free coordinates (first `freeCount` entries).
    var free: [Int]
    var freeCount = 0
    /// r, then d^u, indexed by position in `free`.
    var reduced: [Double]
    /// 2m-vectors and 2m × 2m matrices (row stride 2m) used by the solvers.
    var mc: [Double]
    var u: [Double]
    var q: [Double]
    var row: [Double]
    var mRow: [Double]
    var gram: [Double]
    var system: [Double]

    init(dimension n: Int, memory m: Int) {
        free = Array(repeating: 0, count: n)
        reduced = Array(repeating: 0, count: n)
        mc = Array(repeating: 0, count: 2 * m)
        u = mc
        q = mc
        row = mc
        mRow = mc
        gram = Array(repeating: 0, count: 4 * m * m)
        system = gram
    }

    /// Writes x̄ into `xBar`. Returns false when the reduced system is numerically singular (the caller then
    /// empties the memory and restarts from steepest descent).
    mutating func minimize(
        x: [Double], gradient g: [Double], lower: [Double], upper: [Double],
        cauchyPoint xc: [Double], cauchy: CauchyPointSearch, memory b: LimitedMemoryMatrix,
        into xBar: inout [Double]
    ) -> Bool {
        let n = x.count
        let k = b.count
        let theta = b.theta
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

        // d^u = −B̂⁻¹ r.
        if k == 0 {
            for f in 0..<freeCount { reduced[f] = -reduced[f] / theta }
        } else {
            let useReducedHessian =
                switch method {
                case .automatic: freeCount <= k
                case .reducedHessian: true
                case .woodbury: false
                }
            let solved = useReducedHessian ? solveWithReducedHessian(memory: b) : solveWithWoodbury(memory: b)
            guard solved else { return false }
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
            let i = free[f]
            let di = reduced[f]
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
