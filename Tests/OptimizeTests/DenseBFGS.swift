import LinearAlgebra
import Randomness

@testable import Optimize

/// An independent oracle for the compact representation: the dense BFGS matrix built by applying the textbook
/// update B ← B − B s sᵀ B / (sᵀ B s) + y yᵀ / (yᵀ s) (N&W eq. 6.19) to θI for each pair, oldest first.
struct DenseBFGS {
    var n: Int
    var b: [Double]

    init(n: Int, theta: Double, pairs: [(s: [Double], y: [Double])]) {
        self.n = n
        b = TestObjectives.diagonal([Double](repeating: theta, count: n))
        for (s, y) in pairs {
            let bs = TestObjectives.multiply(b, s)
            let sbs = zip(s, bs).reduce(0.0) { $0 + $1.0 * $1.1 }
            let ys = zip(y, s).reduce(0.0) { $0 + $1.0 * $1.1 }
            for i in 0..<n {
                for j in 0..<n { b[i * n + j] += -bs[i] * bs[j] / sbs + y[i] * y[j] / ys }
            }
        }
    }

    func times(_ v: [Double]) -> [Double] { TestObjectives.multiply(b, v) }

    /// Quadratic model gᵀ(z − x) + ½ (z − x)ᵀ B (z − x).
    func model(gradient g: [Double], from x: [Double], at z: [Double]) -> Double {
        let step = zip(z, x).map { $0 - $1 }
        let bStep = times(step)
        var value = 0.0
        for i in 0..<n { value += g[i] * step[i] + 0.5 * step[i] * bStep[i] }
        return value
    }

    /// Random correction pairs with y = A s for a fixed SPD A, so that every sᵀy > 0.
    static func randomPairs(n: Int, count: Int, using rng: inout Xoshiro256StarStar) -> [(s: [Double], y: [Double])] {
        var a = TestObjectives.fullSPD(n)
        for i in 0..<n { a[i * n + i] += Double(i) }
        return (0..<count).map { _ in
            let s = (0..<n).map { _ in Double.random(in: -1...1, using: &rng) }
            return (s, TestObjectives.multiply(a, s))
        }
    }

    /// A limited-memory matrix holding `pairs` (the last `capacity` of them are kept).
    static func memory(n: Int, capacity: Int, pairs: [(s: [Double], y: [Double])]) -> LimitedMemoryMatrix {
        var memory = LimitedMemoryMatrix(dimension: n, capacity: capacity)
        for (s, y) in pairs { precondition(memory.append(s: s, y: y)) }
        return memory
    }

    /// θ = yᵀy / sᵀy of a pair.
    static func theta(_ pair: (s: [Double], y: [Double])) -> Double {
        zip(pair.y, pair.y).reduce(0.0) { $0 + $1.0 * $1.1 } / zip(pair.s, pair.y).reduce(0.0) { $0 + $1.0 * $1.1 }
    }
}
