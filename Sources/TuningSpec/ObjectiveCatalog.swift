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
        if name == "command" {
            guard let template = config.command else {
                throw SpecError(file: "", line: nil, field: "command",
                                message: "objective 'command' needs a command (after -- or as command: in the spec)")
            }
            return ObjectiveSetup(objective: CommandObjective(template, metric: config.metric), defaultSpace: nil,
                                  direction: .minimize, metric: config.metric ?? "value", summary: "command `\(template)`")
        }
        if let function = BenchmarkFunction.named(name) {
            return ObjectiveSetup(objective: function.objective(seed: config.seed ?? 0), defaultSpace: function.space,
                                  direction: .minimize, metric: "value",
                                  summary: "\(name) (d = \(function.space.parameters.count), minimum \(function.optimum))")
        }
        let known = ["mlp", "command"] + BenchmarkFunction.all.map(\.name)
        throw SpecError(file: "", line: nil, field: "objective",
                        message: "'\(name)' is not one of \(known.joined(separator: ", "))")
    }
}
