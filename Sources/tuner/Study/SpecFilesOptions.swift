import ArgumentParser
import Tuning
import TuningSpec

/// `--config`, `--space` and `--sampler-option`: the spec files and sampler options of every command that makes
/// a study (the study commands, `ask`, `enqueue`, `import`).
struct SpecFilesOptions: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "A study spec (YAML or JSON): objective, space, sampler and options, trials, direction, metric, "
                + "pruner, seed.",
            valueName: "spec.yaml"))
    var configFile: String?

    @Option(
        name: .customLong("space"),
        help: ArgumentHelp(
            "A search space file (YAML or JSON), e.g. 'lr: {type: float, low: 1.0e-5, high: 0.1, log: true}'.",
            valueName: "space.yaml"))
    var spaceFile: String?

    @Option(
        name: .customLong("sampler-option"),
        help: ArgumentHelp("A sampler option as key=value (repeatable), e.g. startup_trials=8.", valueName: "key=value")
    )
    var samplerOptions: [String] = []

    func validate() throws {
        for option in samplerOptions where !option.contains("=") {
            throw ValidationError("'\(option)' must have the form key=value")
        }
    }

    /// The spec file with the space file laid over it (`StudyConfig.load`).
    func load() throws -> StudyConfig { try StudyConfig.load(config: configFile, space: spaceFile) }

    /// The sampler options as spec values.
    var samplerOptionValues: [String: ParameterValue] { StudyConfig.keyValueOptions(samplerOptions) }
}
