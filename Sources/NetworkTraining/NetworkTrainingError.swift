import Datasets
import NeuralNetwork

/// Why training a network on a dataset failed. `description` names no command-line flag (callers that take
/// flags say which one was at fault), except in the hints of dataset errors that a `CSVHandling` option avoids
/// (`raise --max-categories`).
public enum NetworkTrainingError: Error, Sendable, CustomStringConvertible {
    /// The dataset could not be read.
    case dataset(DatasetError)
    /// The dataset has fewer rows than a train / test split needs.
    case tooFewRows(dataset: String, rows: Int, minimum: Int)
    /// The network or its training settings are unusable.
    case configuration(ConfigurationError)
    /// A loss became NaN or infinite in `epoch`.
    case diverged(epoch: Int)
    /// The trained model could not be written.
    case model(TrainedModelError)
    /// A learning-rate range test whose first mini-batch already gave a NaN or infinite loss.
    case noFiniteLoss(rate: Double)

    public var description: String {
        switch self {
        case .dataset(let error): return "\(error)"
        case .tooFewRows(let dataset, let rows, let minimum):
            return "\(dataset) has \(rows) rows; at least \(minimum) are needed"
        case .configuration(let error): return "\(error)"
        case .diverged(let epoch): return "training diverged (NaN or infinite loss) in epoch \(epoch)"
        case .model(let error): return "\(error)"
        case .noFiniteLoss(let rate):
            return "the first mini-batch already gave a NaN or infinite loss at rate \(rate)"
        }
    }
}
