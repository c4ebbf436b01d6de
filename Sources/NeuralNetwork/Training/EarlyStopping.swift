/// Stop training when the monitored loss (validation loss when there is validation data, training loss otherwise)
/// has not improved by more than `minDelta` for `patience` consecutive epochs (Prechelt, "Early Stopping — But
/// When?", 1998; Keras `EarlyStopping`). With `restoreBestWeights`, the network ends with the parameters of its
/// best epoch.
public struct EarlyStopping: Codable, Hashable, Sendable {
    /// Epochs without improvement tolerated before stopping (≥ 1).
    public var patience: Int
    /// The smallest decrease of the loss that counts as an improvement (≥ 0).
    public var minDelta: Double
    /// Whether to restore the best epoch's parameters at the end.
    public var restoreBestWeights: Bool

    public init(patience: Int = 10, minDelta: Double = 0, restoreBestWeights: Bool = true) {
        self.patience = patience
        self.minDelta = minDelta
        self.restoreBestWeights = restoreBestWeights
    }

    /// Throws naming `earlyStopping.patience` or `earlyStopping.minDelta` when out of range.
    public func validate() throws(ConfigurationError) {
        if patience < 1 {
            throw .invalid(parameter: "earlyStopping.patience", reason: "\(patience) must be at least 1")
        }
        if !(minDelta >= 0) { throw .invalid(parameter: "earlyStopping.minDelta", reason: "\(minDelta) must be ≥ 0") }
    }
}

/// The running state of early stopping and best-epoch tracking.
struct EarlyStoppingMonitor {
    let minDelta: Double
    let patience: Int?
    private(set) var bestLoss = Double.infinity
    private(set) var bestEpoch: Int?
    private var epochsWithoutImprovement = 0

    init(_ rule: EarlyStopping?) {
        minDelta = rule?.minDelta ?? 0
        patience = rule?.patience
    }

    /// Records an epoch's monitored loss; returns whether it is a new best and whether training should stop.
    mutating func record(loss: Double, epoch: Int) -> (improved: Bool, stop: Bool) {
        if loss < bestLoss - minDelta || (bestEpoch == nil && loss.isFinite) {
            bestLoss = loss
            bestEpoch = epoch
            epochsWithoutImprovement = 0
            return (true, false)
        }
        epochsWithoutImprovement += 1
        if let patience, epochsWithoutImprovement >= patience { return (false, true) }
        return (false, false)
    }
}
