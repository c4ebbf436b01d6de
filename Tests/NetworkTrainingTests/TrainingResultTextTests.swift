import Testing

@testable import NetworkTraining
@testable import NeuralNetwork

/// `tuner train`'s text output: epoch lines and the closing lines.
@Suite struct TrainingResultTextTests {
    static let validated = EpochReport(
        epoch: 3, trainingLoss: 0.41234, validationLoss: 0.39811, validationMetric: 0.90123, learningRate: 0.001,
        seconds: 0.5)

    @Test func epochLinesNameTheMetricForTheTask() {
        #expect(
            Self.validated.textLine(classification: true)
                == "epoch    3  train loss 0.4123  val loss 0.3981  val accuracy 0.9012  lr 0.001")
        #expect(Self.validated.textLine(classification: false).contains("  val r2 0.9012  "))
        var unvalidated = Self.validated
        (unvalidated.validationLoss, unvalidated.validationMetric) = (nil, nil)
        #expect(unvalidated.textLine(classification: true) == "epoch    3  train loss 0.4123  lr 0.001")
    }

    @Test func statusesInWords() {
        #expect(
            [TrainingStatus.completed, .earlyStopped(epoch: 12), .diverged(epoch: 3), .stopped(epoch: 5)].map(\.summary)
                == ["completed", "early stopped after epoch 12", "diverged in epoch 3", "stopped after epoch 5"])
    }

    @Test func closingLinesGiveStatusRestoredWeightsScoresAndModel() {
        let result = TrainingResult(
            status: .earlyStopped(epoch: 12), history: [Self.validated], bestEpoch: 7, bestLoss: 0.3,
            restoredBestWeights: true)
        #expect(
            result.textLines(scores: [("test_accuracy", 0.95), ("test_loss", 0.12345)], modelPath: "m.json") == [
                "training early stopped after epoch 12 (weights of epoch 7 restored)", "test accuracy 0.9500",
                "test loss 0.1235", "model saved to m.json",
            ])
        var plain = result
        plain.restoredBestWeights = false
        #expect(
            plain.textLines(scores: [], modelPath: "m.json") == [
                "training early stopped after epoch 12", "model saved to m.json",
            ])
    }
}
