import Datasets
import Foundation
import LinearAlgebra
import NeuralNetwork
import TestSupport
import Testing

@testable import NetworkTraining

@Suite("Model files: round trip, format, errors")
struct ModelPersistenceTests {
    static func trainedModel(_ dataset: String, in directory: TemporaryDirectory) throws -> TrainingJob.Outcome {
        let job = TrainingJob(
            dataset: DatasetSource(dataset, target: nil), seed: 1, validationFraction: nil,
            architecture: NetworkArchitecture(hiddenLayers: [4]),
            training: TrainingConfig(learningRate: 1e-2, batchSize: 32, epochs: 2, seed: 1),
            modelPath: directory.path("\(dataset).json"))
        return try job.run()
    }

    @Test(arguments: ["iris", "diabetes"])
    func aSavedModelLoadsBackAndPredictsTheSame(dataset: String) throws {
        let directory = try TemporaryDirectory(prefix: "network-training")
        let outcome = try Self.trainedModel(dataset, in: directory)
        let (loaded, network) = try TrainedModel.load(path: directory.path("\(dataset).json"))
        #expect(loaded.featureNames == outcome.model.featureNames && loaded.targetName == "target")
        #expect(loaded.scaler == outcome.model.scaler && loaded.training == outcome.model.training)
        let rows = try Dataset.bundled(dataset).features
        #expect(loaded.predict(network, raw: rows) == outcome.model.predict(outcome.network, raw: rows))
        #expect((loaded.targetMean != nil) == (dataset == "diabetes"))
        #expect(try loaded.encoded() == Data(contentsOf: URL(fileURLWithPath: directory.path("\(dataset).json"))))
    }

    @Test func regressionPredictionsAreInTheTargetsUnits() throws {
        let directory = try TemporaryDirectory(prefix: "network-training")
        let outcome = try Self.trainedModel("diabetes", in: directory)
        let values = try #require(try Dataset.bundled("diabetes").target.values)
        let predicted = outcome.model.predict(outcome.network, raw: try Dataset.bundled("diabetes").features)
        let meanPrediction = predicted.column(0).reduce(0, +) / Float(predicted.rows)
        let meanTarget = values.reduce(0, +) / Float(values.count)
        #expect(abs(meanPrediction - meanTarget) < 0.5 * meanTarget)
        #expect(outcome.testScores.map(\.0) == ["test_r2", "test_mse"])
    }

    @Test func aFileOfTheFirstFormatVersionLoadsAndReencodesToTheSameBytes() throws {
        let data = Data(ModelFixture.irisVersion1.utf8)
        let (model, network) = try TrainedModel.decode(data, path: "fixture.json")
        #expect(model.formatVersion == 1 && model.classNames == ["setosa", "versicolor", "virginica"])
        #expect(model.featureNames.count == 4 && network.inputSize == 4 && network.outputSize == 3)
        #expect(try model.encoded() == data)
        let probabilities = model.predict(network, raw: Matrix(rows: 1, columns: 4, elements: [5.1, 3.5, 1.4, 0.2]))
        #expect(abs(probabilities.row(0).reduce(0, +) - 1) < 1e-5)
    }

    @Test func aSecondVersionFileWithAnImputerOfAnotherWidthIsInconsistent() throws {
        let withImputer = ModelFixture.irisVersion1.replacingOccurrences(
            of: #""formatVersion":1,"network""#,
            with: #""formatVersion":2,"imputer":{"fill":[1,2,3],"strategy":"mean"},"network""#)
        #expect(withImputer != ModelFixture.irisVersion1)
        #expect(throws: TrainedModelError.self) { try TrainedModel.decode(Data(withImputer.utf8), path: "f.json") }
        let fitting = withImputer.replacingOccurrences(of: "[1,2,3]", with: "[1,2,3,4]")
        let (model, _) = try TrainedModel.decode(Data(fitting.utf8), path: "f.json")
        #expect(model.imputer?.fill == [1, 2, 3, 4] && model.formatVersion == 2)
    }

    @Test func unreadableFilesAreTypedErrorsNamingTheFile() throws {
        let directory = try TemporaryDirectory(prefix: "network-training")
        #expect(throws: TrainedModelError.missing(path: directory.path("absent.json"))) {
            try TrainedModel.load(path: directory.path("absent.json"))
        }
        let notAModel = try directory.write("other.json", #"{"formatVersion": 1}"#)
        #expect(throws: TrainedModelError.notAModelFile(path: notAModel, reason: "missing key 'dataset'")) {
            try TrainedModel.load(path: notAModel)
        }
        let future = ModelFixture.irisVersion1.replacingOccurrences(
            of: #""formatVersion":1,"network""#,
            with: #""formatVersion":3,"network""#)
        #expect(future != ModelFixture.irisVersion1)
        #expect(throws: TrainedModelError.unsupportedVersion(path: "f.json", version: 3)) {
            try TrainedModel.decode(Data(future.utf8), path: "f.json")
        }
    }
}
