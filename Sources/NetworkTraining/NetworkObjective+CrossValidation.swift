import Datasets
import Foundation
import NeuralNetwork
import Randomness
import Tuning

/// K-fold cross-validated trials of the network objective.
///
/// The train + validation rows (80 % of the data; the test rows stay held out) are dealt once, by the study's seed,
/// into K stratified folds (`Dataset.kFold`). A trial trains one network per fold f = 0 … K−1 on the other K−1
/// folds (features and regression targets standardized on those rows only, `TrainingScaling`; early stopping on fold f
/// restoring the best weights) and scores it on fold f: s_f. Each s_f is reported as the intermediate value at step f,
/// so a pruner can stop the trial after its first folds. The trial's value is the mean s̄ = (1/K)·Σ s_f; its user
/// attributes hold `cv_std` = √((1/K)·Σ (s_f − s̄)²) (the population standard deviation, as scikit-learn's
/// `cross_val_score(...).std()`), `cv_scores` (comma-separated) and `best_epoch` (the mean best epoch over the folds,
/// rounded), which `refitAndTest` uses to retrain on all train + validation rows before scoring the test part. See
/// Hastie, Tibshirani & Friedman, *The Elements of Statistical Learning*, section 7.10.
extension NetworkObjective {
    /// The number of folds, or nil without cross-validation.
    public var foldCount: Int? { folds?.count }

    /// Stratified folds of `rows` (indices into `dataset`), mapped back to source-row indices.
    static func crossValidationFolds(_ k: Int, of dataset: Dataset, rows: [Int], seed: UInt64) throws
        -> [(train: [Int], validation: [Int])]
    {
        guard k >= 2 && k <= rows.count else {
            throw StudyError.invalidArgument(
                name: "cv", reason: "\(k) folds need 2 ≤ K ≤ \(rows.count) (the train + validation rows)")
        }
        var rng = Xoshiro256StarStar(seed: seed ^ 0x4B46_4F4C_44)  // "KFOLD"
        return dataset.subset(rows).kFold(k, using: &rng).map { fold in
            (train: fold.train.map { rows[$0] }, validation: fold.validation.map { rows[$0] })
        }
    }

    /// Mean and population standard deviation of fold scores.
    public static func meanAndStandardDeviation(_ scores: [Double]) -> (mean: Double, std: Double) {
        precondition(!scores.isEmpty, "meanAndStandardDeviation: no scores")
        let mean = scores.reduce(0, +) / Double(scores.count)
        let variance = scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(scores.count)
        return (mean, variance.squareRoot())
    }

    func evaluateCrossValidated(_ trial: TrialContext, folds: [(train: [Int], validation: [Int])]) throws -> Double {
        let (spec, config) = try NetworkObjective.configuration(
            trial.params, inputs: source.featureCount,
            outputs: data.outputCount, task: task,
            maxEpochs: maxEpochs, patience: patience,
            seed: UInt64(trial.number), trainingRows: folds.map(\.train.count).max())
        var scores: [Double] = []
        var bestEpochs: [Int] = []
        for (f, fold) in folds.enumerated() {
            if trial.isCancelled { throw TrialInterrupted() }
            let (trainPart, validationPart) = (source.subset(fold.train), source.subset(fold.validation))
            let scaling = TrainingScaling(fitting: trainPart)
            let (x, v) = (scaling.inputs(trainPart), scaling.inputs(validationPart))
            let (t, u) = (scaling.targets(trainPart), scaling.targets(validationPart))
            var cancelled = false
            let (network, result) = try Trainer<Float>.fit(
                spec: spec, config: config, inputs: x, targets: t,
                validation: (v, u)
            ) { _ in
                if trial.isCancelled {
                    cancelled = true
                    return .stop
                }
                return .continue
            }
            if cancelled { throw TrialInterrupted() }
            if case .diverged(let epoch) = result.status {
                throw StudyError.invalidArgument(
                    name: "training", reason: "fold \(f + 1) diverged (NaN or infinite loss) in epoch \(epoch)")
            }
            let evaluation = try network.evaluate(inputs: v, targets: u)
            let score = metric == .loss ? evaluation.loss : evaluation.metric
            scores.append(score)
            bestEpochs.append(result.bestEpoch ?? result.history.count)
            try trial.report(score, step: f)
            if f < folds.count - 1, try trial.shouldPrune() { throw TrialPruned() }
        }
        let (mean, std) = NetworkObjective.meanAndStandardDeviation(scores)
        try? trial.setUserAttribute("cv_std", "\(std)")
        try? trial.setUserAttribute("cv_scores", scores.map { "\($0)" }.joined(separator: ","))
        let meanEpoch = Double(bestEpochs.reduce(0, +)) / Double(bestEpochs.count)
        try? trial.setUserAttribute("best_epoch", "\(max(1, Int(meanEpoch.rounded())))")
        return mean
    }
}
