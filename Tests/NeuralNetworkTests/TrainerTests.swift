import LinearAlgebra
import Randomness
import Testing

@testable import NeuralNetwork

/// Three Gaussian blobs in 2-D (well separated), n per class.
func blobs(_ n: Int, seed: UInt64) -> (x: Matrix<Float>, labels: [Int]) {
    var rng = Xoshiro256StarStar(seed: seed)
    let centers: [(Float, Float)] = [(-2, 0), (2, 0), (0, 2.5)]
    var rows: [[Float]] = []
    var labels: [Int] = []
    for i in 0..<(3 * n) {
        let c = centers[i % 3]
        rows.append([c.0 + rng.nextNormal(standardDeviation: 0.5), c.1 + rng.nextNormal(standardDeviation: 0.5)])
        labels.append(i % 3)
    }
    return (Matrix(rows), labels)
}

@Suite("Trainer: learning, seeds, stopping, divergence")
struct TrainerTests {
    let spec = NetworkSpec(inputSize: 2, hiddenLayers: [16], outputSize: 3, task: .classification)

    @Test func learnsSeparableBlobsWithEveryOptimizer() throws {
        let (x, y) = blobs(40, seed: 1)
        let (tx, ty) = blobs(20, seed: 2)
        let settings: [(OptimizerKind, Double)] = [
            (.sgd(momentum: 0.9, nesterov: true), 0.05), (.adam(), 0.01),
            (.adamW(), 0.01), (.rmsprop(), 0.01), (.adagrad(), 0.1),
        ]
        for (optimizer, lr) in settings {
            let config = TrainingConfig(optimizer: optimizer, learningRate: lr, batchSize: 16, epochs: 30, seed: 3)
            let (network, result) = try Trainer.fit(spec: spec, config: config, inputs: x, targets: .classes(y))
            #expect(result.status == .completed)
            let accuracy = ClassificationMetrics.accuracy(predicted: network.predictClasses(tx), actual: ty)
            #expect(accuracy > 0.95, "\(optimizer): accuracy \(accuracy)")
            #expect(result.history.last!.trainingLoss < result.history.first!.trainingLoss)
        }
    }

    @Test func binaryClassificationWithOneLogisticOutput() throws {
        let (x, y) = blobs(30, seed: 12)
        let keep = y.indices.filter { y[$0] < 2 }  // blobs 0 and 1: a two-class problem
        let binary = NetworkSpec(inputSize: 2, hiddenLayers: [8], outputSize: 1, task: .classification)
        #expect(binary.defaultLoss == .binaryCrossEntropy)
        let (network, result) = try Trainer.fit(
            spec: binary, config: TrainingConfig(learningRate: 0.01, batchSize: 8, epochs: 30),
            inputs: x.rows(at: keep), targets: .classes(keep.map { y[$0] }),
            validation: (x.rows(at: keep), .classes(keep.map { y[$0] })))
        #expect(result.status == .completed)
        #expect(result.history.last!.validationMetric! > 0.95)
        let predicted = network.predictClasses(x.rows(at: keep))
        #expect(ClassificationMetrics.accuracy(predicted: predicted, actual: keep.map { y[$0] }) > 0.95)
    }

    @Test func sameSeedGivesIdenticalWeightsAndOtherSeedsDiffer() throws {
        let (x, y) = blobs(30, seed: 4)
        var richer = spec
        (richer.dropout, richer.batchNorm, richer.hiddenLayers) = (0.2, true, [8, 8])
        func train(seed: UInt64) throws -> [Float] {
            let config = TrainingConfig(batchSize: 7, epochs: 3, seed: seed)
            return try Trainer.fit(spec: richer, config: config, inputs: x, targets: .classes(y)).network
                .parameterValues
        }
        #expect(try train(seed: 11) == train(seed: 11))
        #expect(try train(seed: 11) != train(seed: 12))
    }

    @Test func callbackCanStopTraining() throws {
        let (x, y) = blobs(10, seed: 5)
        var seen: [Int] = []
        let (_, result) = try Trainer.fit(
            spec: spec, config: TrainingConfig(batchSize: 8, epochs: 20), inputs: x,
            targets: .classes(y)
        ) { report in
            seen.append(report.epoch)
            return report.epoch == 3 ? .stop : .continue
        }
        #expect(result.status == .stopped(epoch: 3))
        #expect(seen == [1, 2, 3] && result.history.count == 3)
    }

