import Datasets
import NeuralNetwork
import TestSupport
import Testing
import Tuning

@testable import NetworkTraining

/// Networks no machine can hold are refused from their shape, before any weight is allocated: a request such as
/// `tuner train --layers 100000000` used to be killed by the out-of-memory killer.
@Suite("Network size limits: parameters and activations are counted before allocating")
struct NetworkSizeLimitTests {
    @Test func parameterCountIsWeightsBiasesAndBatchNormalization() {
        var spec = NetworkSpec(inputSize: 4, hiddenLayers: [3], outputSize: 2, task: .classification)
        #expect(spec.parameterCount == (4 + 1) * 3 + (3 + 1) * 2)
        spec.batchNorm = true
        #expect(spec.parameterCount == (4 + 1) * 3 + (3 + 1) * 2 + 4 * 3)
        spec.hiddenLayers = [Int.max / 2, Int.max / 2]
        #expect(spec.parameterCount == nil)
        #expect(spec.activationCount(rows: 2) == nil)
    }

    @Test func aTrainingJobWithAHundredMillionUnitsIsRefusedNamingTheLayers() throws {
        let directory = try TemporaryDirectory(prefix: "network-size")
        let job = TrainingJob(
            dataset: .bundled("iris"), seed: 0, validationFraction: nil,
            architecture: NetworkArchitecture(hiddenLayers: [100_000_000]),
            training: TrainingConfig(epochs: 1), modelPath: directory.path("model.json"))
        do {
            _ = try job.run()
            Issue.record("a network of 100 million units was trained")
        } catch {
            guard case .configuration(let configuration) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(configuration.parameter == "hiddenLayers")
            #expect("\(error)".contains("over the limit of \(NetworkSpec.maximumParameters)"), "\(error)")
            #expect("\(error)".contains("100000000"))
        }
    }

    @Test func wideLayersWithLargeBatchesAreRefusedForTheirActivations() throws {
        let spec = NetworkSpec(inputSize: 4, hiddenLayers: [1_000_000], outputSize: 3, task: .classification)
        #expect((spec.parameterCount ?? .max) <= NetworkSpec.maximumParameters)
        #expect(throws: ConfigurationError.self) { try spec.checkFootprint(batchSize: 256, trainingRows: 10_000) }
        // The same width fits when few rows go through at once.
        try spec.checkFootprint(batchSize: 16, trainingRows: 20)
        let usual = NetworkSpec(inputSize: 64, hiddenLayers: [256, 256, 256], outputSize: 10, task: .classification)
        try usual.checkFootprint(batchSize: 128, trainingRows: 1_000)
    }

    @Test func theLearningRateRangeTestChecksTheSizeToo() throws {
        let data = PreparedData(try Dataset.bundled("iris"), seed: 0, validationFraction: nil)
        let test = LearningRateRangeTest(
            architecture: NetworkArchitecture(hiddenLayers: [50_000, 50_000]), training: TrainingConfig())
        #expect(throws: NetworkTrainingError.self) { try test.run(on: data) }
        #expect(LearningRateRangeTest.defaultSteps(rows: 100, batchSize: Int.max) == 100)
        #expect(LearningRateRangeTest.defaultSteps(rows: 1000, batchSize: 7, minimum: 1) == 143)
    }

    static func configuration(_ params: Parameters) throws {
        _ = try NetworkObjective.configuration(
            params, inputs: 64, outputs: 10, task: .classification, maxEpochs: 5, patience: 2, seed: 0,
            trainingRows: 1_000)
    }

    static func failure(_ params: Parameters) -> (name: String, reason: String)? {
        do {
            try configuration(params)
            return nil
        } catch StudyError.invalidArgument(let name, let reason) {
            return (name, reason)
        } catch {
            return ("unexpected", "\(error)")
        }
    }

    @Test func trialsAskingForHugeNetworksFailNamingTheirParameters() throws {
        try Self.configuration(["units": 256, "layers": 3, "batch_size": 128])
        #expect(Self.failure(["units": 100_000, "layers": 3])?.name == "units and layers")
        #expect(Self.failure(["units": 100_000_000])?.name == "units and layers")
        #expect(Self.failure(["layers": 1_000_000_000])?.name == "layers")
        #expect(Self.failure(["units": .float(1e30)])?.name == "units")
        #expect(Self.failure(["batch_size": .float(.infinity)])?.name == "batch_size")
        #expect(Self.failure(["epochs": .float(-1e300)])?.name == "epochs")
        // Fractions are truncated, as they always were.
        try Self.configuration(["units": .float(31.7)])
    }
}
