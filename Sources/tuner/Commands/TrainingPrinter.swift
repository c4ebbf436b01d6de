import Foundation
import NeuralNetwork

/// Prints `tuner train`'s progress: one line (or JSON object) per epoch, then the test scores.
struct TrainingPrinter {
    let json: Bool

    /// One epoch; `classification` says whether the validation metric is an accuracy or an R².
    func epoch(_ r: EpochReport, classification: Bool) {
        let metricName = classification ? "accuracy" : "r2"
        if json {
            var fields: [(String, JSONValue)] = [("epoch", .int(r.epoch)), ("train_loss", JSONValue(r.trainingLoss))]
            if r.validationLoss != nil {
                fields.append(("validation_loss", JSONValue(r.validationLoss)))
                fields.append(("validation_\(metricName)", JSONValue(r.validationMetric)))
            }
            fields += [("learning_rate", JSONValue(r.learningRate)), ("seconds", JSONValue(r.seconds))]
            print(JSONValue.object(fields).text)
        } else {
            var line = String(format: "epoch %4d  train loss %.4f", r.epoch, r.trainingLoss)
            if let loss = r.validationLoss, let metric = r.validationMetric {
                line +=
                    String(format: "  val loss %.4f", loss) + "  val \(metricName) "
                    + String(format: "%.4f", metric)
            }
            line += String(format: "  lr %.3g", r.learningRate)
            print(line)
        }
        fflush(nil)  // all C streams: epochs appear as they finish, also through pipes
    }

    func final(scores: [(String, Double)], result: TrainingResult, modelPath: String) {
        let status: String
        switch result.status {
        case .completed: status = "completed"
        case .earlyStopped(let epoch): status = "early stopped after epoch \(epoch)"
        case .diverged(let epoch): status = "diverged in epoch \(epoch)"
        case .stopped(let epoch): status = "stopped after epoch \(epoch)"
        }
        if json {
            var fields: [(String, JSONValue)] = [("final", .bool(true))]
            fields += scores.map { ($0.0, JSONValue($0.1)) }
            fields += [
                ("epochs", .int(result.history.count)), ("status", .string(status)),
                ("best_epoch", result.bestEpoch.map { .int($0) } ?? .null),
                ("restored_best_weights", .bool(result.restoredBestWeights)), ("model", .string(modelPath)),
            ]
            print(JSONValue.object(fields).text)
        } else {
            var line = "training \(status)"
            if result.restoredBestWeights, let best = result.bestEpoch {
                line += " (weights of epoch \(best) restored)"
            }
            print(line)
            for (name, value) in scores {
                print(name.replacingOccurrences(of: "_", with: " ") + String(format: " %.4f", value))
            }
            print("model saved to \(modelPath)")
        }
    }
}
