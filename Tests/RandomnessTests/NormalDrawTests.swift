import Randomness
import Testing

@Suite struct NormalDrawTests {
    /// Sample mean and standard deviation of 40 000 draws: their standard errors are σ/200 and about σ/283.
    func moments<T: BinaryFloatingPoint>(_: T.Type, mean: T, standardDeviation: T) -> (mean: Double, sd: Double)
    where T.RawSignificand: FixedWidthInteger {
        var rng = Xoshiro256StarStar(seed: 11)
        let draws = (0..<40_000).map { _ in
            Double(rng.nextNormal(mean: mean, standardDeviation: standardDeviation) as T)
        }
        let m = draws.reduce(0, +) / Double(draws.count)
        let v = draws.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(draws.count - 1)
        return (m, v.squareRoot())
    }

    @Test func standardDrawsHaveMeanZeroAndUnitDeviation() {
        let (m, sd) = moments(Double.self, mean: 0, standardDeviation: 1)
        #expect(abs(m) < 0.02 && abs(sd - 1) < 0.02)
    }

    @Test func meanAndDeviationShiftAndScaleTheDraws() {
        let (m, sd) = moments(Float.self, mean: -3, standardDeviation: 0.5)
        #expect(abs(m + 3) < 0.01 && abs(sd - 0.5) < 0.01)
    }

    @Test func aboutFivePercentOfDrawsLieBeyondTwoDeviations() {
        var rng = Xoshiro256StarStar(seed: 12)
        let outside = (0..<40_000).filter { _ in abs(rng.nextNormal() as Double) > 1.959_964 }.count
        #expect(abs(Double(outside) / 40_000 - 0.05) < 0.005)  // standard error ≈ 0.0011
    }

    @Test func theSameGeneratorStateGivesTheSameDraw() {
        var a = Xoshiro256StarStar(seed: 3)
        var b = Xoshiro256StarStar(seed: 3)
        let x: Double = a.nextNormal()
        let y: Double = b.nextNormal()
        #expect(x == y && x.isFinite)
    }
}
