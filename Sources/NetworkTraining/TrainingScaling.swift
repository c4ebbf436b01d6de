import Datasets
import LinearAlgebra
import NeuralNetwork

/// What a network is trained on, fitted on the training rows only and then applied unchanged to validation,
/// test and new rows (Hastie, Tibshirani & Friedman, *The Elements of Statistical Learning*, 2nd ed., §7.10.2):
/// missing feature cells filled by a `MissingValueImputer` (when the dataset leaves them for imputation,
/// `FeatureEncoding.imputation`), the features standardized by a `StandardScaler` fitted on the filled rows, and
/// for regression the targets by a `TargetStandardization` (see there for why). Class labels are used as they are.
public struct TrainingScaling: Sendable, Equatable {
    /// x_ij ← fill_j where x_ij is missing; nil when nothing is left missing.
    public var imputer: MissingValueImputer?
    /// x' = (x − μ_j) / σ_j per feature column j.
    public var features: StandardScaler
    /// t = (y − μ_y) / σ_y; nil for classification.
    public var target: TargetStandardization?

    public init(features: StandardScaler, target: TargetStandardization?, imputer: MissingValueImputer? = nil) {
        self.imputer = imputer
        self.features = features
        self.target = target
    }

    /// Fits all three on `training` (at least one row).
    public init(fitting training: Dataset) {
        if let encoding = training.encoding, let strategy = encoding.imputation {
            imputer = MissingValueImputer(
                fitting: training.features, categoricalGroups: encoding.categoricalFeatureRanges, strategy: strategy)
        } else {
            imputer = nil
        }
        features = StandardScaler(fitting: imputer?.transform(training.features) ?? training.features)
        target = training.target.values.map(TargetStandardization.init(fitting:))
    }

    /// The filled and standardized features of raw rows.
    public func inputs(_ raw: Matrix<Float>) -> Matrix<Float> {
        features.transform(imputer?.transform(raw) ?? raw)
    }

    /// The filled and standardized features of `part`.
    public func inputs(_ part: Dataset) -> Matrix<Float> { inputs(part.features) }

    /// `part` with its features filled and standardized (targets unchanged).
    public func transform(_ part: Dataset) -> Dataset {
        var transformed = part
        transformed.features = inputs(part.features)
        return transformed
    }

    /// The targets the trainer sees for `part`: class labels, or standardized values.
    public func targets(_ part: Dataset) -> TrainingTargets<Float> {
        switch part.target {
        case .classes(let labels, _): return .classes(labels)
        case .values(let values):
            return .values(Matrix(column: target.map { $0.standardize(values) } ?? values))
        }
    }
}
