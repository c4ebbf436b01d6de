import ArgumentParser
import Foundation
import NeuralNetwork

/// From `tuner train`'s flags to the `NetworkSpec` and `TrainingConfig` it trains with.
extension Train {
    /// The network and its training from the flags; configuration errors name the flag.
    func configuration(inputs: Int, outputs: Int, task: NetworkSpec.Task) throws -> (NetworkSpec, TrainingConfig) {
        try network.configuration(inputs: inputs, outputs: outputs, task: task, learningRate: learningRate, epochs: epochs,
                                  schedule: { try ScheduleOption.parse(schedule, epochs: epochs) },
                                  earlyStopping: patience.map { EarlyStopping(patience: $0, restoreBestWeights: true) })
    }
}
