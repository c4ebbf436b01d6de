@testable import Optimize

/// Runs `LBFGSB.minimize` while recording what the objective saw: how often it was called and whether every
/// point it received lay inside the box (L-BFGS-B must never evaluate outside it).
struct MinimizationHarness {
    var options = LBFGSB.Options()

    struct Run {
        var result: MinimizationResult
        var calls: Int
        var allPointsInBox: Bool
    }

    func run(
        from x0: [Double], lower: [Double], upper: [Double],
        objective: (_ x: [Double], _ gradient: inout [Double]) -> Double
    ) -> Run {
        var calls = 0
        var inBox = true
        let result = LBFGSB(options: options).minimize(from: x0, lower: lower, upper: upper) { x, g in
            calls += 1
            for i in 0..<x.count where !(lower[i] <= x[i] && x[i] <= upper[i]) { inBox = false }
            return objective(x, &g)
        }
        return Run(result: result, calls: calls, allPointsInBox: inBox)
    }

    /// Unbounded coordinates.
    static func free(_ n: Int) -> (lower: [Double], upper: [Double]) {
        (Array(repeating: -.infinity, count: n), Array(repeating: .infinity, count: n))
    }

    /// An independent oracle for min ½(x − c)ᵀA(x − c) over a box: cyclic coordinate descent, each coordinate set
    /// to its exact clipped minimizer xᵢ = clip(cᵢ − Σ_{j≠i} Aᵢⱼ(xⱼ − cⱼ) / Aᵢᵢ), which converges for SPD A.
    static func boxQuadraticByCoordinateDescent(
        _ a: [Double], center c: [Double], lower: [Double], upper: [Double], sweeps: Int = 20_000
    ) -> [Double] {
        let n = c.count
        var x = BoxConstraints.project(c, lower: lower, upper: upper)
        for _ in 0..<sweeps {
            for i in 0..<n {
                var off = 0.0
                for j in 0..<n where j != i { off += a[i * n + j] * (x[j] - c[j]) }
                x[i] = min(max(c[i] - off / a[i * n + i], lower[i]), upper[i])
            }
        }
        return x
    }
}
