/// The limited-memory BFGS matrix in compact form (Byrd, Nocedal & Schnabel, "Representations of quasi-Newton
/// matrices and their use in limited memory methods", Math. Prog. 63, 1994, Thm 2.3; BLNZ 1995 §3; N&W §7.3):
///
///     B = θ I − W M Wᵀ,        W = [ Y  θS ]               (n × 2k)
///                              M = [ −D    Lᵀ  ]⁻¹          (2k × 2k)
///                                  [  L   θSᵀS ]
///
/// S = [s₀ … s_{k−1}] and Y = [y₀ … y_{k−1}] hold the k ≤ m most recent correction pairs, oldest first;
/// D = diag(sᵢᵀyᵢ); L is the strictly lower triangle of SᵀY (L_ij = sᵢᵀyⱼ for i > j); θ = yᵀy / sᵀy of the
/// newest pair (θ = 1 and k = 0 give B = I). B is positive definite when every sᵢᵀyᵢ > 0.
///
/// Storage: S and Y are n × m row-major (row r holds coordinate r of every pair, so a row wᵣ of W is two short
/// contiguous runs); SᵀY and SᵀS are m × m and updated with one new row and column per pair (O(nm)). Products
/// with M use the Cholesky factor J of T = θSᵀS + L D⁻¹ Lᵀ (the `bmv`/`formt` scheme of Algorithm 778).
struct LimitedMemoryMatrix {
    /// n, the number of variables.
    let dimension: Int
    /// m, the maximum number of pairs.
    let capacity: Int
    /// k, the number of stored pairs.
    private(set) var count = 0
    /// θ, the scaling of the identity part.
    private(set) var theta = 1.0
    /// S, n × m row-major.
    private(set) var s: [Double]
    /// Y, n × m row-major.
    private(set) var y: [Double]
    /// SᵀY, m × m row-major: `sy[i * m + j]` = sᵢᵀyⱼ.
    private(set) var sy: [Double]
    /// SᵀS, m × m row-major.
    private(set) var ss: [Double]
    /// J (lower triangle, m × m row-major) with J Jᵀ = T = θSᵀS + L D⁻¹ Lᵀ.
    private(set) var factorT: [Double]

    init(dimension: Int, capacity: Int) {
        precondition(capacity >= 1, "L-BFGS-B memory must be at least 1, got \(capacity)")
        self.dimension = dimension
        self.capacity = capacity
        s = Array(repeating: 0, count: dimension * capacity)
        y = s
        sy = Array(repeating: 0, count: capacity * capacity)
        ss = sy
        factorT = sy
    }

    /// Forgets every pair: B = I.
    mutating func reset() {
        count = 0
        theta = 1
    }

    /// Appends the pair (s, y), dropping the oldest one when the memory is full. The caller guarantees sᵀy > 0.
    /// Returns false, leaving the memory empty, when T is not numerically positive definite (nearly dependent
    /// sᵢ), so that the caller restarts from steepest descent as Algorithm 778 does.
    mutating func append(s newS: [Double], y newY: [Double]) -> Bool {
        let n = dimension
        let m = capacity
        if count == m { dropOldest() }
        let j = count
        var yy = 0.0
        for r in 0..<n {
            s[r * m + j] = newS[r]
            y[r * m + j] = newY[r]
            yy += newY[r] * newY[r]
        }
        count += 1
        for i in 0...j {
            var siyj = 0.0
            var sjyi = 0.0
            var sisj = 0.0
            for r in 0..<n {
                let sri = s[r * m + i]
                siyj += sri * newY[r]
                sjyi += newS[r] * y[r * m + i]
                sisj += sri * newS[r]
            }
            sy[i * m + j] = siyj
            sy[j * m + i] = sjyi
            ss[i * m + j] = sisj
            ss[j * m + i] = sisj
        }
        theta = yy / sy[j * m + j]
        return factorize()
    }

    /// Shifts every stored pair one place towards the front, discarding pair 0.
    private mutating func dropOldest() {
        let n = dimension
        let m = capacity
        for r in 0..<n {
            for j in 0..<(m - 1) {
                s[r * m + j] = s[r * m + j + 1]
                y[r * m + j] = y[r * m + j + 1]
            }
        }
        for i in 0..<(m - 1) {
            for j in 0..<(m - 1) {
                sy[i * m + j] = sy[(i + 1) * m + j + 1]
                ss[i * m + j] = ss[(i + 1) * m + j + 1]
            }
        }
        count -= 1
    }

    /// Forms T = θSᵀS + L D⁻¹ Lᵀ, (L D⁻¹ Lᵀ)ᵢⱼ = Σ_{l < min(i,j)} sᵢᵀy_l · sⱼᵀy_l / s_lᵀy_l, and factors it in place
    /// (Cholesky–Banachiewicz). Resets the memory and returns false on a non-positive or non-finite pivot.
    private mutating func factorize() -> Bool {
        let k = count
        let m = capacity
        for i in 0..<k {
            for j in 0...i {
                var t = theta * ss[i * m + j]
                for l in 0..<j {
                    t += sy[i * m + l] * sy[j * m + l] / sy[l * m + l]
                }
                factorT[i * m + j] = t
            }
        }
        for j in 0..<k {
            var pivot = factorT[j * m + j]
            for l in 0..<j { pivot -= factorT[j * m + l] * factorT[j * m + l] }
            guard pivot > 0, pivot.isFinite else {
                reset()
                return false
            }
            let diagonal = pivot.squareRoot()
            factorT[j * m + j] = diagonal
            for i in (j + 1)..<k {
                var t = factorT[i * m + j]
                for l in 0..<j { t -= factorT[i * m + l] * factorT[j * m + l] }
                factorT[i * m + j] = t / diagonal
            }
        }
        return true
    }
}
