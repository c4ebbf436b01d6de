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
            "bayes, tpe, random, sobol, grid or nsga2 (default: the study's, else the spec's, else tpe).",
            valueName: "sampler"
        ))
    var sampler: String?

    @OptionGroup var specFiles: SpecFilesOptions

    @Option(
        help: ArgumentHelp(
            "minimize or maximize (used when the study is created; later calls must agree with it).",
            valueName: "direction"))
    var direction: String?

    @Option(help: "The study's seed (used when the study is created; later calls keep the stored one).")
    var seed: UInt64?

    /// The flags as a config (only what was given).
    var flagsConfig: StudyConfig {
        var flags = StudyConfig()
        (flags.direction, flags.sampler, flags.seed) = (direction, sampler, seed)
        flags.samplerOptions = specFiles.samplerOptionValues
        return flags
    }

    /// The rules spec files follow (`StudyConfig.firstViolation`), for the flags; one spec source at a time.
    func validate() throws {
        if specFiles.spaceFile != nil && specFiles.configFile != nil {
            throw ValidationError("--space and --config cannot be combined: give one")
        }
        if let broken = flagsConfig.firstViolation() { throw ValidationError("\(broken.flag) \(broken.message)") }
    }

    /// The study, opened or created from the spec files and flags.
    func open() throws -> AskedStudy {
        let config = try specFiles.load().overridden(by: flagsConfig)
        return try AskedStudy(
            name: study, config: config, storage: try storageOption.open(),
            file: specFiles.configFile ?? "--sampler-option")
    }
}
