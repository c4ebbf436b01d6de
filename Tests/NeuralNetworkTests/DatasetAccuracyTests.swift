import Datasets
import LinearAlgebra
import Randomness
import Testing

@testable import NeuralNetwork

/// Accuracy on the bundled real datasets, each with a seeded, stratified 80/20 train/test split and features
/// standardized on the training part only. The thresholds are the project's targets.
@Suite("Accuracy on real datasets")
struct DatasetAccuracyTests {
    /// Standardized 80/20 split of a bundled dataset.
    func split(_ name: String, seed: UInt64) throws -> DataSplit {
        var rng = Xoshiro256StarStar(seed: seed)
        return try Dataset.bundled(name).split(trainFraction: 0.8, validationFraction: 0, using: &rng).standardized()
            .split
    }

    func testAccuracy(_ name: String, hidden: [Int], config: TrainingConfig) throws -> Double {
        let data = try split(name, seed: config.seed)
        let labels = try #require(data.train.target.labels)
        let spec = NetworkSpec(
            inputSize: data.train.featureCount, hiddenLayers: hidden,
            outputSize: data.train.target.classCount, task: .classification)
        let (network, result) = try Trainer.fit(
            spec: spec, config: config, inputs: data.train.features,
            targets: .classes(labels))
        #expect(result.status == .completed)
        return ClassificationMetrics.accuracy(
            predicted: network.predictClasses(data.test.features),
            actual: try #require(data.test.target.labels))
    }

    /// The reference recipe: 64-128-10, ReLU, Adam, lr 1e-3, batch 64, 50 epochs, standardized inputs (default
    /// Xavier-uniform initialization, as scikit-learn's MLP); three seeds (split, weights, shuffles) must all pass.
    @Test(arguments: [UInt64(0), 1, 2])
    func digitsReachesNinetySevenPercent(seed: UInt64) throws {
        let config = TrainingConfig(optimizer: .adam(), learningRate: 1e-3, batchSize: 64, epochs: 50, seed: seed)
        let accuracy = try testAccuracy("digits", hidden: [128], config: config)
        #expect(accuracy >= 0.97, "digits test accuracy \(accuracy) with seed \(seed)")
    }

    @Test func breastCancerReachesNinetyFivePercent() throws {
        let config = TrainingConfig(learningRate: 1e-3, batchSize: 32, epochs: 30, seed: 0)
        let accuracy = try testAccuracy("breast-cancer", hidden: [16], config: config)
        #expect(accuracy >= 0.95, "breast cancer test accuracy \(accuracy)")
    }

    @Test func irisReachesNinetyThreePercent() throws {
        let config = TrainingConfig(learningRate: 1e-2, batchSize: 16, epochs: 60, seed: 0)
        let accuracy = try testAccuracy("iris", hidden: [16], config: config)
        #expect(accuracy >= 0.93, "iris test accuracy \(accuracy)")
    }

    /// Diabetes (regression): targets standardized with the training mean and deviation; R² on the test part.
    @Test func diabetesReachesRSquaredPointFour() throws {
        let data = try split("diabetes", seed: 0)
        let train = try #require(data.train.target.values)
        let test = try #require(data.test.target.values)
        let mean = train.reduce(0, +) / Float(train.count)
        let deviation = (train.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Float(train.count)).squareRoot()
        let scaled = Matrix(column: train.map { ($0 - mean) / deviation })
        let spec = NetworkSpec(inputSize: data.train.featureCount, hiddenLayers: [16], outputSize: 1, task: .regression)
        let config = TrainingConfig(learningRate: 1e-2, l2: 1e-3, batchSize: 32, epochs: 40, seed: 0)
        let (network, _) = try Trainer.fit(
            spec: spec, config: config, inputs: data.train.features, targets: .values(scaled))
        let predicted = network.predict(data.test.features).elements.map { $0 * deviation + mean }
        let r2 = RegressionMetrics.r2(predicted: predicted, actual: test)
        #expect(r2 >= 0.40, "diabetes test R² \(r2)")
    }
}
