import Foundation
import NetworkTraining
import NeuralNetwork
import TuningReport

/// Prints `tuner train`'s progress: one line (or JSON object) per epoch, then the test scores.
struct TrainingPrinter {
    let json: Bool

    /// One epoch; `classification` says whether the validation metric is an accuracy or an R².
    func epoch(_ r: EpochReport, classification: Bool) {
        if json {
            var fields: [(String, JSONValue)] = [("epoch", .int(r.epoch)), ("train_loss", JSONValue(r.trainingLoss))]
            if r.validationLoss != nil {
                fields.append(("validation_loss", JSONValue(r.validationLoss)))
                fields.append(("validation_\(classification ? "accuracy" : "r2")", JSONValue(r.validationMetric)))
            }
            fields += [("learning_rate", JSONValue(r.learningRate)), ("seconds", JSONValue(r.seconds))]
            print(JSONValue.object(fields).text)
        } else {
            print(r.textLine(classification: classification))
        }
        fflush(nil)  // all C streams: epochs appear as they finish, also through pipes
    }

    func final(scores: [(String, Double)], result: TrainingResult, modelPath: String) {
        guard json else {
            for line in result.textLines(scores: scores, modelPath: modelPath) { print(line) }
            return
        }
        var fields: [(String, JSONValue)] = [("final", .bool(true))]
        fields += scores.map { ($0.0, JSONValue($0.1)) }
        fields += [
            ("epochs", .int(result.history.count)), ("status", .string(result.status.summary)),
            ("best_epoch", result.bestEpoch.map { .int($0) } ?? .null),
            ("restored_best_weights", .bool(result.restoredBestWeights)), ("model", .string(modelPath)),
        ]
        print(JSONValue.object(fields).text)
    }
}
