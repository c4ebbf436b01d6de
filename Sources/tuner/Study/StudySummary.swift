import Foundation
import Tuning
import TuningSpec

/// The end of a study's output: the best trial, its parameters and metric, what the objective measures for it
/// afterwards (e.g. held-out test accuracy), and counts; as text or as one JSON object.
struct StudySummary {
    let study: Study
    let setup: ObjectiveSetup
    let samplerName: String
    let mode: ProgressReporter.Mode
    let elapsed: Double
    let interrupted: Bool

    func print() throws {
        let trials = try study.trials
        let count = { (s: TrialState) in trials.filter { $0.state == s }.count }
        let best = try study.bestTrial
        var evaluation: [(name: String, value: Double)] = []
        var evaluationError: String?
        if let best, let evaluate = setup.finalEvaluation {
            do { evaluation = try evaluate(best) } catch { evaluationError = "\(error)" }
        }
        if mode == .json {
            var fields: [(String, JSONValue)] = [
                ("summary", .bool(true)), ("study", .string(study.name)), ("sampler", .string(samplerName)),
                ("direction", .string(study.direction.rawValue)), ("metric", .string(setup.metric)),
                ("best_value", JSONValue(best?.value)), ("best_params", best.map { JSONValue($0.params) } ?? .null),
                ("best_trial", best.map { .int($0.number) } ?? .null), ("trials", .int(trials.count)),
                ("complete", .int(count(.complete))), ("failed", .int(count(.failed))),
                ("pruned", .int(count(.pruned))),
                ("elapsed_s", .number(elapsed)), ("interrupted", .bool(interrupted)),
            ]
            if let best, let cv = crossValidation(best) {
                fields += [
                    ("cv_mean", JSONValue(best.value)), ("cv_std", JSONValue(cv.std)), ("cv_folds", .int(cv.folds)),
                ]
            }
            for e in evaluation { fields.append((e.name, JSONValue(e.value))) }
            if let evaluationError { fields.append(("evaluation_error", .string(evaluationError))) }
            Swift.print(JSONValue.object(fields).text)
            return
        }
        Swift.print(
            "\(interrupted ? "Interrupted" : "Finished"): \(trials.count) trials (\(count(.complete)) complete, "
                + "\(count(.pruned)) pruned, \(count(.failed)) failed) in \(ProgressReporter.clock(elapsed))")
        guard let best else {
            Swift.print("No trial completed.")
            return
        }
        if let cv = crossValidation(best) {
            Swift.print(
                "Best trial #\(best.number): \(setup.metric) \(String(format: "%.4g ± %.2g", best.value ?? .nan, cv.std)) "
                    + "(\(cv.folds)-fold CV)")
        } else {
            Swift.print("Best trial #\(best.number): \(setup.metric) \(String(format: "%.6g", best.value ?? .nan))")
        }
        for e in evaluation {
            Swift.print("  \(e.name.replacingOccurrences(of: "_", with: " ")): \(String(format: "%.6g", e.value))")
        }
        if let evaluationError { Swift.print("  (final evaluation failed: \(evaluationError))") }
        let width = best.params.keys.map(\.count).max() ?? 0
        for name in study.space.parameters.map(\.name) where best.params[name] != nil {
            Swift.print("  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(best.params[name]!)")
        }
    }

    /// The fold count and standard deviation of a cross-validated trial (its value is the fold mean), from the
    /// user attributes `cv_scores` and `cv_std` that `NetworkObjective` records; nil for other trials.
    func crossValidation(_ trial: Trial) -> (folds: Int, std: Double)? {
        guard let std = trial.userAttributes["cv_std"].flatMap(Double.init),
            let scores = trial.userAttributes["cv_scores"]
        else { return nil }
        return (scores.split(separator: ",").count, std)
    }
}
