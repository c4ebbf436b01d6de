import ArgumentParser
import Foundation
import NetworkTraining
import NeuralNetwork

/// From `tuner train`'s flags to the `TrainingJob` it runs.
extension Train {
    /// The network's shape and its training from the flags; configuration errors name the flag.
    func configuration() throws -> (NetworkArchitecture, TrainingConfig) {
        try network.configuration(
            learningRate: learningRate, epochs: epochs,
            schedule: {
                do { return try LearningRateSchedule(parsing: schedule, epochs: epochs) } catch {
                    throw ValidationError("--schedule \(error)")
                }
            },
            earlyStopping: patience.map { EarlyStopping(patience: $0, restoreBestWeights: true) })
    }

    /// The job: the dataset, split seed and validation part of the flags, saved to `--out`.
    func job() throws -> TrainingJob {
        let (architecture, training) = try configuration()
        return TrainingJob(
            dataset: network.source, seed: network.seed,
            validationFraction: patience == nil ? nil : validationFraction,
            architecture: architecture, training: training, modelPath: out)
    }
}
