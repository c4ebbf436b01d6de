import Datasets
import Testing
import Tuning

@testable import NetworkTraining

@Suite("NetworkObjective: lr range narrowed around a range test's suggestion")
struct LearningRateRangeTests {
    @Test func rangeIsOneDecadeEitherSideClippedToTheDefault() {
        let inside = NetworkObjective.narrowedLearningRates(around: 1e-3)
        #expect(abs(inside.lowerBound - 1e-4) < 1e-15 && abs(inside.upperBound - 1e-2) < 1e-15)
        let high = NetworkObjective.narrowedLearningRates(around: 1e-2)
        #expect(abs(high.lowerBound - 1e-3) < 1e-15 && high.upperBound == 3e-2)
        #expect(NetworkObjective.narrowedLearningRates(around: 1) == NetworkObjective.defaultLearningRates)
    }

    @Test func narrowedSpaceChangesOnlyTheLearningRate() throws {
        let space = NetworkObjective.defaultSpace(learningRates: 1e-3...1e-2)
        let standard = NetworkObjective.defaultSpace
        #expect(space.parameters.map(\.name) == standard.parameters.map(\.name))
        #expect(Array(space.parameters.dropFirst()) == Array(standard.parameters.dropFirst()))
        #expect(space.parameters.first! != standard.parameters.first!)
        #expect(space.parameters.first! == Parameter.float("lr", 1e-3, 1e-2, log: true))
    }

    @Test func rangeTestOnIrisSuggestsAPositiveRateAndIsSeeded() throws {
        let objective = try NetworkObjective(dataset: try Dataset.bundled("iris"), seed: 1)
        let params: Parameters = ["units": 8]
        let rate = try #require(try objective.suggestedLearningRate(params, steps: 40, seed: 2))
        #expect(rate > 1e-7 && rate < 10)
        #expect(try objective.suggestedLearningRate(params, steps: 40, seed: 2) == rate)
    }
}
