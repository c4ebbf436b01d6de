import Datasets
import LinearAlgebra
import NeuralNetwork

/// One network trained on one dataset and saved: what `tuner train` runs.
///
/// The data are prepared by `PreparedData` (80 % train, 20 % test; with a validation fraction that share of the
/// train part is held out for early stopping), the network is built from `architecture` for them, trained with
/// `training`, saved as a `TrainedModel` to `modelPath`, and scored once on the test part through the saved
/// model's own prediction path (raw features in, target units out).
public struct TrainingJob: Sendable {
    public var dataset: DatasetSource
    /// Seed of the split (the training's own seed is `training.seed`).
    public var seed: UInt64
    /// The validation share of the train part; nil for none (then `training` must not stop early).
    public var validationFraction: Double?
    public var architecture: NetworkArchitecture
    public var training: TrainingConfig
    /// Where the model is written.
    public var modelPath: String

    public init(
        dataset: DatasetSource, seed: UInt64, validationFraction: Double?, architecture: NetworkArchitecture,
        training: TrainingConfig, modelPath: String
    ) {
        self.dataset = dataset
        self.seed = seed
        self.validationFraction = validationFraction
        self.architecture = architecture
        self.training = training
        self.modelPath = modelPath
    }

    /// What a finished job leaves: the saved model and its network, the trainer's result, and the test scores
    /// (`test_accuracy`, `test_macro_f1` for classification; `test_r2`, `test_mse` in target units for
    /// regression).
    public struct Outcome {
        public var model: TrainedModel
        public var network: Network<Float>
        public var result: TrainingResult
        public var testScores: [(String, Double)]
    }

    /// Runs the job; `onEpoch` sees every epoch's report as it finishes, with the dataset's task (which says
    /// whether the report's validation metric is an accuracy or an R²); `onNote` gets the note of reading a CSV
    /// file (`DatasetSource.read`) before training starts.
    public func run(
        onEpoch: (EpochReport, TaskKind) -> Void = { _, _ in }, onNote: (String) -> Void = { _ in }
    ) throws(NetworkTrainingError) -> Outcome {
        let (data, targetName) = try dataset.prepare(
            seed: seed, validationFraction: validationFraction, onNote: onNote)
        let spec = architecture.spec(for: data)
        let network: Network<Float>
        let result: TrainingResult
        do {
            try spec.validate()
            try spec.checkFootprint(batchSize: training.batchSize, trainingRows: data.train.count)
            (network, result) = try Trainer<Float>.fit(
                spec: spec, config: training, inputs: data.train.features, targets: data.targets(data.train),
                validation: data.validationData
            ) { report in
                onEpoch(report, data.task)
                return .continue
            }
        } catch {
            throw .configuration(error)
        }
        if case .diverged(let epoch) = result.status { throw .diverged(epoch: epoch) }
        let model = TrainedModel(
            network: network, data: data, dataset: dataset.name, targetName: targetName,
            training: training)
        do {
            try model.save(path: modelPath)
        } catch {
            throw .model(error)
        }
        let prediction = Prediction(model: model, network: network, raw: data.test.features)
        return Outcome(
            model: model, network: network, result: result,
            testScores: prediction.testScores(against: data.test.target))
    }
}

extension Prediction {
    /// Scores against a test part's target: `test_accuracy` and `test_macro_f1` (classification), or
    /// `test_r2` and `test_mse` in the target's units (regression).
    public func testScores(against target: Target) -> [(String, Double)] {
        switch target {
        case .classes(let labels, let names):
            let confusion = ClassificationMetrics.confusionMatrix(
                predicted: predictedLabels, actual: labels,
                classCount: names.count)
            return [("test_accuracy", confusion.accuracy), ("test_macro_f1", confusion.macroF1)]
        case .values(let values):
            let predicted = output.column(0)
            return [
                ("test_r2", RegressionMetrics.r2(predicted: predicted, actual: values)),
                ("test_mse", RegressionMetrics.meanSquaredError(predicted: predicted, actual: values)),
            ]
        }
    }
}
