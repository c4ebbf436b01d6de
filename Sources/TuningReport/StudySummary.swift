import Foundation
import Tuning

/// The end of a study's output: counts, the best observed trial with its metric (± its cross-validation
/// spread), the recommended trial when noise makes it another one (`Recommendation`), what the objective measured
/// for the recommended trial afterwards (e.g. held-out test accuracy), and its parameters; as text or as one JSON
/// object.
public struct StudySummary: Sendable {
    public var study: String
    public var sampler: String
    public var direction: Direction
    /// The name of the objective's value (`accuracy`, `value`, …).
    public var metric: String
    /// The space's parameter names, in the order the best trial's parameters are listed.
    public var parameterNames: [String]
    /// Every trial of the study.
    public var trials: [Trial]
    /// The trial with the best observed value.
    public var best: Trial?
    /// The configuration recommended at the end (the best observed one unless the values are noisy).
    public var recommendation: Recommendation?
    /// The final evaluation of the recommended trial, by name.
    public var evaluation: [(name: String, value: Double)]
    /// Why the final evaluation failed, if it did.
    public var evaluationError: String?
    public var elapsed: Double
    public var interrupted: Bool
    /// What the study optimizes; a study with several objectives or constraints adds its front
    /// (`ParetoSummary`) to the summary.
    public var objectives: StudyObjectives

    public init(
        study: String, sampler: String, direction: Direction, metric: String, parameterNames: [String],
        trials: [Trial], best: Trial?, evaluation: [(name: String, value: Double)] = [],
        evaluationError: String? = nil, elapsed: Double, interrupted: Bool, recommendation: Recommendation? = nil,
        objectives: StudyObjectives? = nil
    ) {
        self.study = study
        self.sampler = sampler
        self.direction = direction
        self.metric = metric
        self.parameterNames = parameterNames
        self.trials = trials
        self.best = best
        self.evaluation = evaluation
        self.evaluationError = evaluationError
        self.elapsed = elapsed
        self.interrupted = interrupted
        self.recommendation = recommendation
        self.objectives = objectives ?? .single(direction)
    }

    /// The summary of `study` as it is now: its trials, best observed and recommended trial, with `evaluate` (the
    /// objective's final evaluation, if it has one) run on the recommended trial; an evaluation that throws is
    /// reported, not rethrown. With constraints, the best and recommended trials are feasible ones; with several
    /// objectives there is no single recommendation (nor its evaluation): the front stands for the result.
    public init(
        of study: Study, sampler: String, metric: String, elapsed: Double, interrupted: Bool,
        evaluate: ((Trial) throws -> [(name: String, value: Double)])?
    ) throws {
        let trials = try study.trials
        let objectives = study.objectives
        let best = objectives.constraints.isEmpty ? try study.bestTrial : objectives.bestFeasibleTrial(of: trials)
        let recommendation =
            objectives.isMultiObjective
            ? nil
            : Recommendation.recommend(
                in: trials.filter { $0.state != .complete || objectives.isFeasible($0) }, space: study.space,
                direction: study.direction)
        var evaluation: [(name: String, value: Double)] = []
        var evaluationError: String?
        if !objectives.isMultiObjective, let chosen = recommendation?.trial ?? best, let evaluate {
            do { evaluation = try evaluate(chosen) } catch { evaluationError = "\(error)" }
        }
        self.init(
            study: study.name, sampler: sampler, direction: study.direction,
            metric: objectives.isSingleValued ? metric : objectives.primary.name,
            parameterNames: study.space.parameters.map(\.name), trials: trials, best: best, evaluation: evaluation,
            evaluationError: evaluationError, elapsed: elapsed, interrupted: interrupted,
            recommendation: recommendation, objectives: objectives)
    }

    /// The recommended trial: the recommendation's, else the best observed.
    public var recommended: Trial? { recommendation?.trial ?? best }

    func count(_ state: TrialState) -> Int { trials.filter { $0.state == state }.count }

    /// `{"summary":true,"study","sampler","direction","metric","best_value","best_params","best_trial","trials",
    /// "complete","failed","pruned","elapsed_s","interrupted"}`, then `cv_mean`, `cv_std`, `cv_folds` for a
    /// cross-validated best trial, `recommended_trial`, `recommended_params`, `recommended_value` (observed),
    /// `recommended_predicted_value` and `recommended_method` (`posterior_mean` or `best_observed`), the
    /// evaluation (of the recommended trial) by name, and `evaluation_error` when it failed. A study with several
    /// objectives or constraints adds `ParetoSummary.jsonFields` (`objectives`, `constraints`, `feasible_trials`,
    /// `pareto_front`, `hypervolume`, `hypervolume_reference`).
    public func json() -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("summary", .bool(true)), ("study", .string(study)), ("sampler", .string(sampler)),
            ("direction", .string(direction.rawValue)), ("metric", .string(metric)),
            ("best_value", JSONValue(best?.value)), ("best_params", best.map { JSONValue($0.params) } ?? .null),
            ("best_trial", best.map { .int($0.number) } ?? .null), ("trials", .int(trials.count)),
            ("complete", .int(count(.complete))), ("failed", .int(count(.failed))),
            ("pruned", .int(count(.pruned))),
            ("elapsed_s", .number(elapsed)), ("interrupted", .bool(interrupted)),
        ]
        if let best, let cv = Self.crossValidation(best) {
            fields += [("cv_mean", JSONValue(best.value)), ("cv_std", JSONValue(cv.std)), ("cv_folds", .int(cv.folds))]
        }
        if let recommendation {
            fields += [
                ("recommended_trial", .int(recommendation.trial.number)),
                ("recommended_params", JSONValue(recommendation.trial.params)),
                ("recommended_value", JSONValue(recommendation.trial.value)),
                ("recommended_predicted_value", JSONValue(recommendation.predictedValue)),
                ("recommended_method", .string(recommendation.method.rawValue)),
            ]
        }
        for e in evaluation { fields.append((e.name, JSONValue(e.value))) }
        if let evaluationError { fields.append(("evaluation_error", .string(evaluationError))) }
        if !objectives.isSingleValued { fields += ParetoSummary(objectives: objectives, trials: trials).jsonFields }
        return .object(fields)
    }

    /// The fold count and standard deviation of a cross-validated trial (its value is the fold mean), from the
    /// user attributes `cv_scores` (comma-separated) and `cv_std` that the network objective records; nil for
    /// other trials.
    public static func crossValidation(_ trial: Trial) -> (folds: Int, std: Double)? {
        guard let std = trial.userAttributes["cv_std"].flatMap(Double.init),
            let scores = trial.userAttributes["cv_scores"]
        else { return nil }
        return (scores.split(separator: ",").count, std)
    }
}
