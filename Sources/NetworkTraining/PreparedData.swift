import Datasets
import LinearAlgebra
import NeuralNetwork

/// A dataset made ready for a network: split by `TrainingSplit`, scaled by a `TrainingScaling` fitted on the
/// train part. Used alike by `tuner train`, `tuner lr-find` and the tuning objective (`NetworkObjective`), so for
/// one dataset, seed and validation fraction they train on identical inputs and targets.
public struct PreparedData: Sendable {
    /// The dataset as read, and the rows of each part.
    public var source: Dataset
    public var rows: (train: [Int], validation: [Int], test: [Int])
    /// Fitted on the train part.
    public var scaling: TrainingScaling
    /// The train and validation parts with filled and standardized features (targets as in the source);
    /// `validation` is empty without a validation fraction.
    public var train: Dataset
    public var validation: Dataset
    /// The test part with raw features (missing cells NaN), to be scored through a saved model's own prediction
    /// path.
    public var test: Dataset

    /// Splits `dataset` by `seed` (with `validationFraction` of the non-test rows held out for validation,
    /// none when nil) and fits the scaling on the train part.
    public init(_ dataset: Dataset, seed: UInt64, validationFraction: Double?) {
        let rows = TrainingSplit.rows(of: dataset, validationFraction: validationFraction, seed: seed)
        let trainPart = dataset.subset(rows.train)
        let scaling = TrainingScaling(fitting: trainPart)
        source = dataset
        self.rows = rows
        self.scaling = scaling
        train = scaling.transform(trainPart)
        validation = scaling.transform(dataset.subset(rows.validation))
        test = dataset.subset(rows.test)
    }

    public var task: TaskKind { source.task }

    /// The number of network outputs: one per class, or one value.
    public var outputCount: Int { source.target.classNames?.count ?? 1 }

    /// The targets the trainer sees for a part: class labels, or values standardized by `scaling`.
    public func targets(_ part: Dataset) -> TrainingTargets<Float> { scaling.targets(part) }

    /// The validation part with its targets, or nil when there is none.
    public var validationData: (Matrix<Float>, TrainingTargets<Float>)? {
        validation.count == 0 ? nil : (validation.features, targets(validation))
    }
}
