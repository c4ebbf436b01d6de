import ArgumentParser
import Datasets
import Foundation
import LinearAlgebra
import NeuralNetwork

/// The data side of `tuner train`: the dataset, its seeded split into train / (validation) / test, the feature
/// scaler fitted on the train part, the target standardization for regression, and the test scores.
struct TrainingData {
    var name: String
    var targetName: String
    /// The parts; `train` and `validation` hold standardized features, `test` the raw ones.
    var train: Dataset
    var validation: Dataset?
    var test: Dataset
    var scaler: StandardScaler
    /// μ_y, σ_y of the training targets (regression only).
    var targetMoments: (mean: Double, scale: Double)?

    var isClassification: Bool { train.task == .classification }
    var outputCount: Int { train.target.classNames?.count ?? 1 }

    /// Loads `dataset` (bundled name or CSV path) and splits it 80 / 20 into train and test, stratified by class,
    /// taking `validationFraction` of the train part for validation when given. Bad names and files are usage
    /// errors naming `--dataset` / `--target` with the file, line and column.
    static func load(dataset: String, target: String?, seed: UInt64, validationFraction: Double?) throws -> TrainingData {
        let source: Dataset
        let targetName: String
        do {
            if Dataset.bundledNames.contains(dataset) {
                source = try Dataset.bundled(dataset)
                targetName = "target"
            } else {
                let reference: ColumnReference = target.map { Int($0).map { .index($0) } ?? .name($0) } ?? .last
                source = try Dataset.csv(path: dataset, options: CSVOptions(target: reference))
                targetName = try headerName(of: reference, in: dataset)
            }
        } catch let error as DatasetError {
            if case .unknownDataset = error { throw ValidationError("--dataset: \(error)") }
            if case .unknownColumn = error { throw ValidationError("--target: \(error)") }
            throw ValidationError("--dataset: \(error)")
        }
        guard source.count >= 5 else { throw ValidationError("--dataset: \(dataset) has \(source.count) rows; at least 5 are needed") }
        var rng = Xoshiro256StarStar(seed: seed ^ 0x5350_4C49_54)   // "SPLIT", as the tuner's objective
        let trainShare = 0.8 * (1 - (validationFraction ?? 0))
        let parts = source.split(trainFraction: trainShare, validationFraction: 0.8 - trainShare, using: &rng)
        let scaler = StandardScaler(fitting: parts.train.features)
        var moments: (Double, Double)?
        if let values = parts.train.target.values {
            let mean = values.reduce(0.0) { $0 + Double($1) } / Double(values.count)
            let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(values.count)
            moments = (mean, variance > 0 ? variance.squareRoot() : 1)
        }
        return TrainingData(name: dataset, targetName: targetName, train: scaler.transform(parts.train),
                            validation: validationFraction == nil || parts.validation.count == 0 ? nil : scaler.transform(parts.validation),
                            test: parts.test, scaler: scaler, targetMoments: moments)
    }

    /// The header cell naming the target column of a CSV file.
    static func headerName(of reference: ColumnReference, in path: String) throws -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let header = CSVRows.fields(of: String(text.split(separator: "\n", maxSplits: 1).first ?? ""))
        switch reference {
        case let .name(n): return n
        case let .index(i): return header.indices.contains(i) ? header[i] : "x\(i)"
        case .last: return header.last ?? "target"
        }
    }

    /// The targets the trainer sees: labels, or standardized values t = (y − μ_y) / σ_y.
    func trainingTargets(_ part: Dataset) -> TrainingTargets<Float> {
        switch part.target {
        case let .classes(labels, _): return .classes(labels)
        case let .values(v):
            let (mean, scale) = targetMoments ?? (0, 1)
            return .values(Matrix(column: v.map { Float((Double($0) - mean) / scale) }))
        }
    }

    func trainedModel(network: Network<Float>, config: TrainingConfig) -> TrainedModel {
        TrainedModel(formatVersion: TrainedModel.currentFormatVersion, dataset: name, featureNames: train.featureNames,
                     targetName: targetName, classNames: train.target.classNames, targetMean: targetMoments?.mean,
                     targetScale: targetMoments?.scale, scaler: scaler, training: config, network: network.savedModel())
    }

    /// Scores on the raw test part through the saved model's own prediction path: accuracy and macro F1
    /// (classification), or R² and MSE in the target's units (regression).
    func testScores(model: TrainedModel, network: Network<Float>) -> [(String, Double)] {
        let output = model.predict(network, raw: test.features)
        switch test.target {
        case let .classes(labels, names):
            let predicted = PredictionOutput.argmax(output)
            let confusion = ClassificationMetrics.confusionMatrix(predicted: predicted, actual: labels, classCount: names.count)
            return [("test_accuracy", confusion.accuracy), ("test_macro_f1", confusion.macroF1)]
        case let .values(values):
            let predicted = output.column(0)
            return [("test_r2", RegressionMetrics.r2(predicted: predicted, actual: values)),
                    ("test_mse", RegressionMetrics.meanSquaredError(predicted: predicted, actual: values))]
        }
    }
}
