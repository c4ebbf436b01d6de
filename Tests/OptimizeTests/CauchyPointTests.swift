import LinearAlgebra
import Testing
@testable import Optimize

/// The generalized Cauchy point against a brute-force walk of the projected path, and the subspace step against
/// the dense model.
@Suite struct CauchyPointTests {
    /// A random problem: x inside a box where some coordinates have tight bounds (so breakpoints are passed),
    /// some one-sided or none, a random gradient, and a memory of `pairCount` pairs.
    struct Problem {
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
                case 0: lower.append(x[i] - width); upper.append(x[i] + width)
                case 1: lower.append(x[i] - width); upper.append(.infinity)
                case 2: lower.append(-.infinity); upper.append(x[i] + width)
                default: lower.append(-.infinity); upper.append(.infinity)
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

    @Test(arguments: [(1 as UInt64, 0), (2, 0), (3, 1), (4, 3), (5, 5), (6, 7), (7, 2)])
    func cauchyPointIsTheFirstLocalMinimizerAlongTheProjectedPath(seed: UInt64, pairCount: Int) {
        let p = Problem(seed: seed, pairCount: pairCount)
        let n = p.x.count
        var search = CauchyPointSearch(dimension: n, memory: 5)
        var xc = p.x
        search.compute(x: p.x, gradient: p.g, lower: p.lower, upper: p.upper, memory: p.memory, into: &xc)

        // The path parameter t* of x^c, from a coordinate that is still moving (inside its bounds).
        let moving = (0..<n).filter { p.g[$0] != 0 && xc[$0] > p.lower[$0] && xc[$0] < p.upper[$0] }
        let tStar = moving.isEmpty ? 1e3 : (p.x[moving[0]] - xc[moving[0]]) / p.g[moving[0]]
        #expect(tStar >= 0)
        #expect(TestObjectives.maxDifference(p.path(tStar), xc) <= 1e-12)

        // The model is non-increasing along the path up to t*, and does not decrease just after it.
        var previous = p.model(p.path(0))
        for step in 1...400 {
            let value = p.model(p.path(tStar * Double(step) / 400))
            #expect(value <= previous + 1e-12 * max(1, abs(previous)))
            previous = value
        }
        let atCauchy = p.model(xc)
        #expect(p.model(p.path(tStar * 1.001 + 1e-6)) >= atCauchy - 1e-12)
        #expect(atCauchy < 0)

        // c = Wᵀ(x^c − x₀), and the states match the bounds.
        var expectedC = [Double](repeating: 0, count: 10)
        p.memory.multiplyWTransposed(zip(xc, p.x).map { $0 - $1 }, into: &expectedC)
        #expect(TestObjectives.maxDifference(Array(search.c.prefix(2 * p.memory.count)),
                                             Array(expectedC.prefix(2 * p.memory.count))) <= 1e-10)
        for i in 0..<n {
            switch search.state[i] {
            case .atLower: #expect(xc[i] == p.lower[i])
            case .atUpper: #expect(xc[i] == p.upper[i])
            case .free: #expect(xc[i] >= p.lower[i] && xc[i] <= p.upper[i])
            case .fixed: Issue.record("no fixed coordinates in this problem")
            }
        }
    }

    @Test func unconstrainedSubspaceStepIsTheQuasiNewtonStep() {
        let p = Problem(seed: 11, pairCount: 4, tight: false)
        let n = p.x.count
        let lower = [Double](repeating: -.infinity, count: n), upper = [Double](repeating: .infinity, count: n)
        var search = CauchyPointSearch(dimension: n, memory: 5)
        var subspace = SubspaceMinimizer(dimension: n, memory: 5)
        var xc = p.x, xBar = p.x
        search.skip(x: p.x, memory: p.memory, into: &xc)
        #expect(subspace.minimize(x: p.x, gradient: p.g, lower: lower, upper: upper, cauchyPoint: xc,
                                  cauchy: search, memory: p.memory, into: &xBar))
        // B (x̄ − x) = −g.
        let bd = p.dense.times(zip(xBar, p.x).map { $0 - $1 })
        #expect(TestObjectives.maxDifference(bd, p.g.map { -$0 }) <= 1e-9)
    }

    @Test(arguments: [21 as UInt64, 22, 23])
    func boundedSubspaceStepZeroesTheReducedModelGradient(seed: UInt64) {
        // Even coordinates have a bound 10⁻³ away in the descent direction and are fixed at the Cauchy point; odd
        // ones have room, so the subspace minimizer is interior there and the model gradient vanishes on them.
        var p = Problem(seed: seed, pairCount: 3)
        for i in 0..<p.x.count {
            if i % 2 == 1 {
                (p.lower[i], p.upper[i]) = (-100, 100)
            } else if p.g[i] > 0 {
                (p.lower[i], p.upper[i]) = (p.x[i] - 1e-3, p.x[i] + 1)
            } else {
                (p.lower[i], p.upper[i]) = (p.x[i] - 1, p.x[i] + 1e-3)
            }
        }
        let n = p.x.count
        var search = CauchyPointSearch(dimension: n, memory: 5)
        var subspace = SubspaceMinimizer(dimension: n, memory: 5)
        var xc = p.x, xBar = p.x
        search.compute(x: p.x, gradient: p.g, lower: p.lower, upper: p.upper, memory: p.memory, into: &xc)
        #expect(subspace.minimize(x: p.x, gradient: p.g, lower: p.lower, upper: p.upper, cauchyPoint: xc,
                                  cauchy: search, memory: p.memory, into: &xBar))
        let free = (0..<n).filter { search.state[$0] == .free }
        let interior = free.allSatisfy { xBar[$0] > p.lower[$0] && xBar[$0] < p.upper[$0] }
        let modelGradient = zip(p.g, p.dense.times(zip(xBar, p.x).map { $0 - $1 })).map { $0 + $1 }
        #expect(interior && free.count >= 2)
        #expect(free.allSatisfy { $0 % 2 == 1 })
        for i in free { #expect(abs(modelGradient[i]) <= 1e-9, "coordinate \(i)") }
        for i in 0..<n where search.state[i] != .free { #expect(xBar[i] == xc[i]) }
        #expect(p.model(xBar) <= p.model(xc) + 1e-12)
        let slope = (0..<n).reduce(0.0) { $0 + (xBar[$1] - p.x[$1]) * p.g[$1] }
        #expect(slope < 0)
    }

    @Test(arguments: [(31 as UInt64, 1), (32, 3), (33, 6), (34, 8), (35, 12)])
    func bothSubspaceMethodsGiveTheSameStep(seed: UInt64, pairCount: Int) {
        // n = 6 ≤ m = 8, so the reduced-Hessian method may be forced; unconstrained and bounded variants.
        for tight in [false, true] {
            let p = Problem(seed: seed, n: 6, pairCount: pairCount, capacity: 8, tight: tight)
            var search = CauchyPointSearch(dimension: 6, memory: 8)
            var xc = p.x
            search.compute(x: p.x, gradient: p.g, lower: p.lower, upper: p.upper, memory: p.memory, into: &xc)
            var steps: [[Double]] = []
            for method in [SubspaceMinimizer.Method.reducedHessian, .woodbury] {
                var subspace = SubspaceMinimizer(dimension: 6, memory: 8)
                subspace.method = method
                var xBar = p.x
                #expect(subspace.minimize(x: p.x, gradient: p.g, lower: p.lower, upper: p.upper, cauchyPoint: xc,
                                          cauchy: search, memory: p.memory, into: &xBar))
                steps.append(xBar)
            }
            #expect(TestObjectives.maxDifference(steps[0], steps[1]) <= 1e-10, "tight \(tight)")
            if !tight {
                // Wide bounds: nothing is active, so x̄ is the quasi-Newton point, B (x̄ − x) = −g.
                let bd = p.dense.times(zip(steps[0], p.x).map { $0 - $1 })
                #expect(TestObjectives.maxDifference(bd, p.g.map { -$0 }) <= 1e-9)
            }
        }
    }
}
