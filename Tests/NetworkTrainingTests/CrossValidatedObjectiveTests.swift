import Datasets
import Foundation
import Testing
import Tuning

@testable import NetworkTraining

/// Prunes every trial as soon as it has reported a value (to show fold scores reach the pruner one by one).
private struct PruneAfterFirstReport: Pruner {
    func shouldPrune(_ trial: Trial, among trials: [Trial], direction: Direction) -> Bool {
        !trial.intermediateValues.isEmpty
    }
}

@Suite("NetworkObjective with K-fold cross-validation")
struct CrossValidatedObjectiveTests {
    /// A tiny network trained for a few epochs: the point is the bookkeeping, not the accuracy.
    let space = try! SearchSpace([.float("lr", 5e-3, 2e-2, log: true), .int("units", 4, 8)])

    func objective(folds: Int = 3) throws -> NetworkObjective {
        try NetworkObjective(dataset: try Dataset.bundled("iris"), seed: 1, maxEpochs: 4, patience: 2, folds: folds)
    }

    @Test func foldsPartitionTheTrainAndValidationRowsAndLeaveTheTestRowsOut() throws {
        let o = try objective(folds: 4)
        #expect(o.foldCount == 4)
        let fitRows = Set(o.partition.train + o.partition.validation)
        let folds = try #require(o.folds)
        let validations = folds.flatMap(\.validation)
        #expect(validations.count == fitRows.count && Set(validations) == fitRows)
        for fold in folds {
            #expect(Set(fold.train).isDisjoint(with: fold.validation))
            #expect(Set(fold.train).union(fold.validation) == fitRows)
            #expect(Set(fold.train).isDisjoint(with: o.partition.test))
        }
    }

    @Test func trialReportsEveryFoldAndReturnsTheMeanWithTheStandardDeviation() throws {
        let o = try objective()
        let study = try Study(space: space, direction: .maximize, seed: 2)
        try study.optimize(o, trials: 2)
        for trial in try study.trials {
            #expect(trial.state == .complete)
            let steps = trial.intermediateValues.keys.sorted()
            #expect(steps == [0, 1, 2])
            let scores = steps.map { trial.intermediateValues[$0]! }
            #expect(scores.allSatisfy { $0 >= 0 && $0 <= 1 })
            let mean = scores.reduce(0, +) / 3
            let std = (scores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
            #expect(abs(trial.value! - mean) < 1e-12)
            #expect(abs(Double(trial.userAttributes["cv_std"]!)! - std) < 1e-12)
            #expect(trial.userAttributes["cv_scores"]!.split(separator: ",").map { Double($0)! } == scores)
            #expect(Int(trial.userAttributes["best_epoch"]!)! >= 1)
        }
        let test = try o.finalEvaluation(of: try #require(try study.bestTrial))
        #expect(test.count == 2 && test[0].name == "test_accuracy" && test[0].value >= 0 && test[0].value <= 1)
        #expect(test[1].name == "final_models" && test[1].value == Double(NetworkObjective.finalEnsembleSize))
    }

    @Test func aPrunerCanStopATrialAfterItsFirstFold() throws {
        let study = try Study(space: space, direction: .maximize, pruner: PruneAfterFirstReport(), seed: 3)
        try study.optimize(try objective(), trials: 1)
        let trial = try #require(try study.trials.first)
        #expect(trial.state == .pruned)
        #expect(trial.intermediateValues.keys.sorted() == [0])
    }

    @Test func sameSeedSameScores() throws {
        func run() throws -> [Double?] {
            let study = try Study(space: space, direction: .maximize, seed: 4)
            try study.optimize(try objective(), trials: 2)
            return try study.trials.map(\.value)
        }
        #expect(try run() == run())
    }

    @Test func unusableFoldCountsNameCV() throws {
        for k in [1, 1000] {
            let reason = "\(k) folds need 2 ≤ K ≤ 120 (the train + validation rows)"
            #expect(throws: StudyError.invalidArgument(name: "cv", reason: reason)) {
                try objective(folds: k)
            }
        }
    }
}

/// `cv: auto`: the folds follow the dataset's size.
@Suite struct AutomaticFoldsTests {
    @Test func smallDatasetsAreCrossValidatedAndLargeOnesSplitOnce() throws {
        #expect(NetworkObjective.automaticFolds(rows: 150) == 5)
        #expect(NetworkObjective.automaticFolds(rows: 1797) == 3)
        #expect(NetworkObjective.automaticFolds(rows: NetworkObjective.automaticCrossValidationRows) == nil)
        let request = NetworkStudyRequest(
            dataset: "iris", target: nil, metric: nil, seed: 0, folds: nil, automaticFolds: true,
            narrowsLearningRates: false)
        let setup = try NetworkObjective.studySetup(request)
        #expect(setup.summary.contains("5-fold cross-validation") && setup.pruningWarmupSteps == 0, "\(setup.summary)")
        let single = NetworkStudyRequest(
            dataset: "iris", target: nil, metric: nil, seed: 0, folds: 1, narrowsLearningRates: false)
        #expect(!(try NetworkObjective.studySetup(single)).summary.contains("cross-validation"))
    }
}
