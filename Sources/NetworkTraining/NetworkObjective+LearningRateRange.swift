import Datasets
import LinearAlgebra
import NeuralNetwork
import Tuning

/// `lr_range: auto`: one learning-rate range test (`LearningRateFinder`, Smith 2017) before the study, and the
/// `lr` range narrowed to one decade either side of its suggestion:
///
///     [η*/10, 10·η*] ∩ [lo, hi]      (η* = the steepest-descent suggestion, [lo, hi] the default range)
///
/// The test trains the default configuration of `configuration(_:…)` (one hidden layer of 128 ReLU units,
/// Adam, batch 64) on the training part only, so validation and test rows stay unseen.
extension NetworkObjective {
    /// The steepest-descent rate of a range test (`LearningRateRangeTest`) with `params` (default configuration
    /// when empty) over `steps` mini-batches (at least one epoch), or nil when the curve is too short to suggest
    /// anything.
    public func suggestedLearningRate(_ params: Parameters = [:], steps: Int = 100, seed: UInt64 = 0) throws
        -> Double?
    {
        let (spec, config) = try NetworkObjective.configuration(
            params, inputs: source.featureCount,
            outputs: data.outputCount, task: task, maxEpochs: 1,
            patience: patience, seed: seed, trainingRows: data.train.count)
        let architecture = NetworkArchitecture(
            hiddenLayers: spec.hiddenLayers, activation: spec.activation,
            dropout: spec.dropout, batchNorm: spec.batchNorm)
        let count = LearningRateRangeTest.defaultSteps(
            rows: data.train.count, batchSize: config.batchSize,
            minimum: steps)
        do {
            return try LearningRateRangeTest(architecture: architecture, training: config, steps: count)
                .run(on: data).suggestion.steepest
        } catch NetworkTrainingError.noFiniteLoss {
            return nil
        }
    }

    /// [η*/10, 10·η*] ∩ `range`; `range` itself when the two do not overlap (a suggestion far outside the
    /// default range says more about the test than about the rates worth searching).
    public static func narrowedLearningRates(
        around suggestion: Double,
        within range: ClosedRange<Double> = defaultLearningRates
    )
        -> ClosedRange<Double>
    {
        let (lo, hi) = (max(range.lowerBound, suggestion / 10), min(range.upperBound, suggestion * 10))
        return lo < hi ? lo...hi : range
    }
}