    @Test func earlyStoppingStopsOnANoisyValidationSetAndRestoresTheBestWeights() throws {
        // Validation labels are unrelated to the inputs: validation loss soon stops improving.
        let (x, y) = blobs(30, seed: 6)
        let (vx, _) = blobs(10, seed: 7)
        var rng = Xoshiro256StarStar(seed: 8)
        let noise = (0..<vx.rows).map { _ in Int.random(in: 0..<3, using: &rng) }
        let config = TrainingConfig(
            learningRate: 0.05, batchSize: 8, epochs: 200,
            earlyStopping: EarlyStopping(patience: 3, minDelta: 0, restoreBestWeights: true))
        let (network, result) = try Trainer.fit(
            spec: spec, config: config, inputs: x, targets: .classes(y),
            validation: (vx, .classes(noise)))
        guard case .earlyStopped(let epoch) = result.status else {
            Issue.record("status \(result.status)")
            return
        }
        let best = try #require(result.bestEpoch)
        #expect(epoch == best + 3 && result.history.count == epoch)
        #expect(result.restoredBestWeights)
        let loss = try network.evaluate(inputs: vx, targets: .classes(noise)).loss
        #expect(abs(loss - result.bestLoss!) < 1e-6)
    }

    @Test func divergingTrainingEndsWithDivergedStatusNotACrash() throws {
        let x = Matrix<Float>([[1, 2], [3, 4], [5, 6], [7, 8]])
        let t = Matrix<Float>(column: [1, 2, 3, 4])
        let regression = NetworkSpec(inputSize: 2, hiddenLayers: [4], outputSize: 1, task: .regression)
        let config = TrainingConfig(optimizer: .sgd(), learningRate: 50, batchSize: 2, epochs: 100)
        let (_, result) = try Trainer.fit(spec: regression, config: config, inputs: x, targets: .values(t))
        guard case .diverged(let epoch) = result.status else {
            Issue.record("status \(result.status)")
            return
        }
        #expect(epoch < 100 && result.history.count == epoch - 1)
    }

    @Test func regularizationAndClippingShrinkTheWeights() throws {
        let (x, y) = blobs(20, seed: 9)
        func weightNorm(_ config: TrainingConfig) throws -> Float {
            let network = try Trainer.fit(spec: spec, config: config, inputs: x, targets: .classes(y)).network
            return network.parameterValues[0..<network.regularizedParameterCount].reduce(0) { $0 + $1 * $1 }
        }
        let plain = try weightNorm(TrainingConfig(learningRate: 0.01, epochs: 20))
        #expect(try weightNorm(TrainingConfig(learningRate: 0.01, l2: 0.5, epochs: 20)) < plain)
        #expect(try weightNorm(TrainingConfig(learningRate: 0.01, l1: 0.05, epochs: 20)) < plain)
        #expect(
            try weightNorm(TrainingConfig(optimizer: .adamW(weightDecay: 5), learningRate: 0.01, epochs: 20)) < plain)
        let clipped = try weightNorm(
            TrainingConfig(optimizer: .sgd(), learningRate: 0.5, epochs: 5, gradientClipNorm: 1e-3))
        let unclipped = try weightNorm(TrainingConfig(optimizer: .sgd(), learningRate: 0.5, epochs: 5))
        #expect(clipped != unclipped)
    }

    @Test func badSettingsAndLabelsThrowNamingTheField() throws {
        let (x, y) = blobs(4, seed: 1)
        #expect(throws: ConfigurationError.self) { try Trainer<Float>(config: TrainingConfig(batchSize: 0)) }
        do {
            _ = try Trainer<Float>(config: TrainingConfig(learningRate: -1))
        } catch { #expect(error.parameter == "learningRate") }
        do {
            _ = try Trainer.fit(
                spec: spec, config: TrainingConfig(epochs: 1), inputs: x, targets: .classes(y.map { $0 + 1 }))
            Issue.record("label 3 of 3 classes was accepted")
        } catch { #expect(error.parameter == "targets") }
        var bad = spec
        bad.hiddenLayers = [8, 0]
        do {
            try bad.validate()
            Issue.record("width 0 accepted")
        } catch { #expect(error.parameter == "hiddenLayers[1]") }
    }
}
