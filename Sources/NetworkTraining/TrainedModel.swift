import Datasets
import LinearAlgebra
import NeuralNetwork

/// What `tuner train --out model.json` writes and `tuner predict --model` reads: the network (architecture and
/// weights) plus everything needed to apply it to a raw CSV file: the feature columns by name, the scaler fitted
/// on the training rows, the class names (classification) or the target standardization (regression).
///
/// The file is this struct as JSON with sorted keys (`TrainedModel+File.swift`): `formatVersion`, `dataset`,
/// `featureNames`, `targetName`, `classNames` (absent for regression), `targetMean` and `targetScale` (μ_y, σ_y;
/// absent for classification), `scaler` (`mean`, `scale`), `training` (the `TrainingConfig`) and `network` (a
/// `SavedModel`). Version 2 adds `encoding` (the CSV columns behind the features: a `FeatureEncoding`, with the
/// categories of one-hot encoded columns and the missing markers) and `imputer` (`strategy`, `fill`: the values
/// of missing cells, from the training rows); a model that needs neither is written as version 1, so files of
/// bundled or all-numeric datasets read in builds that know only version 1. Regression targets are trained
/// standardized, t = (y − μ_y) / σ_y (`TargetStandardization`); predictions are mapped back as
/// y = μ_y + σ_y · t.
public struct TrainedModel: Codable, Sendable {
    /// The newest format version, written when `encoding` or `imputer` is present.
    public static let currentFormatVersion = 2
    /// The versions this build reads.
    public static let readableFormatVersions = 1...currentFormatVersion

    public var formatVersion: Int
    /// The dataset it was trained on (bundled name or CSV path).
    public var dataset: String
    /// The feature columns, in the order the network takes them.
    public var featureNames: [String]
    /// The name of the target column (used by `predict` to score a labelled file).
    public var targetName: String
    /// Class names in label order; nil for regression.
    public var classNames: [String]?
    /// μ_y and σ_y of the training targets; nil for classification.
    public var targetMean: Double?
    public var targetScale: Double?
    /// The feature standardization fitted on the training rows only (after imputation).
    public var scaler: StandardScaler
    /// How the CSV columns become the features; nil when they are the numeric columns of `featureNames`.
    public var encoding: FeatureEncoding?
    /// The values of missing feature cells, fitted on the training rows; nil when missing cells are an error.
    public var imputer: MissingValueImputer?
    public var training: TrainingConfig
    public var network: SavedModel<Float>

    /// A model of the current format from a trained network and the data it was trained on.
    public init(
        network: Network<Float>, data: PreparedData, dataset: String, targetName: String,
        training: TrainingConfig
    ) {
        self.dataset = dataset
        featureNames = data.source.featureNames
        self.targetName = targetName
        classNames = data.source.target.classNames
        targetMean = data.scaling.target?.mean
        targetScale = data.scaling.target?.scale
        scaler = data.scaling.features
        encoding = data.source.encoding.flatMap { $0.isPlainNumeric ? nil : $0 }
        imputer = data.scaling.imputer
        formatVersion = encoding == nil && imputer == nil ? 1 : Self.currentFormatVersion
        self.training = training
        self.network = network.savedModel()
    }

    public var isClassification: Bool { classNames != nil }

    /// μ_y and σ_y as a standardization, when the model has them.
    public var targetStandardization: TargetStandardization? {
        guard let targetMean, let targetScale else { return nil }
        return TargetStandardization(mean: targetMean, scale: targetScale)
    }

    /// The column names a file to predict on must have: the encoded CSV columns, or the feature names.
    public var inputColumns: [String] { encoding?.columns.map(\.name) ?? featureNames }

    /// Predictions for raw (unscaled) feature rows, missing cells NaN: class probabilities (n × K) for
    /// classification, values in the target's units (n × 1) for regression.
    public func predict(_ network: Network<Float>, raw features: Matrix<Float>) -> Matrix<Float> {
        let output = network.predict(scaler.transform(imputer?.transform(features) ?? features))
        return targetStandardization.map { $0.restore(output) } ?? output
    }
}
