import Foundation
import NeuralNetwork

extension TrainingStatus {
    /// How training ended, in words: `completed`, `early stopped after epoch 12`, `diverged in epoch 3`,
    /// `stopped after epoch 5`.
    public var summary: String {
        switch self {
        case .completed: return "completed"
        case .earlyStopped(let epoch): return "early stopped after epoch \(epoch)"
        case .diverged(let epoch): return "diverged in epoch \(epoch)"
        case .stopped(let epoch): return "stopped after epoch \(epoch)"
        }
    }
}

extension EpochReport {
    /// One epoch as `tuner train` prints it: `epoch   3  train loss 0.4123  val loss 0.3981  val accuracy 0.9012
    /// lr 0.001`; the validation part only when the epoch was validated, its metric named `accuracy` for
    /// classification and `r2` for regression.
    public func textLine(classification: Bool) -> String {
        var line = String(format: "epoch %4d  train loss %.4f", epoch, trainingLoss)
        if let loss = validationLoss, let metric = validationMetric {
            line +=
                String(format: "  val loss %.4f", loss) + "  val \(classification ? "accuracy" : "r2") "
                + String(format: "%.4f", metric)
        }
        return line + String(format: "  lr %.3g", learningRate)
    }
}

extension TrainingResult {
    /// The end of `tuner train`'s text output: how training ended (and which epoch's weights were restored), the
    /// test scores by name (underscores as spaces, four decimals), and where the model was saved.
    public func textLines(scores: [(String, Double)], modelPath: String) -> [String] {
        var line = "training \(status.summary)"
        if restoredBestWeights, let best = bestEpoch { line += " (weights of epoch \(best) restored)" }
        return [line]
            + scores.map { name, value in name.replacingOccurrences(of: "_", with: " ") + String(format: " %.4f", value)
            }
            + ["model saved to \(modelPath)"]
    }
}
