/// Where a coordinate stands with respect to its bounds during one iteration.
enum BoundState: Sendable, Equatable {
    /// Free to move in the subspace minimization.
    case free
    /// Held at its lower bound.
    case atLower
    /// Held at its upper bound.
    case atUpper
    /// lower == upper: never moves.
    case fixed
}

/// The generalized Cauchy point (BLNZ §4, "Algorithm CP"; N&W §16.7): the first local minimizer of the quadratic
/// model m(x) = f + gᵀ(x − x₀) + ½ (x − x₀)ᵀ B (x − x₀) along the projected steepest-descent path
/// x(t) = P(x₀ − t g), t ≥ 0.
///
/// Coordinate i leaves the path's interior at its breakpoint tᵢ = (x₀ᵢ − uᵢ)/gᵢ (gᵢ < 0) or (x₀ᵢ − lᵢ)/gᵢ (gᵢ > 0),
/// ∞ otherwise. On the segment between consecutive breakpoints t_{j−1} and t_j the path is x(t_{j−1}) + Δt d,
/// with d the steepest-descent direction with the already-bounded coordinates zeroed, and m is the parabola
/// f′ Δt + ½ f″ Δt², minimized at Δt* = −f′/f″. With B = θI − WMWᵀ, p = Wᵀd and c = Wᵀ(x(t_{j−1}) − x₀), passing
/// breakpoint b (coordinate b stops at its bound, z_b = x^c_b − x₀_b, w_b = row b of W) updates (BLNZ eq. 4.9–4.10)
///
///     c  ← c + Δt p
///     f′ ← f′ + Δt f″ + g_b² + θ g_b z_b − g_b w_bᵀ M c
///     f″ ← f″ − θ g_b² − 2 g_b w_bᵀ M p − g_b² w_bᵀ M w_b
///     p  ← p + g_b w_b,
///
/// one product M w_b (O(k²)) per breakpoint passed. Breakpoints come from a heap, so the search costs
/// O(n + (number passed)·(log n + k²)). On return `c` = Wᵀ(x^c − x₀), which the subspace step reuses.
struct CauchyPointSearch {
    /// Per-coordinate state at the Cauchy point: `.free` coordinates enter the subspace minimization.
    private(set) var state: [BoundState]
    /// c = Wᵀ(x^c − x₀) (2k entries).
    private(set) var c: [Double]
    private var breakpoints: [Double]
    private var direction: [Double]
    private var heap: BreakpointHeap
    private var p: [Double]
    private var wb: [Double]
    private var mwb: [Double]

    init(dimension n: Int, memory m: Int) {
        state = Array(repeating: .free, count: n)
        breakpoints = Array(repeating: 0, count: n)
        direction = breakpoints
        heap = BreakpointHeap(capacity: n)
        c = Array(repeating: 0, count: 2 * m)
        p = c
        wb = c
        mwb = c
    }

    /// Writes the generalized Cauchy point from x with gradient g into `xc` (x must lie in the box).
    mutating func compute(
        x: [Double], gradient g: [Double], lower: [Double], upper: [Double],
        memory b: LimitedMemoryMatrix, into xc: inout [Double]
    ) {
        let n = x.count
        let k = b.count
        let theta = b.theta
        heap.removeAll()
        var slope = 0.0
        var moving = 0
        for i in 0..<n {
            let gi = g[i]
            let xi = x[i]
            let li = lower[i]
            let ui = upper[i]
            xc[i] = xi
            direction[i] = 0
            if li == ui {
                state[i] = .fixed
                continue
            }
            if xi <= li && gi >= 0 {
                state[i] = .atLower
                continue
            }
            if xi >= ui && gi <= 0 {
                state[i] = .atUpper
                continue
            }
            state[i] = .free
            if gi == 0 { continue }
            direction[i] = -gi
            slope -= gi * gi
            moving += 1
            let bound = gi < 0 ? ui : li
            breakpoints[i] = bound.isFinite ? (xi - bound) / gi : .infinity
            if bound.isFinite { heap.appendUnordered(i) }
        }
        for j in 0..<(2 * k) { c[j] = 0 }
        if moving == 0 { return }
        heap.heapify(keys: breakpoints)

        // f″ = dᵀBd = θ dᵀd − pᵀMp on the first segment.
        b.multiplyWTransposed(direction, into: &p)
        var curvature = -theta * slope
        if k > 0 {
            b.multiplyMiddle(p, into: &mwb)
            for j in 0..<(2 * k) { curvature -= p[j] * mwb[j] }
        }
        let curvatureFloor = Double.ulpOfOne * max(curvature, -theta * slope)
        curvature = max(curvature, curvatureFloor)
        var stepToMinimum = -slope / curvature
        var tOld = 0.0

        while !heap.isEmpty {
            let bp = heap.minimum
            let segment = breakpoints[bp] - tOld
            if stepToMinimum < segment { break }
            heap.removeMinimum(keys: breakpoints)
            // Coordinate bp reaches its bound and stays there.
            let towardsUpper = direction[bp] > 0
            let bound = towardsUpper ? upper[bp] : lower[bp]
            xc[bp] = bound
            state[bp] = towardsUpper ? .atUpper : .atLower
            let zb = bound - x[bp]
            let gb = g[bp]
            for j in 0..<(2 * k) { c[j] += segment * p[j] }
            var wbMc = 0.0
            var wbMp = 0.0
            var wbMwb = 0.0
            if k > 0 {
                b.rowOfW(bp, into: &wb)
                b.multiplyMiddle(wb, into: &mwb)
                for j in 0..<(2 * k) {
                    wbMc += c[j] * mwb[j]
                    wbMp += p[j] * mwb[j]
                    wbMwb += wb[j] * mwb[j]
                }
            }
            slope += segment * curvature + gb * gb + theta * gb * zb - gb * wbMc
            curvature += -theta * gb * gb - 2 * gb * wbMp - gb * gb * wbMwb
            curvature = max(curvature, curvatureFloor)
            for j in 0..<(2 * k) { p[j] += gb * wb[j] }
            direction[bp] = 0
            moving -= 1
            tOld = breakpoints[bp]
            if moving == 0 {
                stepToMinimum = 0
                break
            }
            stepToMinimum = -slope / curvature
        }

        stepToMinimum = max(stepToMinimum, 0)
        let t = tOld + stepToMinimum
        for i in 0..<n where direction[i] != 0 {
            xc[i] = min(max(x[i] + t * direction[i], lower[i]), upper[i])
        }
        for j in 0..<(2 * k) { c[j] += stepToMinimum * p[j] }
    }

    /// For a problem without finite bounds and a non-empty memory, Algorithm 778 skips the Cauchy search: every
    /// coordinate is free, x^c = x and c = 0, and the subspace step becomes the plain L-BFGS step −B⁻¹g.
    mutating func skip(x: [Double], memory b: LimitedMemoryMatrix, into xc: inout [Double]) {
        for i in 0..<x.count {
            xc[i] = x[i]
            state[i] = .free
        }
        for j in 0..<(2 * b.count) { c[j] = 0 }
    }
}
