import Randomness

@testable import Optimize

/// A random problem: x inside a box where some coordinates have tight bounds (so breakpoints are passed),
/// some one-sided or none, a random gradient, and a memory of `pairCount` pairs.
struct RandomModelProblem {
    var x: [Double], g: [Double], lower: [Double], upper: [Double]
    var memory: LimitedMemoryMatrix
    var dense: DenseBFGS

    init(seed: UInt64, n: Int = 8, pairCount: Int, capacity: Int = 5, tight: Bool = true) {
        var rng = Xoshiro256StarStar(seed: seed)
        x = (0..<n).map { _ in Double.random(in: -1...1, using: &rng) }
        g = (0..<n).map { _ in Double.random(in: -3...3, using: &rng) }
        lower = []
        upper = []
        for i in 0..<n {
            let width = tight ? Double.random(in: 0.01...0.5, using: &rng) : 100
            switch i % 4 {
            case 0:
                lower.append(x[i] - width)
                upper.append(x[i] + width)
            case 1:
                lower.append(x[i] - width)
                upper.append(.infinity)
            case 2:
                lower.append(-.infinity)
                upper.append(x[i] + width)
            default:
                lower.append(-.infinity)
                upper.append(.infinity)
            }
        }
        let pairs = DenseBFGS.randomPairs(n: n, count: pairCount, using: &rng)
        memory = DenseBFGS.memory(n: n, capacity: capacity, pairs: pairs)
        dense = DenseBFGS(n: n, theta: memory.theta, pairs: Array(pairs.suffix(capacity)))
    }

    func path(_ t: Double) -> [Double] {
        (0..<x.count).map { min(max(x[$0] - t * g[$0], lower[$0]), upper[$0]) }
    }

    func model(_ z: [Double]) -> Double { dense.model(gradient: g, from: x, at: z) }
}
