import ArgumentParser
import Foundation
import Tuning
import TuningSpec

/// The options of the commands that open a study or create it on first use (`ask`, `enqueue`, `import`): the
/// study, its storage, and the space, spec, sampler, direction and seed a new study is created with
/// (`AskedStudy`).
struct AskedStudyOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The study (created on first use).", valueName: "name"))
    var study: String

    @OptionGroup var storageOption: StorageOption

    @Option(
        help: ArgumentHelp(
            "bayes, tpe, random, sobol or grid (default: the study's, else the spec's, else tpe).", valueName: "sampler"
        ))
    var sampler: String?

    @Option(
        name: .customLong("space"),
        help: ArgumentHelp("A search space file (YAML or JSON), to create the study.", valueName: "space.yaml"))
    var spaceFile: String?

    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "A study spec (YAML or JSON): its space, direction, sampler, sampler_options and seed are used.",
            valueName: "spec.yaml"))
    var configFile: String?

    @Option(
        help: ArgumentHelp(
            "minimize or maximize (used when the study is created; later calls must agree with it).",
            valueName: "direction"))
    var direction: String?

    @Option(help: "The study's seed (used when the study is created; later calls keep the stored one).")
    var seed: UInt64?

    @Option(
        name: .customLong("sampler-option"),
        help: ArgumentHelp("A sampler option as key=value (repeatable).", valueName: "key=value"))
    var samplerOptions: [String] = []

    func validate() throws {
        if spaceFile != nil && configFile != nil {
            throw ValidationError("--space and --config cannot be combined: give one")
        }
        if let sampler, !StudyConfig.samplers.contains(sampler) {
            throw ValidationError(
                "--sampler must be one of \(StudyConfig.samplers.joined(separator: ", ")), got '\(sampler)'")
        }
        if let direction, !StudyConfig.directions.contains(direction) {
            throw ValidationError("--direction must be minimize or maximize, got '\(direction)'")
        }
        for option in samplerOptions where !option.contains("=") {
            throw ValidationError("'\(option)' must have the form key=value")
        }
    }

    /// The study, opened or created from the spec files and flags.
    func open() throws -> AskedStudy {
        var flags = StudyConfig()
        (flags.direction, flags.sampler, flags.seed) = (direction, sampler, seed)
        flags.samplerOptions = StudyConfig.keyValueOptions(samplerOptions)
        let config = try StudyConfig.load(config: configFile, space: spaceFile).overridden(by: flags)
        return try AskedStudy(
            name: study, config: config, storage: try storageOption.open(), file: configFile ?? "--sampler-option")
    }
}
