import Datasets
import LinearAlgebra
import NeuralNetwork
import Tuning

/// The objective the tuner exists for: train a dense network (`NeuralNetwork`) with a trial's hyperparameters on
/// a dataset and score it on held-out validation data.
///
/// The data are prepared once, by the study's seed, exactly as `tuner train --patience` prepares them (`PreparedData`):
/// split into train / validation / test (64 / 16 / 20 %, stratified for classification), the features standardized on
/// the training part only, and regression targets standardized too (`TargetStandardization`), so a learning rate tuned
/// here carries over to `tuner train`. Each trial trains with early stopping (restoring the best weights) and reports
/// the validation metric after every epoch, so pruners can stop it; when pruned it throws `TrialPruned`, when the study
/// is cancelled `TrialInterrupted`, and a diverged training (NaN loss) fails the trial with that reason. The trial's
/// value is the validation metric of the restored network, and its best epoch is recorded (user attribute
/// `best_epoch`). The test part is never seen during the study: `refitAndTest` retrains the chosen configuration on
/// train + validation and scores it there. With metric `loss` on a regression dataset the value is the MSE of the
/// standardized targets, MSE / σ_y², which ranks configurations as the MSE does.
public struct NetworkObjective: Objective {
    /// What a trial is scored by.
    public enum Metric: String, Sendable, CaseIterable {
        case accuracy, loss, r2

        public var direction: Direction { self == .loss ? .minimize : .maximize }
    }

    public let datasetName: String
    public let task: TaskKind
    public let metric: Metric
    /// The split and scaled data; trials train on `data.train` and are scored on `data.validation`.
    public let data: PreparedData
    /// Epoch limit of every trial (early stopping usually ends training sooner).
    public var maxEpochs: Int
    /// Early-stopping patience, in epochs without validation improvement.
    public var patience: Int
    /// With K-fold cross-validation: the folds of train + validation rows (source-row indices); nil for the
    /// single train / validation split (see `NetworkObjective+CrossValidation.swift`).
    let folds: [(train: [Int], validation: [Int])]?

    /// Prepares `dataset` with `seed`; with `folds` K, also deals the train + validation rows
    /// into K stratified folds for cross-validated trials. Throws `NetworkTrainingError.tooFewRows` for a
    /// dataset of fewer than `DatasetSource.minimumRows` rows (as `TrainingJob` does: too few rows to split),
    /// and `StudyError` naming `metric` if it does not fit the task, `cv` if K is below 2 or above the number
    /// of rows it would split.
    public init(
        dataset: Dataset, metric: Metric? = nil, seed: UInt64 = 0, maxEpochs: Int = 40, patience: Int = 6,
        folds: Int? = nil
    ) throws {
        guard dataset.count >= DatasetSource.minimumRows else {
            throw NetworkTrainingError.tooFewRows(
                dataset: dataset.name, rows: dataset.count, minimum: DatasetSource.minimumRows)
        }
        let chosen = metric ?? (dataset.task == .classification ? .accuracy : .r2)
        if chosen == .accuracy && dataset.task != .classification {
            throw StudyError.invalidArgument(
                name: "metric",
                reason: "accuracy needs a classification dataset; use r2 or loss")
        }
        if chosen == .r2 && dataset.task != .regression {
            throw StudyError.invalidArgument(
                name: "metric",
                reason: "r2 needs a regression dataset; use accuracy or loss")
        }
        self.datasetName = dataset.name
        self.task = dataset.task
        self.metric = chosen
        let data = PreparedData(dataset, seed: seed, validationFraction: TrainingSplit.objectiveValidationFraction)
        self.data = data
        self.maxEpochs = maxEpochs
        self.patience = patience
        self.folds = try folds.map { k in
            try NetworkObjective.crossValidationFolds(
                k, of: dataset, rows: data.rows.train + data.rows.validation,
                seed: seed)
        }
    }

    public var direction: Direction { metric.direction }

    /// The dataset as given.
    var source: Dataset { data.source }

    /// The source rows of each part.
    var partition: (train: [Int], validation: [Int], test: [Int]) { data.rows }

    /// The user attribute holding the test metric.
    public var testAttribute: String { "test_\(metric.rawValue)" }

    public func evaluate(_ trial: TrialContext) throws -> Double {
        if let folds { return try evaluateCrossValidated(trial, folds: folds) }
        let (spec, config) = try NetworkObjective.configuration(
            trial.params, inputs: source.featureCount,
            outputs: data.outputCount, task: task,
            maxEpochs: maxEpochs, patience: patience,
            seed: UInt64(trial.number), trainingRows: data.train.count)
        var pruned = false
        var cancelled = false
        var reportFailure: (any Error)?
        let (network, result) = try Trainer<Float>.fit(
            spec: spec, config: config, inputs: data.train.features, targets: data.targets(data.train),
            validation: (data.validation.features, data.targets(data.validation))
        ) { report in
            let value = metric == .loss ? report.validationLoss : report.validationMetric
            do {
                if let value, value.isFinite { try trial.report(value, step: report.epoch) }
                if trial.isCancelled {
                    cancelled = true
                    return .stop
                }
                if try trial.shouldPrune() {
                    pruned = true
                    return .stop
                }
            } catch {
                reportFailure = error
                return .stop
            }
            return .continue
        }
        if let reportFailure { throw reportFailure }
        if cancelled { throw TrialInterrupted() }
        if pruned { throw TrialPruned() }
        if case .diverged(let epoch) = result.status {
            throw StudyError.invalidArgument(
                name: "training",
                reason: "diverged (NaN or infinite loss) in epoch \(epoch)")
        }
        let validation = try network.evaluate(
            inputs: data.validation.features,
            targets: data.targets(data.validation))
        try? trial.setUserAttribute("best_epoch", "\(result.bestEpoch ?? result.history.count)")
        return metric == .loss ? validation.loss : validation.metric
    }
}
