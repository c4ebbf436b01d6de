import Datasets
import Foundation
import TestProblems
import Tuning

/// Resolves a spec's `objective` into something to run:
/// - a test problem of `TestProblems` by name (`branin`, `hartmann6`, …): its space, minimized, with its known
///   optimum in the summary;
/// - `command`: the external command template of the spec (`command:` or the arguments after `--`);
/// - `mlp` (the default): the network on a dataset (see `NetworkObjectiveFactory`).
public enum ObjectiveCatalog {
    public static func setup(for config: StudyConfig) throws -> ObjectiveSetup {
        let name = config.objective ?? "mlp"
        if config.lrRange != nil && name != "mlp" {
            throw SpecError(file: "", line: nil, field: "lr_range", message: "applies to the mlp objective only (objective is '\(name)')")
        }
        if name == "command" {
            guard let template = config.command else {
                throw SpecError(file: "", line: nil, field: "command",
                                message: "objective 'command' needs a command (after -- or as command: in the spec)")
            }
            return ObjectiveSetup(objective: CommandObjective(template, metric: config.metric), defaultSpace: nil,
                                  direction: .minimize, metric: config.metric ?? "value", summary: "command `\(template)`")
        }
        if name == "mlp" { return try network(config) }
        if let function = BenchmarkFunction.named(name) {
            return ObjectiveSetup(objective: function.objective(seed: config.seed ?? 0), defaultSpace: function.space,
                                  direction: .minimize, metric: "value",
                                  summary: "\(name) (d = \(function.space.parameters.count), minimum \(function.optimum))")
        }
        let known = ["mlp", "command"] + BenchmarkFunction.all.map(\.name)
        throw SpecError(file: "", line: nil, field: "objective",
                        message: "'\(name)' is not one of \(known.joined(separator: ", "))")
    }

    /// The network objective on `dataset` (a bundled name or a CSV file; default digits).
    static func network(_ config: StudyConfig) throws -> ObjectiveSetup {
        let dataset = try loadDataset(config.dataset ?? "digits", target: config.target)
        var metric: NetworkObjective.Metric?
        if let m = config.metric {
            guard let parsed = NetworkObjective.Metric(rawValue: m) else {
                throw SpecError(file: "", line: nil, field: "metric",
                                message: "'\(m)' is not one of \(NetworkObjective.Metric.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            metric = parsed
        }
        let objective: NetworkObjective
        do {
            objective = try NetworkObjective(dataset: dataset, metric: metric, seed: config.seed ?? 0, folds: config.cv)
        } catch let error as StudyError {
            var field = "metric"
            if case let .invalidArgument(name, _) = error, name == "cv" { field = "cv" }
            throw SpecError(file: "", line: nil, field: field, message: "\(error)")
        }
        let shape = "\(dataset.count)×\(dataset.features.columns)"
        let kind = dataset.task == .classification ? "\(dataset.target.classCount) classes" : "regression"
        var summary = "MLP on \(dataset.name) (\(shape), \(kind))" + (config.cv.map { ", \($0)-fold cross-validation" } ?? "")
        var space = NetworkObjective.defaultSpace
        if config.lrRange == "auto" {
            let suggestion = try objective.suggestedLearningRate(seed: config.seed ?? 0)
            if let suggestion {
                let range = NetworkObjective.narrowedLearningRates(around: suggestion)
                space = NetworkObjective.defaultSpace(learningRates: range)
                summary += String(format: "; lr range test suggests %.3g, lr searched in [%.3g, %.3g]",
                                  suggestion, range.lowerBound, range.upperBound)
            } else {
                summary += "; lr range test gave no suggestion, lr keeps its default range"
            }
        }
        var setup = ObjectiveSetup(
            objective: objective, defaultSpace: space, direction: objective.direction,
            metric: "validation \(objective.metric.rawValue)",
            summary: summary,
            defaultPruner: "median",
            finalEvaluation: { try objective.finalEvaluation(of: $0) })
        // Judge a network only after a few epochs: early epochs rank slow starters (small learning rates) unfairly.
        // With cross-validation a step is a whole fold's training, so the first fold's score is already a fair one.
        setup.defaultPrunerOptions = ["warmup_steps": config.cv == nil ? 5 : 0]
        return setup
    }

    /// A bundled dataset by name, or a CSV file (target column by name or 0-based index, default the last).
    static func loadDataset(_ name: String, target: String?) throws -> Dataset {
        if Dataset.bundledNames.contains(name) { return try Dataset.bundled(name) }
        guard name.hasSuffix(".csv") || FileManager.default.fileExists(atPath: name) else {
            throw SpecError(file: "", line: nil, field: "dataset",
                            message: "'\(name)' is neither a bundled dataset (\(Dataset.bundledNames.joined(separator: ", "))) nor a CSV file")
        }
        var options = CSVOptions()
        if let target { options.target = Int(target).map { .index($0) } ?? .name(target) }
        do {
            return try Dataset.csv(path: name, options: options)
        } catch {
            throw SpecError(file: "", line: nil, field: "", message: "\(error)")
        }
    }
}
