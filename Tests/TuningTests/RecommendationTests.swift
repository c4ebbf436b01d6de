import Randomness
import Testing

@testable import Tuning

/// `Recommendation`: the best GP posterior mean among evaluated trials when values are noisy, else the best
/// observed trial.
@Suite struct RecommendationTests {
    let space = try! SearchSpace([.float("x", 0, 1)])

    /// Trials at x = 0, 1/(n−1), …, 1 of (x − 0.5)² plus `noise` (seeded Gaussian noise of that scale).
    func trials(count n: Int, noise: Double, seed: UInt64 = 1) -> [Trial] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<n).map { i in
            let x = Double(i) / Double(n - 1)
            let value = (x - 0.5) * (x - 0.5) + noise * rng.nextNormal()
            return Trial(number: i, state: .complete, params: ["x": .float(x)], value: value)
        }
    }

    @Test func noiselessValuesKeepTheBestObservedTrial() throws {
        let history = trials(count: 21, noise: 0)
        let r = try #require(Recommendation.recommend(in: history, space: space, direction: .minimize))
        #expect(r.method == .bestObserved && r.trial.number == 10 && r.predictedValue == history[10].value)
    }

    @Test func aLuckyObservationFarFromTheOptimumIsNotRecommended() throws {
        var history = trials(count: 40, noise: 0.02)
        // x = 0.05 (true value 0.2025) observed at −0.1: the best observation, by luck.
        history.append(Trial(number: 40, state: .complete, params: ["x": .float(0.05)], value: -0.1))
        let r = try #require(Recommendation.recommend(in: history, space: space, direction: .minimize))
        #expect(r.method == .posteriorMean)
        #expect(r.trial.number != 40)
        let x = try #require(r.trial.params["x"]?.doubleValue)
        #expect(abs(x - 0.5) < 0.2, "recommended x = \(x)")
        #expect((r.noiseFraction ?? 0) >= Recommendation.negligibleNoise)
    }

    @Test func maximizingRecommendsTheBestPredictedMaximumInTheObjectivesUnits() throws {
        var history = trials(count: 40, noise: 0.02).map { t in
            var t = t
            t.value = -t.value!
            return t
        }
        history.append(Trial(number: 40, state: .complete, params: ["x": .float(0.95)], value: 0.1))
        let r = try #require(Recommendation.recommend(in: history, space: space, direction: .maximize))
        #expect(r.method == .posteriorMean && r.trial.number != 40)
        #expect(r.predictedValue < 0.05 && r.predictedValue > -0.05, "predicted \(r.predictedValue)")
    }

    @Test func fewOrNoCompleteTrials() {
        #expect(Recommendation.recommend(in: [], space: space, direction: .minimize) == nil)
        let failed = Trial(number: 0, state: .failed, params: ["x": .float(0.5)], value: nil)
        #expect(Recommendation.recommend(in: [failed], space: space, direction: .minimize) == nil)
        let few = trials(count: Recommendation.minimumTrials - 1, noise: 0.5)
        let best = few.min { $0.value! < $1.value! }!
        let r = Recommendation.recommend(in: few + [failed], space: space, direction: .minimize)
        #expect(r?.method == .bestObserved && r?.trial.number == best.number)
    }

    @Test func theSameTrialsGiveTheSameRecommendation() {
        let history = trials(count: 30, noise: 0.05, seed: 7)
        let a = Recommendation.recommend(in: history, space: space, direction: .minimize)
        let b = Recommendation.recommend(in: Array(history.reversed()), space: space, direction: .minimize)
        #expect(a?.trial.number == b?.trial.number && a?.predictedValue == b?.predictedValue)
    }
}
