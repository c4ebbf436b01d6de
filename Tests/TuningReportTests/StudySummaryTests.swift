import Foundation
import Testing
import Tuning

@testable import TuningReport

/// The end of a study's output, as text and JSON, for hand-made trials.
@Suite struct StudySummaryTests {
    static func summary(
        best: Trial?, evaluation: [(name: String, value: Double)] = [], error: String? = nil, interrupted: Bool = false
    ) -> StudySummary {
        StudySummary(
            study: "demo", sampler: "tpe", direction: .maximize, metric: "accuracy", parameterNames: ["lr", "act"],
            trials: StudyFixture.trials, best: best, evaluation: evaluation, evaluationError: error, elapsed: 75,
            interrupted: interrupted)
    }

    @Test func textNamesCountsBestMetricEvaluationAndParameters() {
        let best = StudyFixture.trials[0]
        let lines = Self.summary(best: best, evaluation: [("test_accuracy", 0.9375)]).lines()
        #expect(
            lines == [
                "Finished: 4 trials (1 complete, 1 pruned, 1 failed) in 1:15",
                "Best trial #0: accuracy 0.25",
                "  test accuracy: 0.9375",
                "  lr   0.001",
                "  act  relu",
            ])
    }

    @Test func textOfAnInterruptedStudyWithoutResultAndAFailedEvaluation() {
        #expect(
            Self.summary(best: nil, interrupted: true).lines()
                == ["Interrupted: 4 trials (1 complete, 1 pruned, 1 failed) in 1:15", "No trial completed."])
        let lines = Self.summary(best: StudyFixture.trials[0], error: "no test data").lines()
        #expect(lines[2] == "  (final evaluation failed: no test data)")
    }

    @Test func crossValidatedBestShowsMeanAndSpread() {
        let cv = StudyFixture.trial(
            5, .complete, value: 0.91234, params: ["lr": 0.001],
            attributes: ["cv_scores": "0.9,0.92,0.91", "cv_std": "0.0081"])
        #expect(StudySummary.crossValidation(cv)! == (3, 0.0081))
        #expect(StudySummary.crossValidation(StudyFixture.trials[0]) == nil)
        let summary = Self.summary(best: cv)
        #expect(summary.lines()[1] == "Best trial #5: accuracy 0.9123 ± 0.0081 (3-fold CV)")
        #expect(summary.json().text.contains("\"cv_mean\":0.91234,\"cv_std\":0.0081,\"cv_folds\":3"))
    }

    @Test func jsonHasEveryFieldInOrder() {
        let text = Self.summary(best: StudyFixture.trials[0], evaluation: [("test_accuracy", 0.9375)]).json().text
        #expect(
            text
                == "{\"summary\":true,\"study\":\"demo\",\"sampler\":\"tpe\",\"direction\":\"maximize\","
                + "\"metric\":\"accuracy\",\"best_value\":0.25,\"best_params\":{\"act\":\"relu\",\"lr\":0.001},"
                + "\"best_trial\":0,\"trials\":4,\"complete\":1,\"failed\":1,\"pruned\":1,\"elapsed_s\":75.0,"
                + "\"interrupted\":false,\"test_accuracy\":0.9375}")
        let empty = Self.summary(best: nil, error: "x").json().text
        #expect(empty.contains("\"best_value\":null,\"best_params\":null,\"best_trial\":null"))
        #expect(empty.hasSuffix(",\"evaluation_error\":\"x\"}"))
    }

    @Test func summaryOfAStudyRunsTheEvaluationOnItsBestTrial() throws {
        let space = try SearchSpace([.float("x", 0, 1)])
        let study = try Study(name: "s", space: space, direction: .minimize)
        for value in [0.5, 0.2, 0.7] {
            let trial = try #require(try study.ask())
            _ = try study.tell(trial.number, value: value)
        }
        let summary = try StudySummary(
            of: study, sampler: "random", metric: "value", elapsed: 1, interrupted: false,
            evaluate: { trial in [("seen", Double(trial.number))] })
        #expect(summary.best?.number == 1)
        #expect(summary.trials.count == 3)
        #expect(summary.evaluation.map(\.value) == [1])
        #expect(summary.parameterNames == ["x"])
    }
}

/// A recommendation that differs from the best observed trial is shown next to it, and the evaluation and the
/// parameters listed are the recommended trial's.
@Suite struct StudySummaryRecommendationTests {
    @Test func theRecommendedTrialIsShownInTextAndJSON() throws {
        let observed = Trial(number: 3, state: .complete, params: ["lr": 0.1, "act": "tanh"], value: 0.99)
        let chosen = Trial(number: 7, state: .complete, params: ["lr": 0.001, "act": "relu"], value: 0.97)
        let recommendation = Recommendation(
            trial: chosen, method: .posteriorMean, predictedValue: 0.975, noiseFraction: 0.2)
        let summary = StudySummary(
            study: "demo", sampler: "bayes", direction: .maximize, metric: "accuracy", parameterNames: ["lr", "act"],
            trials: [observed, chosen], best: observed, evaluation: [("test_accuracy", 0.98)], elapsed: 5,
            interrupted: false, recommendation: recommendation)
        #expect(
            summary.lines() == [
                "Finished: 2 trials (2 complete, 0 pruned, 0 failed) in 0:05",
                "Best trial #3: accuracy 0.99",
                "Recommended trial #7: accuracy 0.97 observed, 0.975 predicted (best GP posterior mean: the values "
                    + "are noisy)",
                "  test accuracy: 0.98",
                "  lr   0.001",
                "  act  relu",
            ])
        let json = summary.json().text
        #expect(json.contains("\"best_trial\":3") && json.contains("\"recommended_trial\":7"), "\(json)")
        #expect(json.contains("\"recommended_method\":\"posterior_mean\""))
        #expect(json.contains("\"recommended_predicted_value\":0.975"))
    }
}
