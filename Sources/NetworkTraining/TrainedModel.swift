import Datasets
import LinearAlgebra
import NeuralNetwork

/// What `tuner train --out model.json` writes and `tuner predict --model` reads: the network (architecture and
/// weights) plus everything needed to apply it to a raw CSV file: the feature columns by name, the scaler fitted
/// on the training rows, the class names (classification) or the target standardization (regression).
///
/// The file is this struct as JSON with sorted keys (`TrainedModel+File.swift`), version
/// `currentFormatVersion`: `formatVersion`, `dataset`, `featureNames`, `targetName`, `classNames` (absent for
/// regression), `targetMean` and `targetScale` (μ_y, σ_y; absent for classification), `scaler` (`mean`,
/// `scale`), `training` (the `TrainingConfig`) and `network` (a `SavedModel`). Regression targets are trained
/// standardized, t = (y − μ_y) / σ_y (`TargetStandardization`); predictions are mapped back as
/// y = μ_y + σ_y · t.
public struct TrainedModel: Codable, Sendable {
    public static let currentFormatVersion = 1

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
    /// The feature standardization fitted on the training rows only.
    public var scaler: StandardScaler
    public var training: TrainingConfig
    public var network: SavedModel<Float>

    /// A model of the current format from a trained network and the data it was trained on.
    public init(
        network: Network<Float>, data: PreparedData, dataset: String, targetName: String,
        training: TrainingConfig
    ) {
        formatVersion = Self.currentFormatVersion
        self.dataset = dataset
        featureNames = data.source.featureNames
        self.targetName = targetName
        classNames = data.source.target.classNames
        targetMean = data.scaling.target?.mean
        targetScale = data.scaling.target?.scale
        scaler = data.scaling.features
        self.training = training
        self.network = network.savedModel()
    }

    public var isClassification: Bool { classNames != nil }

    /// μ_y and σ_y as a standardization, when the model has them.
    public var targetStandardization: TargetStandardization? {
        guard let targetMean, let targetScale else { return nil }
        return TargetStandardization(mean: targetMean, scale: targetScale)
    }

    /// Predictions for raw (unscaled) feature rows: class probabilities (n × K) for classification, values in
    /// the target's units (n × 1) for regression.
    public func predict(_ network: Network<Float>, raw features: Matrix<Float>) -> Matrix<Float> {
        let output = network.predict(scaler.transform(features))
        return targetStandardization.map { $0.restore(output) } ?? output
    }
}
