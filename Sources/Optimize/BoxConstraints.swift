/// The box l ≤ x ≤ u of a bound-constrained problem and the few operations on it that L-BFGS-B needs.
enum BoxConstraints {
    /// Checks the shapes and values of the bounds (programmer errors: the shapes and the offending index are in
    /// the message). Each lower bound may be −∞, each upper bound +∞; NaN is rejected, and lower ≤ upper.
    static func validate(count n: Int, lower: [Double], upper: [Double]) {
        precondition(
            lower.count == n && upper.count == n,
            "L-BFGS-B: x0 has \(n) entries but lower has \(lower.count) and upper \(upper.count)")
        for i in 0..<n {
            precondition(
                !lower[i].isNaN && !upper[i].isNaN && lower[i] <= upper[i] && lower[i] < .infinity
                    && upper[i] > -.infinity,
                "L-BFGS-B: bounds of coordinate \(i) are lower = \(lower[i]), upper = \(upper[i])")
        }
    }

    /// P(x): each coordinate clipped into [lᵢ, uᵢ].
    static func project(_ x: [Double], lower: [Double], upper: [Double]) -> [Double] {
        var projected = x
        for i in 0..<x.count { projected[i] = min(max(x[i], lower[i]), upper[i]) }
        return projected
    }

    /// ‖P(x − g) − x‖∞, written as in Algorithm 778's `projgr` to avoid cancellation:
    /// gᵢ < 0 contributes max(xᵢ − uᵢ, gᵢ), gᵢ > 0 contributes min(xᵢ − lᵢ, gᵢ). Zero exactly at a KKT point.
    static func projectedGradientNorm(x: [Double], gradient g: [Double], lower: [Double], upper: [Double]) -> Double {
        var norm = 0.0
        for i in 0..<x.count {
            var gi = g[i]
            if gi < 0 {
                gi = max(x[i] - upper[i], gi)
            } else {
                gi = min(x[i] - lower[i], gi)
            }
            norm = max(norm, abs(gi))
        }
        return norm
    }

    /// The largest α with l ≤ x + α d ≤ u (+∞ when d never meets a finite bound); x must lie in the box.
    static func maximumStep(from x: [Double], along d: [Double], lower: [Double], upper: [Double]) -> Double {
        var step = Double.infinity
        for i in 0..<x.count {
            let di = d[i]
            if di > 0 && upper[i].isFinite {
                step = min(step, (upper[i] - x[i]) / di)
            } else if di < 0 && lower[i].isFinite {
                step = min(step, (lower[i] - x[i]) / di)
            }
        }
        return max(step, 0)
    }
}
