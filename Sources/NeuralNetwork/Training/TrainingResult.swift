/// What one epoch produced; handed to the per-epoch callback (the tuner's pruners consume these).
public struct EpochReport: Codable, Hashable, Sendable {
    /// 1-based epoch number.
    public var epoch: Int
    /// Mean training loss over the epoch's mini-batches (data term only, without L1/L2 penalties).
    public var trainingLoss: Double
    /// Loss on the validation data, when given.
    public var validationLoss: Double?
    /// Accuracy (classification) or R² (regression) on the validation data, when given: higher is better.
    public var validationMetric: Double?
    /// The learning rate used during the epoch.
    public var learningRate: Double
    /// Wall-clock seconds of the epoch (training and validation).
    public var seconds: Double
}

/// The callback's verdict after each epoch.
public enum TrainingDecision: Sendable, Hashable {
    case `continue`
    /// End training now; the result's status is `.stopped(epoch:)`.
    case stop
}

/// How training ended.
public enum TrainingStatus: Codable, Hashable, Sendable {
    /// All configured epochs ran.
    case completed
    /// Early stopping ended training after this epoch.
    case earlyStopped(epoch: Int)
    /// The loss became NaN or infinite during this epoch; training ended there.
    case diverged(epoch: Int)
    /// The per-epoch callback asked to stop after this epoch.
    case stopped(epoch: Int)
}

/// The outcome of `Trainer.train`.
public struct TrainingResult: Codable, Hashable, Sendable {
    public var status: TrainingStatus
    /// One report per finished epoch (a diverged epoch has no report).
    public var history: [EpochReport]
    /// The epoch with the lowest monitored loss (validation loss if any, else training loss).
    public var bestEpoch: Int?
    /// That lowest monitored loss.
    public var bestLoss: Double?
    /// Whether the network's parameters were reset to those of `bestEpoch` at the end.
    public var restoredBestWeights: Bool

    /// The last report, if any.
    public var last: EpochReport? { history.last }
}
