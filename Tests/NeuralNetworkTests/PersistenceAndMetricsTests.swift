import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import NeuralNetwork

@Suite("Save/load, prediction and metrics")
struct PersistenceAndMetricsTests {
    @Test func savedModelRoundTripsThroughJSONAndPredictsTheSame() throws {
        let (x, y) = blobs(10, seed: 3)
        let spec = NetworkSpec(
            inputSize: 2, hiddenLayers: [6, 5], outputSize: 3, task: .classification,
            activation: .tanh, dropout: 0.1, batchNorm: true, initializer: .xavierNormal)
        let (network, _) = try Trainer.fit(
            spec: spec, config: TrainingConfig(batchSize: 8, epochs: 3),
            inputs: x, targets: .classes(y))
        let scratch = try TemporaryDirectory(prefix: "nn-roundtrip")
        defer { scratch.remove() }
        let url = scratch.url.appendingPathComponent("network.json")
        try network.save(to: url)
        let loaded = try Network<Float>.load(from: url)
        #expect(loaded.spec == spec)
        #expect(loaded.parameterValues == network.parameterValues)
        #expect(loaded.stateValues == network.stateValues)
        #expect(loaded.predict(x) == network.predict(x))
        #expect(loaded.predictClasses(x) == network.predictClasses(x))
    }

    @Test func loadingAModelWhoseWeightsDoNotFitTheArchitectureThrows() throws {
        let spec = NetworkSpec(inputSize: 2, hiddenLayers: [3], outputSize: 1, task: .regression)
        var model = try Network<Float>(spec: spec, seed: 1).savedModel()
        model.parameters.removeLast()
        #expect(throws: ModelFileError.sizeMismatch(field: "parameters", expected: 13, found: 12)) {
            try Network<Float>(savedModel: model)
        }
    }

    @Test func probabilitiesAreSoftmaxOrSigmoidOfTheOutputs() throws {
        let x = Matrix<Float>([[0.5, -1], [2, 0.25]])
        let multi = try Network<Float>(
            spec: NetworkSpec(
                inputSize: 2, hiddenLayers: [4], outputSize: 3,
                task: .classification), seed: 2)
        let p = multi.predict(x)
        let z = multi.outputs(x)
        for r in 0..<2 {
            let e = (0..<3).map { exp(Double(z[r, $0])) }
            for j in 0..<3 { #expect(abs(Double(p[r, j]) - e[j] / e.reduce(0, +)) < 1e-6) }
        }
        let binary = try Network<Float>(
            spec: NetworkSpec(
                inputSize: 2, hiddenLayers: [], outputSize: 1,
                task: .classification), seed: 2)
        let q = binary.predict(x)
        let w = binary.outputs(x)
        #expect(abs(Double(q[0, 0]) - 1 / (1 + exp(-Double(w[0, 0])))) < 1e-6)
        #expect(binary.predictClasses(x) == (0..<2).map { w[$0, 0] > 0 ? 1 : 0 })
    }

    @Test func confusionMatrixAndMacroScores() {
        // true:      0 0 0 1 1 2
        // predicted: 0 1 0 1 2 2
        let c = ClassificationMetrics.confusionMatrix(predicted: [0, 1, 0, 1, 2, 2], actual: [0, 0, 0, 1, 1, 2])
        #expect(c.counts == [[2, 1, 0], [0, 1, 1], [0, 0, 1]])
        #expect(abs(c.accuracy - 4.0 / 6) < 1e-12)
        // precision: 2/2, 1/2, 1/2; recall: 2/3, 1/2, 1/1; F1: 0.8, 0.5, 2/3.
        #expect(abs(c.macroPrecision - 2.0 / 3) < 1e-12)
        #expect(abs(c.macroRecall - (2.0 / 3 + 0.5 + 1) / 3) < 1e-12)
        #expect(abs(c.macroF1 - (0.8 + 0.5 + 2.0 / 3) / 3) < 1e-12)
        #expect(ClassificationMetrics.accuracy(predicted: [1, 2], actual: [1, 3]) == 0.5)
    }

    @Test func regressionMetrics() {
        let y: [Double] = [1, 2, 3, 4]
        let p: [Double] = [1.5, 2, 2, 4]
        #expect(abs(RegressionMetrics.meanSquaredError(predicted: p, actual: y) - 1.25 / 4) < 1e-12)
        #expect(abs(RegressionMetrics.meanAbsoluteError(predicted: p, actual: y) - 1.5 / 4) < 1e-12)
        #expect(abs(RegressionMetrics.r2(predicted: p, actual: y) - (1 - 1.25 / 5)) < 1e-12)
        #expect(RegressionMetrics.r2(predicted: y, actual: y) == 1)
    }

    @Test func configurationsRoundTripThroughJSONAndMissingKeysTakeDefaults() throws {
        let config = TrainingConfig(
            optimizer: .adamW(weightDecay: 0.05), learningRate: 3e-4,
            schedule: .warmup(epochs: 3, then: .cosine(epochs: 20, minimum: 1e-5)),
            l1: 1e-5, l2: 1e-4, batchSize: 32, epochs: 40,
            earlyStopping: EarlyStopping(patience: 5, minDelta: 1e-3), gradientClipNorm: 5,
            loss: .huber(delta: 2), seed: 9)
        let data = try JSONEncoder().encode(config)
        #expect(try JSONDecoder().decode(TrainingConfig.self, from: data) == config)
        let partial = try JSONDecoder().decode(TrainingConfig.self, from: Data(#"{"batchSize": 128}"#.utf8))
        #expect(partial.batchSize == 128 && partial.learningRate == 1e-3 && partial.optimizer == .adam())
        let spec = NetworkSpec(
            inputSize: 4, hiddenLayers: [8], outputSize: 2, task: .classification,
            activation: .leakyReLU(slope: 0.2))
        #expect(try JSONDecoder().decode(NetworkSpec.self, from: JSONEncoder().encode(spec)) == spec)
    }
}
