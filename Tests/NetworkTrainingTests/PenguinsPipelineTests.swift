import Datasets
import Foundation
import LinearAlgebra
import NeuralNetwork
import Randomness
import TestSupport
import Testing
import Tuning

@testable import NetworkTraining

/// A penguins-like CSV (text columns, `NA`/empty/`?` cells) through the whole pipeline with the default handling:
/// imputation from the training rows only, per fold when cross-validating, a model that carries its encoding and
/// imputer to prediction time.
@Suite("A CSV with text columns and missing cells through the pipeline")
struct PenguinsPipelineTests {
    static func penguins(rows: Int = 120, seed: UInt64 = 7, in directory: TemporaryDirectory) throws -> String {
        var rng = Xoshiro256StarStar(seed: seed)
        return try directory.write("penguins.csv", PenguinsLikeCSV.text(rows: rows, missingRate: 0.08, using: &rng))
    }

    /// The mean of the present (non-NaN) values of column j over `rows`.
    static func presentMean(_ x: Matrix<Float>, column j: Int, rows: [Int]) -> Float {
        let present = rows.map { x[$0, j] }.filter { !$0.isNaN }
        return Float(present.reduce(0.0) { $0 + Double($1) } / Double(present.count))
    }

    @Test func theImputedValuesComeFromTheTrainingRowsOnly() throws {
        let directory = try TemporaryDirectory(prefix: "penguins")
        defer { directory.remove() }
        let source = DatasetSource(try Self.penguins(in: directory), target: "species")
        let (data, _) = try source.prepare(seed: 3, validationFraction: 0.2)
        let x = data.source.features
        let j = try #require(data.source.featureNames.firstIndex(of: "bill_length_mm"))
        let imputer = try #require(data.scaling.imputer)
        let all = Array(0..<x.rows)
        try #require(Self.presentMean(x, column: j, rows: all) != Self.presentMean(x, column: j, rows: data.rows.train))
        #expect(imputer.fill[j] == Self.presentMean(x, column: j, rows: data.rows.train))
        #expect(data.train.features.elements.allSatisfy { $0.isFinite })
        #expect(data.validation.features.elements.allSatisfy { $0.isFinite })
        // Each fold's scaling is fitted on that fold's training rows.
        let rows = Array(data.rows.train.prefix(40))
        let fold = TrainingScaling(fitting: data.source.subset(rows))
        #expect(fold.imputer?.fill[j] == Self.presentMean(x, column: j, rows: rows))
    }

    @Test func aCrossValidatedTrialOnMissingCellsGivesAFiniteScore() throws {
        let directory = try TemporaryDirectory(prefix: "penguins")
        defer { directory.remove() }
        let dataset = try DatasetSource(try Self.penguins(in: directory), target: "species").load()
        let objective = try NetworkObjective(dataset: dataset, seed: 1, maxEpochs: 3, patience: 2, folds: 3)
        let study = try Study(space: try SearchSpace([.float("lr", 5e-3, 2e-2, log: true)]), direction: .maximize)
        try study.optimize(objective, trials: 1)
        let trial = try #require(try study.trials.first)
        #expect(trial.state == .complete && trial.value?.isFinite == true)
    }

    @Test func aTrainedModelCarriesItsEncodingAndImputerToPrediction() throws {
        let directory = try TemporaryDirectory(prefix: "penguins")
        defer { directory.remove() }
        var notes: [String] = []
        let job = TrainingJob(
            dataset: DatasetSource(try Self.penguins(in: directory), target: "species"), seed: 1,
            validationFraction: nil, architecture: NetworkArchitecture(hiddenLayers: [8]),
            training: TrainingConfig(learningRate: 1e-2, batchSize: 16, epochs: 3, seed: 1),
            modelPath: directory.path("model.json"))
        let outcome = try job.run(onNote: { notes.append($0) })
        #expect(notes.count == 1 && notes[0].contains("one-hot encoded island (3 categories), sex (2)"))
        #expect(outcome.testScores.allSatisfy { $0.1.isFinite })
        let (model, _) = try TrainedModel.load(path: directory.path("model.json"))
        #expect(model.formatVersion == 2 && model.encoding?.imputation == .mean)
        #expect(model.inputColumns.contains("island") && model.featureNames.contains("island=Biscoe"))
        #expect(model.imputer == outcome.model.imputer && model.imputer != nil)

        // Columns in another order, a missing cell of each kind, an island never seen in training.
        let input = try directory.write(
            "new.csv",
            """
            sex,year,body_mass_g,flipper_length_mm,bill_depth_mm,bill_length_mm,island,species
            male,2008,3800,191,18.5,39.1,Torgersen,Adelie
            NA,2008,5100,?,15.1,,Biscoe,Gentoo
            female,2009,3700,195,18.0,49.0,Atlantis,Chinstrap

            """)
        let run = try PredictionRun.run(modelPath: directory.path("model.json"), inputPath: input)
        #expect(run.prediction.count == 3 && run.input.features.columns == model.featureNames.count)
        #expect(run.prediction.output.elements.allSatisfy { $0.isFinite })
        #expect(
            run.input.note
                == "note: \(input): imputed 3 missing cells (mean of the training rows); "
                + "1 cell of a category not seen in training (no indicator set)")
        #expect(run.scores.first?.0 == "accuracy")
    }

    @Test func aModelWithoutEncodingKeepsTheFirstFormatVersion() throws {
        let directory = try TemporaryDirectory(prefix: "penguins")
        defer { directory.remove() }
        let outcome = try ModelPersistenceTests.trainedModel("iris", in: directory)
        #expect(outcome.model.formatVersion == 1 && outcome.model.encoding == nil && outcome.model.imputer == nil)
    }

    @Test func aMissingCellIsAnErrorForAModelThatImputesNone() throws {
        let directory = try TemporaryDirectory(prefix: "penguins")
        defer { directory.remove() }
        let job = TrainingJob(
            dataset: DatasetSource(
                try Self.penguins(in: directory), target: "species", handling: CSVHandling(missing: .drop)),
            seed: 1, validationFraction: nil, architecture: NetworkArchitecture(hiddenLayers: [4]),
            training: TrainingConfig(learningRate: 1e-2, batchSize: 16, epochs: 1, seed: 1),
            modelPath: directory.path("model.json"))
        _ = try job.run()
        let input = try directory.write(
            "new.csv",
            "island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex,year\nDream,NA,1,2,3,male,2008\n")
        #expect(throws: PredictionRun.Failure.self) {
            try PredictionRun.run(modelPath: directory.path("model.json"), inputPath: input)
        }
        do {
            _ = try PredictionRun.run(modelPath: directory.path("model.json"), inputPath: input)
        } catch {
            #expect("\(error)".hasPrefix("\(input):2:2: column 'bill_length_mm': missing value"))
        }
    }
}
