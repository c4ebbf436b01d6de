import Datasets
import LinearAlgebra
import NeuralNetwork
import Tuning

extension NetworkObjective {
    /// The held-out score of a chosen configuration: retrain it on train + validation (features and regression targets
    /// standardized on those rows only, `TrainingScaling`) for the number of epochs early stopping found best, then
    /// evaluate once on the test part, which no trial has seen. Returns the test metric (accuracy, R² or loss).
    public func refitAndTest(_ params: Parameters, epochs: Int, seed: UInt64 = 0) throws -> Double {
        let fitRows = partition.train + partition.validation
        let fitPart = source.subset(fitRows)
        let scaling = TrainingScaling(fitting: fitPart)
        let testPart = source.subset(partition.test)
        var (spec, config) = try NetworkObjective.configuration(
            params, inputs: source.featureCount,
            outputs: data.outputCount, task: task,
            maxEpochs: epochs, patience: patience, seed: seed, trainingRows: fitRows.count)
        config.epochs = max(1, epochs)
        config.earlyStopping = nil
        let (network, result) = try Trainer<Float>.fit(
            spec: spec, config: config, inputs: scaling.inputs(fitPart),
            targets: scaling.targets(fitPart))
        if case .diverged(let epoch) = result.status {
            throw StudyError.invalidArgument(
                name: "training",
                reason: "refit diverged (NaN or infinite loss) in epoch \(epoch)")
        }
        let test = try network.evaluate(inputs: scaling.inputs(testPart), targets: scaling.targets(testPart))
        return metric == .loss ? test.loss : test.metric
    }

    /// The final evaluation of the best trial: `refitAndTest` with its parameters and best epoch.
    public func finalEvaluation(of best: Trial) throws -> [(name: String, value: Double)] {
        let epochs = best.userAttributes["best_epoch"].flatMap(Int.init) ?? maxEpochs
        return [(testAttribute, try refitAndTest(best.params, epochs: epochs, seed: UInt64(best.number)))]
    }
}
