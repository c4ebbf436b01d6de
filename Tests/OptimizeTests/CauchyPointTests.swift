import LinearAlgebra
import Testing

@testable import Optimize

/// The generalized Cauchy point against a brute-force walk of the projected path of the dense model.
@Suite struct CauchyPointTests {
    @Test(arguments: [(1 as UInt64, 0), (2, 0), (3, 1), (4, 3), (5, 5), (6, 7), (7, 2)])
    func cauchyPointIsTheFirstLocalMinimizerAlongTheProjectedPath(seed: UInt64, pairCount: Int) {
        let p = RandomModelProblem(seed: seed, pairCount: pairCount)
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
        #expect(
            TestObjectives.maxDifference(
                Array(search.c.prefix(2 * p.memory.count)),
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
}
