import LinearAlgebra
import Testing

@testable import Optimize

/// The subspace step against the dense model: the quasi-Newton point when nothing is active, a zero reduced model
/// gradient on the free coordinates otherwise, and the same step from both solution methods.
@Suite struct SubspaceMinimizerTests {
    @Test func unconstrainedSubspaceStepIsTheQuasiNewtonStep() {
        let p = RandomModelProblem(seed: 11, pairCount: 4, tight: false)
        let n = p.x.count
        let lower = [Double](repeating: -.infinity, count: n)
        let upper = [Double](repeating: .infinity, count: n)
        var search = CauchyPointSearch(dimension: n, memory: 5)
        var subspace = SubspaceMinimizer(dimension: n, memory: 5)
        var xc = p.x
        var xBar = p.x
        search.skip(x: p.x, memory: p.memory, into: &xc)
        #expect(
            subspace.minimize(
                x: p.x, gradient: p.g, lower: lower, upper: upper, cauchyPoint: xc,
                cauchy: search, memory: p.memory, into: &xBar))
        // B (x̄ − x) = −g.
        let bd = p.dense.times(zip(xBar, p.x).map { $0 - $1 })
        #expect(TestObjectives.maxDifference(bd, p.g.map { -$0 }) <= 1e-9)
    }

    @Test(arguments: [21 as UInt64, 22, 23])
    func boundedSubspaceStepZeroesTheReducedModelGradient(seed: UInt64) {
        // Even coordinates have a bound 10⁻³ away in the descent direction and are fixed at the Cauchy point; odd
        // ones have room, so the subspace minimizer is interior there and the model gradient vanishes on them.
        var p = RandomModelProblem(seed: seed, pairCount: 3)
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
        var xc = p.x
        var xBar = p.x
        search.compute(x: p.x, gradient: p.g, lower: p.lower, upper: p.upper, memory: p.memory, into: &xc)
        #expect(
            subspace.minimize(
                x: p.x, gradient: p.g, lower: p.lower, upper: p.upper, cauchyPoint: xc,
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
            let p = RandomModelProblem(seed: seed, n: 6, pairCount: pairCount, capacity: 8, tight: tight)
            var search = CauchyPointSearch(dimension: 6, memory: 8)
            var xc = p.x
            search.compute(x: p.x, gradient: p.g, lower: p.lower, upper: p.upper, memory: p.memory, into: &xc)
            var steps: [[Double]] = []
            for method in [SubspaceMinimizer.Method.reducedHessian, .woodbury] {
                var subspace = SubspaceMinimizer(dimension: 6, memory: 8)
                subspace.method = method
                var xBar = p.x
                #expect(
                    subspace.minimize(
                        x: p.x, gradient: p.g, lower: p.lower, upper: p.upper, cauchyPoint: xc,
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
