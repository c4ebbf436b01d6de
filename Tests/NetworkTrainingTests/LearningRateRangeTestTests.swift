import Datasets
import NeuralNetwork
import Testing

@testable import NetworkTraining

@Suite("The learning-rate range test on prepared data")
struct LearningRateRangeTestTests {
    let test = LearningRateRangeTest(
        architecture: NetworkArchitecture(hiddenLayers: [8]),
        training: TrainingConfig(batchSize: 16, seed: 3), steps: 30)

    @Test func itLeavesTheNetworksWeightsAsTheyWere() throws {
        let data = PreparedData(try Dataset.bundled("iris"), seed: 0, validationFraction: nil)
        let network = try Network<Float>(spec: test.architecture.spec(for: data), seed: 3)
        let before = network.parameterValues
        let stateBefore = network.stateValues
        let curve = try test.run(network, on: data)
        #expect(!curve.rates.isEmpty)
        #expect(network.parameterValues == before && network.stateValues == stateBefore)
    }

    @Test func itIsSeededAndRunsOnTheTrainPartOfTheSplit() throws {
        let source = DatasetSource("diabetes", target: nil)
        let a = try test.run(on: source, seed: 4)
        let b = try test.run(on: try source.prepare(seed: 4, validationFraction: nil).data)
        #expect((2...30).contains(a.rates.count) && a.rates.first == 1e-7)
        #expect(a.losses == b.losses && a.suggestion.steepest == b.suggestion.steepest)
    }

    @Test func theDefaultIsOneEpochAndAtLeastTheMinimum() {
        #expect(LearningRateRangeTest.defaultSteps(rows: 1000, batchSize: 64) == 100)
        #expect(LearningRateRangeTest.defaultSteps(rows: 10_000, batchSize: 64) == 157)
        #expect(LearningRateRangeTest.defaultSteps(rows: 96, batchSize: 64, minimum: 40) == 40)
    }

    @Test func anUnusableStartIsAConfigurationError() throws {
        var bad = test
        bad.start = -1
        let data = PreparedData(try Dataset.bundled("iris"), seed: 0, validationFraction: nil)
        #expect(throws: NetworkTrainingError.self) { try bad.run(on: data) }
    }
}
