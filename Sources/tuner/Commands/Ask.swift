import ArgumentParser
import Foundation
import Tuning
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

    /// The user attribute of a study spec that remembers the sampler `tuner ask` created it with.
    static let samplerAttribute = "sampler"

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

    func run() throws {
        var config = StudyConfig()
        if let configFile {
            config = try StudyConfig(text: try readText(configFile, what: "--config"), file: configFile)
        }
        if let spaceFile {
            config.space = try StudyConfig.space(text: try readText(spaceFile, what: "--space"), file: spaceFile)
        }
        let storage = try storageOption.open()
        let stored = try storage.study(named: study)

        let space: SearchSpace
        if let parameters = config.space {
            space = try SearchSpace(parameters)
        } else if let stored {
            space = stored.space
        } else {
            throw SpecError(
                file: "", line: nil, field: "--space",
                message: "study '\(study)' does not exist yet: give its search space with --space FILE or --config FILE"
            )
        }
        let directionText = direction ?? config.direction
        let chosenDirection = directionText.flatMap(Direction.init(rawValue:)) ?? stored?.direction ?? .minimize
        let samplerName = sampler ?? config.sampler ?? stored?.userAttributes[Ask.samplerAttribute] ?? "tpe"
        let options = config.samplerOptions.merging(StudyOptions.keyValues(samplerOptions)) { $1 }
        let made = try SamplerFactory.make(
            samplerName, options: options, space: space,
            file: configFile ?? "--sampler-option")
        let seed = self.seed ?? config.seed ?? 0
        if stored == nil {
            try StudyName.validate(study)
            do {
                try storage.createStudy(
                    StudySpec(
                        name: study, direction: chosenDirection, space: space, seed: seed,
                        userAttributes: [Ask.samplerAttribute: samplerName]))
            } catch StorageError.studyExists {
                // Another process created it between our lookup and now; open theirs below.
            }
        }
        let opened = try Study(
            name: study, space: space, direction: chosenDirection, sampler: made, storage: storage, seed: seed)
        guard let trial = try opened.ask() else {
            throw RuntimeError(
                "sampler '\(samplerName)' has nothing left to propose for study '\(study)' (every grid point is taken)")
        }
        print(JSONValue.object([("trial", .int(trial.number)), ("params", JSONValue(trial.params))]).text)
    }
}
