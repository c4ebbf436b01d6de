@testable import Optimize

/// Objectives with known minima for the L-BFGS-B tests, each returning f and writing ∇f.
enum TestObjectives {
    /// f(x) = ½ (x − c)ᵀ A (x − c) for a row-major n × n symmetric positive-definite A.
    static func quadratic(_ a: [Double], center c: [Double]) -> (_ x: [Double], _ g: inout [Double]) -> Double {
        let n = c.count
        return { x, g in
            var f = 0.0
            for i in 0..<n {
                var gi = 0.0
                for j in 0..<n { gi += a[i * n + j] * (x[j] - c[j]) }
                g[i] = gi
                f += 0.5 * (x[i] - c[i]) * gi
            }
            return f
        }
    }

    /// The diagonal matrix with the given entries, row-major.
    static func diagonal(_ d: [Double]) -> [Double] {
        let n = d.count
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n { a[i * n + i] = d[i] }
        return a
    }

    /// A = Rᵀ R + I for a fixed well-spread R: a full, symmetric positive-definite matrix (condition ≈ 10²).
    static func fullSPD(_ n: Int) -> [Double] {
        var r = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n { r[i * n + j] = Double((i * 7 + j * 3) % 11) / 5 - 1 }
        }
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                var t = i == j ? 1.0 : 0.0
                for l in 0..<n { t += r[l * n + i] * r[l * n + j] }
                a[i * n + j] = t
            }
        }
        return a
    }

    /// The n-dimensional Rosenbrock function Σ 100 (x_{i+1} − xᵢ²)² + (1 − xᵢ)², minimum 0 at (1, …, 1).
    static func rosenbrock(_ x: [Double], _ g: inout [Double]) -> Double {
        let n = x.count
        var f = 0.0
        for i in 0..<n { g[i] = 0 }
        for i in 0..<(n - 1) {
            let a = x[i + 1] - x[i] * x[i]
            let b = 1 - x[i]
            f += 100 * a * a + b * b
            g[i] += -400 * x[i] * a - 2 * b
            g[i + 1] += 200 * a
        }
        return f
    }

    /// The n × n matrix-vector product A v (row-major A).
    static func multiply(_ a: [Double], _ v: [Double]) -> [Double] {
        let n = v.count
        return (0..<n).map { i in (0..<n).reduce(0.0) { $0 + a[i * n + $1] * v[$1] } }
    }

    /// The largest absolute difference between two vectors.
    static func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0.0) { max($0, abs($1.0 - $1.1)) }
    }
}
