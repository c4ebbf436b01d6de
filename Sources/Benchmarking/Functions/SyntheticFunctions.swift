import Foundation

/// The formulas of the synthetic benchmark suite, exactly as `docs/bench/FUNCTIONS.md` defines them
/// (Surjanovic & Bingham, "Virtual Library of Simulation Experiments", for the classical ones). All are
/// minimized; `x` is in the function's box.
public enum SyntheticFunctions {
    /// Branin–Hoo: a(x2 − b x1² + c x1 − r)² + s(1 − t) cos x1 + s, with a = 1, b = 5.1/(4π²), c = 5/π,
    /// r = 6, s = 10, t = 1/(8π).
    public static func branin(_ x: [Double]) -> Double {
        let b = 5.1 / (4 * Double.pi * Double.pi)
        let c = 5 / Double.pi
        let t = 1 / (8 * Double.pi)
        let u = x[1] - b * x[0] * x[0] + c * x[0] - 6
        return u * u + 10 * (1 - t) * cos(x[0]) + 10
    }

    /// Six-hump camel: (4 − 2.1 x1² + x1⁴/3) x1² + x1 x2 + (−4 + 4 x2²) x2².
    public static func camel6(_ x: [Double]) -> Double {
        let a = x[0] * x[0]
        let b = x[1] * x[1]
        return (4 - 2.1 * a + a * a / 3) * a + x[0] * x[1] + (-4 + 4 * b) * b
    }

    static let hartmannAlpha = [1.0, 1.2, 3.0, 3.2]
    static let hartmann3A: [[Double]] = [[3.0, 10, 30], [0.1, 10, 35], [3.0, 10, 30], [0.1, 10, 35]]
    static let hartmann3P: [[Double]] = [
        [3689, 1170, 2673], [4699, 4387, 7470], [1091, 8732, 5547], [381, 5743, 8828],
    ]
    static let hartmann6A: [[Double]] = [
        [10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14],
        [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14],
    ]
    static let hartmann6P: [[Double]] = [
        [1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991],
        [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381],
    ]

    /// −Σ_i α_i exp(−Σ_j A_ij (x_j − P_ij)²), P in units of 1e-4.
    static func hartmann(_ x: [Double], _ a: [[Double]], _ p: [[Double]]) -> Double {
        var sum = 0.0
        for i in 0..<4 {
            var inner = 0.0
            for j in x.indices {
                let d = x[j] - 1e-4 * p[i][j]
                inner += a[i][j] * d * d
            }
            sum += hartmannAlpha[i] * exp(-inner)
        }
        return -sum
    }

    /// Hartmann, 3 dimensions, on [0, 1]³.
    public static func hartmann3(_ x: [Double]) -> Double { hartmann(x, hartmann3A, hartmann3P) }

    /// Hartmann, 6 dimensions, on [0, 1]⁶.
    public static func hartmann6(_ x: [Double]) -> Double { hartmann(x, hartmann6A, hartmann6P) }

    /// Ackley (a = 20, b = 0.2, c = 2π): −a exp(−b √(Σx²/d)) − exp(Σ cos(c x)/d) + a + e.
    public static func ackley(_ x: [Double]) -> Double {
        let d = Double(x.count)
        let squares = x.reduce(0) { $0 + $1 * $1 }
        let cosines = x.reduce(0) { $0 + cos(2 * Double.pi * $1) }
        return -20 * exp(-0.2 * (squares / d).squareRoot()) - exp(cosines / d) + 20 + M_E
    }

    /// Rosenbrock: Σ_{i<d} 100 (x_{i+1} − x_i²)² + (x_i − 1)².
    public static func rosenbrock(_ x: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<(x.count - 1) {
            let a = x[i + 1] - x[i] * x[i]
            let b = x[i] - 1
            sum += 100 * a * a + b * b
        }
        return sum
    }

    /// Levy, with w_i = 1 + (x_i − 1)/4: sin²(π w_1) + Σ_{i<d} (w_i − 1)²[1 + 10 sin²(π w_i + 1)]
    /// + (w_d − 1)²[1 + sin²(2π w_d)].
    public static func levy(_ x: [Double]) -> Double {
        let w = x.map { 1 + ($0 - 1) / 4 }
        let first = sin(Double.pi * w[0])
        var sum = first * first
        for i in 0..<(w.count - 1) {
            let s = sin(Double.pi * w[i] + 1)
            sum += (w[i] - 1) * (w[i] - 1) * (1 + 10 * s * s)
        }
        let last = w[w.count - 1]
        let s = sin(2 * Double.pi * last)
        return sum + (last - 1) * (last - 1) * (1 + s * s)
    }

    /// Styblinski–Tang: ½ Σ (x⁴ − 16 x² + 5 x).
    public static func styblinskiTang(_ x: [Double]) -> Double {
        0.5 * x.reduce(0) { $0 + $1 * $1 * $1 * $1 - 16 * $1 * $1 + 5 * $1 }
    }

    /// The optimum of category c of `mixed`: (u_c, v_c, k_c, s_c).
    static let mixedCentres: [String: (u: Double, v: Double, k: Int, s: Double)] = [
        "a": (0.20, 0.80, 3, 0.30), "b": (0.70, 0.30, 6, 0.00), "c": (0.45, 0.55, 2, 0.15),
    ]

    /// Mixed: 10[(x1 − u_c)² + (x2 − v_c)²] + 0.1 (k − k_c)² + s_c.
    public static func mixed(x1: Double, x2: Double, k: Int, c: String) -> Double {
        let m = mixedCentres[c]!
        let dk = Double(k - m.k)
        return 10 * ((x1 - m.u) * (x1 - m.u) + (x2 - m.v) * (x2 - m.v)) + 0.1 * dk * dk + m.s
    }
}
