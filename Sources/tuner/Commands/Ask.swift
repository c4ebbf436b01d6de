import ArgumentParser
import Foundation
import Tuning
import TuningReport
import TuningSpec

/// `tuner ask`: starts the next trial of a study and prints its parameters, for optimization loops run by
/// another program (Optuna's `optuna ask`). The first call creates the study from `--space` or `--config`
/// (its sampler is remembered in the study's user attributes); later calls reopen it with its stored space,
/// direction and seed. Pair every ask with a `tuner tell`.
struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Start the next trial of a study and print it as {\"trial\": N, \"params\": {...}}.",
        discussion: """
            The first ask creates the study from --space or --config (direction: --direction, else the spec's, else
            minimize); later asks reopen it with its stored space, direction, seed and sampler. Finish each trial
            with `tuner tell`.

            Examples:
              tuner ask --study demo --space space.yaml --sampler tpe --storage sqlite:///tmp/demo.db
              tuner ask --study demo --storage sqlite:///tmp/demo.db          # the next trial of the same study
              tuner ask --study mlp --config study.yaml --direction maximize --seed 7
            """)

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
        help: ArgumentHelp("A search space file (YAML or JSON), for the first ask.", valueName: "space.yaml"))
    var spaceFile: String?

    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "A study spec (YAML or JSON): its space, direction, sampler, sampler_options and seed are used.",
            valueName: "spec.yaml"))
    var configFile: String?

    @Option(
        help: ArgumentHelp(
            "minimize or maximize (used when the study is created; later asks must agree with it).",
            valueName: "direction"))
    var direction: String?

    @Option(help: "The study's seed (used when the study is created; later asks keep the stored one).")
    var seed: UInt64?

    @Option(
        name: .customLong("sampler-option"),
        help: ArgumentHelp("A sampler option as key=value (repeatable).", valueName: "key=value"))
    var samplerOptions: [String] = []

    @Option(
        help: ArgumentHelp(
            "Seconds the trial is reserved for its tell (default 86400, one day; at most a year): until then no "
                + "worker fails it as stale; a tell after it is refused.",
            valueName: "seconds"))
    var lease: Double?

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
        if let lease, (try? TrialLease.validate(seconds: lease)) == nil {
            throw ValidationError(
                "--lease must be a positive number of seconds, at most 31622400 (a year), got \(lease)")
        }
        for option in samplerOptions where !option.contains("=") {
            throw ValidationError("'\(option)' must have the form key=value")
        }
    }

    func run() throws {
        var flags = StudyConfig()
        (flags.direction, flags.sampler, flags.seed) = (direction, sampler, seed)
        flags.samplerOptions = StudyConfig.keyValueOptions(samplerOptions)
        let config = try StudyConfig.load(config: configFile, space: spaceFile).overridden(by: flags)
        let asked = try AskedStudy(
            name: study, config: config, storage: try storageOption.open(), file: configFile ?? "--sampler-option")
        guard let trial = try asked.study.ask(lease: lease ?? TrialLease.defaultSeconds) else {
            throw RuntimeError(
                "sampler '\(asked.samplerName)' has nothing left to propose for study '\(study)' "
                    + "(every grid point is taken)")
        }
        print(JSONValue.object([("trial", .int(trial.number)), ("params", JSONValue(trial.params))]).text)
    }
}
