import Datasets
import LinearAlgebra
import NeuralNetwork
import Tuning

extension NetworkObjective {
    /// The networks the final model averages (for accuracy and R²; one for the loss metric).
    public static let finalEnsembleSize = 5

    /// The held-out score of a chosen configuration: retrain it on train + validation (features and regression
    /// targets standardized on those rows only, `TrainingScaling`) for the number of epochs early stopping found
    /// best, then evaluate once on the test part, which no trial has seen. Returns the test metric (accuracy, R²
    /// or loss).
    ///
    /// For accuracy and R², the final model is an ensemble of `ensembleSize` networks trained with seeds
    /// seed, seed + 1, …: their predicted class probabilities (or values) are averaged before the argmax (or the
    /// R²). Averaging networks that differ only in their initialization and shuffling removes part of the
    /// variance of one training run (Lakshminarayanan, Pritzel & Blundell, "Simple and scalable predictive
    /// uncertainty estimation using deep ensembles", NeurIPS 2017), at `ensembleSize` times the cost of one refit,
    /// which is small next to the study. The loss metric uses one network.
    public func refitAndTest(
        _ params: Parameters, epochs: Int, seed: UInt64 = 0, ensembleSize: Int = NetworkObjective.finalEnsembleSize
    ) throws -> Double {
        let fitRows = partition.train + partition.validation
        let fitPart = source.subset(fitRows)
        let scaling = TrainingScaling(fitting: fitPart)
        let testPart = source.subset(partition.test)
        let (fitInputs, fitTargets) = (scaling.inputs(fitPart), scaling.targets(fitPart))
        let (testInputs, testTargets) = (scaling.inputs(testPart), scaling.targets(testPart))
        let members = metric == .loss ? 1 : max(1, ensembleSize)
        var summed: Matrix<Float>?
        for member in 0..<members {
            var (spec, config) = try NetworkObjective.configuration(
                params, inputs: source.featureCount,
                outputs: data.outputCount, task: task,
                maxEpochs: epochs, patience: patience, seed: seed &+ UInt64(member), trainingRows: fitRows.count)
            config.epochs = max(1, epochs)
            config.earlyStopping = nil
            let (network, result) = try Trainer<Float>.fit(
                spec: spec, config: config, inputs: fitInputs, targets: fitTargets)
            if case .diverged(let epoch) = result.status {
                throw StudyError.invalidArgument(
                    name: "training",
                    reason: "refit diverged (NaN or infinite loss) in epoch \(epoch)")
            }
            if members == 1 {
                let test = try network.evaluate(inputs: testInputs, targets: testTargets)
                return metric == .loss ? test.loss : test.metric
            }
            let predicted = network.predict(testInputs)
            summed = summed.map { Self.sum($0, predicted) } ?? predicted
        }
        return Self.score(averaging: summed!, members: members, targets: testTargets)
    }

    /// The elementwise sum of two matrices of one shape.
    static func sum(_ a: Matrix<Float>, _ b: Matrix<Float>) -> Matrix<Float> {
        Matrix(rows: a.rows, columns: a.columns, elements: zip(a.elements, b.elements).map { $0 + $1 })
    }

    /// Accuracy (classes: the argmax of the averaged probabilities; one output: probability above ½) or R² (the
    /// averaged values) of `members` networks' summed predictions.
    static func score(averaging summed: Matrix<Float>, members: Int, targets: TrainingTargets<Float>) -> Double {
        let mean = summed.elements.map { $0 / Float(members) }
        switch targets {
        case .classes(let labels):
            let k = summed.columns
            let predicted = (0..<summed.rows).map { r -> Int in
                let row = mean[(r * k)..<((r + 1) * k)]
                if k == 1 { return row.first! > 0.5 ? 1 : 0 }
                return row.indices.max { row[$0] < row[$1] }! - r * k
            }
            return ClassificationMetrics.accuracy(predicted: predicted, actual: labels)
        case .values(let truth):
            return RegressionMetrics.r2(predicted: mean, actual: truth.elements)
        }
    }

    /// The final evaluation of the recommended trial: `refitAndTest` with its parameters and best epoch, and the
    /// number of networks the final model averages (`final_models`).
    public func finalEvaluation(of best: Trial) throws -> [(name: String, value: Double)] {
        let epochs = best.userAttributes["best_epoch"].flatMap(Int.init) ?? maxEpochs
        let members = metric == .loss ? 1 : Self.finalEnsembleSize
        return [
            (testAttribute, try refitAndTest(best.params, epochs: epochs, seed: UInt64(best.number))),
            ("final_models", Double(members)),
        ]
    }
}
