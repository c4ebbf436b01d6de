import Testing
import Tuning

@testable import TuningSpec

/// The grid sampler's float values: inside the domain, ends on the bounds, geometric on log scales.
@Suite struct FloatGridTests {
    /// exp(log(1e-6) + 1·(log(1e-2) − log(1e-6))) is 0.010000000000000014 in floating point: the top value must
    /// still be the bound itself, or the grid sampler rejects its own point as outside the domain.
    @Test(arguments: [2, 3, 4, 7])
    func logValuesStayInsideTheBounds(points: Int) throws {
        let space = try SearchSpace([.float("l2", 1e-6, 1e-2, log: true), .float("x", -1, 2)])
        let grid = SamplerFactory.floatGrid(space, points: points)
        let l2 = try #require(grid["l2"]).compactMap(\.doubleValue)
        #expect(l2.count == points && l2.first == 1e-6 && l2.last == 1e-2)
        #expect(l2.allSatisfy { (1e-6...1e-2).contains($0) })
        for (a, b) in zip(l2, l2.dropFirst()) { #expect(abs(b / a - l2[1] / l2[0]) < 1e-9) }  // constant ratio
        let x = try #require(grid["x"]).compactMap(\.doubleValue)
        #expect(x.first == -1 && x.last == 2 && x.count == points)
    }
}
