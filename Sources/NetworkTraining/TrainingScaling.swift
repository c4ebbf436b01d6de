import Datasets
import LinearAlgebra
import NeuralNetwork

/// What a network is trained on, fitted on the training rows only and then applied unchanged to validation,
/// test and new rows (Hastie, Tibshirani & Friedman, *The Elements of Statistical Learning*, 2nd ed., §7.10.2):
/// the features standardized by a `StandardScaler`, and for regression the targets by a
/// `TargetStandardization` (see there for why). Class labels are used as they are.
public struct TrainingScaling: Sendable, Equatable {
    /// x' = (x − μ_j) / σ_j per feature column j.
    public var features: StandardScaler
    /// t = (y − μ_y) / σ_y; nil for classification.
    public var target: TargetStandardization?

    public init(features: StandardScaler, target: TargetStandardization?) {
        self.features = features
        self.target = target
    }

    /// Fits both on `training` (at least one row).
    public init(fitting training: Dataset) {
        features = StandardScaler(fitting: training.features)
        target = training.target.values.map(TargetStandardization.init(fitting:))
    }

    /// The standardized features of `part`.
    public func inputs(_ part: Dataset) -> Matrix<Float> { features.transform(part.features) }

    /// The targets the trainer sees for `part`: class labels, or standardized values.
    public func targets(_ part: Dataset) -> TrainingTargets<Float> {
        switch part.target {
        case .classes(let labels, _): return .classes(labels)
        case .values(let values):
            return .values(Matrix(column: target.map { $0.standardize(values) } ?? values))
        }
    }
}
