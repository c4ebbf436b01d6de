/// Finite-difference gradients, for checking analytic gradients in tests (of kernels, likelihoods, acquisition
/// functions, and the objectives handed to `LBFGSB`).
///
/// Central differences (N&W §8.1, eq. 8.7): ∂f/∂xᵢ ≈ (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / (2hᵢ), with hᵢ = step · max(1, |xᵢ|)
/// so that the step is relative for large coordinates. The truncation error is O(hᵢ² · |∂³f|) and the rounding
/// error O(ε |f| / hᵢ); step ≈ ε^{1/3} ≈ 6·10⁻⁶ balances the two for well-scaled f, so compare with a relative
/// tolerance around 10⁻⁶–10⁻⁸, not tighter. Each coordinate costs two evaluations of f.
public enum FiniteDifference {
    /// The central-difference approximation of ∇f(x).
    public static func gradient(of f: ([Double]) -> Double, at x: [Double], step: Double = 1e-6) -> [Double] {
        precondition(step > 0 && step.isFinite, "FiniteDifference.gradient: step must be positive, got \(step)")
        var point = x
        var gradient = [Double](repeating: 0, count: x.count)
        for i in 0..<x.count {
            let h = step * max(1, abs(x[i]))
            point[i] = x[i] + h
            let forward = f(point)
            point[i] = x[i] - h
            let backward = f(point)
            point[i] = x[i]
            gradient[i] = (forward - backward) / (2 * h)
        }
        return gradient
    }

    /// The central-difference gradient of an objective written for `LBFGSB.minimize` (its own gradient output
    /// is ignored).
    public static func gradient(
        of objective: (_ x: [Double], _ gradient: inout [Double]) -> Double, at x: [Double], step: Double = 1e-6
    ) -> [Double] {
        var scratch = [Double](repeating: 0, count: x.count)
        return gradient(of: { objective($0, &scratch) }, at: x, step: step)
    }

    /// maxᵢ |aᵢ − bᵢ| / max(|aᵢ|, |bᵢ|, floor): the largest relative difference between two gradients, with
    /// `floor` keeping entries near zero from dominating. Counts must match.
    public static func maximumRelativeDifference(_ a: [Double], _ b: [Double], floor: Double = 1e-8) -> Double {
        precondition(a.count == b.count, "FiniteDifference.maximumRelativeDifference: counts \(a.count) and \(b.count)")
        var worst = 0.0
        for i in 0..<a.count {
            let difference = abs(a[i] - b[i])
            if difference.isNaN { return .nan }
            worst = max(worst, difference / max(abs(a[i]), abs(b[i]), floor))
        }
        return worst
    }
}
