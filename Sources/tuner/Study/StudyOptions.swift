import ArgumentParser
import Tuning
import TuningSpec

/// The options every study subcommand (`bayes`, `tpe`, `random`, `sobol`, `grid`) shares.
struct StudyOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "What to tune: 'mlp' (a network on --dataset), a test problem (branin, hartmann6, …) "
                + "or 'command' (the program after --).",
            valueName: "name"))
    var objective: String?

    @Option(
        help: ArgumentHelp(
            "Dataset for the mlp objective: digits, iris, wine, breast-cancer, diabetes, or a CSV file.",
            valueName: "name|file.csv"))
    var dataset: String?

    @Option(
        help: ArgumentHelp(
            "Target column of a CSV dataset (name or 0-based index; default: the last column).", valueName: "column"))
    var target: String?

    @OptionGroup var csv: CSVHandlingOptions

    @Option(help: "Number of trials in the study (default 30; the bundled digits study: 100).")
    var trials: Int?

    @Option(help: ArgumentHelp("Stop starting new trials after this many seconds.", valueName: "seconds"))
    var timeout: Double?

    @Option(
        name: .customLong("trial-timeout"),
        help: ArgumentHelp("Stop a command's trial after this many seconds and fail it.", valueName: "seconds"))
    var trialTimeout: Double?

    @Option(help: "Trials to run in parallel in this process (OpenBLAS threads are divided between them).")
    var jobs: Int?

    @Option(help: "Seed: the same seed with one job gives the same trials.")
    var seed: UInt64?

    @Option(help: ArgumentHelp("minimize or maximize (default: the objective's).", valueName: "direction"))
    var direction: String?

    @Option(
        help: ArgumentHelp(
            "Metric to optimize (mlp: accuracy, f1, loss, r2, mse, mae; command: the JSON key to read).",
            valueName: "name"))
    var metric: String?

    @Option(
        help: ArgumentHelp(
            "Several objectives, primary first (instead of --metric and --direction).",
            valueName: "name:minimize|maximize,..."))
    var objectives: String?

    @Option(
        name: .customLong("constraint"),
        help: ArgumentHelp("A bound on a reported metric; repeat for more.", valueName: "\"metric <= bound\""))
    var constraints: [String] = []

    @Option(help: ArgumentHelp("none, median, percentile, asha or hyperband.", valueName: "pruner"))
    var pruner: String?

    @Option(
        help: ArgumentHelp(
            "Cross-validation of dataset objectives: auto (folds for small datasets) or K folds "
                + "(default 1: one validation split).",
            valueName: "auto|K"))
    var cv: CrossValidationSetting?

    @Option(
        help: ArgumentHelp(
            "auto: narrow the mlp objective's lr range around a learning-rate range test's suggestion.",
            valueName: "auto"))
    var lrRange: String?

    @Option(help: ArgumentHelp("Study name (runs with the same name and storage resume it).", valueName: "name"))
    var study: String?

    @OptionGroup var storageOption: StorageOption

    @OptionGroup var specFiles: SpecFilesOptions

    @Option(
        name: .customLong("pruner-option"),
        help: ArgumentHelp("A pruner option as key=value (repeatable), e.g. warmup_steps=3.", valueName: "key=value"))
    var prunerOptions: [String] = []

    @Option(
        help: ArgumentHelp(
            "Seconds between heartbeats of running trials (persistent storages; default 5).", valueName: "seconds"))
    var heartbeat: Double?

    @Option(
        help: ArgumentHelp(
            "Seconds without a heartbeat after which a running trial is failed as stale (default 60).",
            valueName: "seconds"))
    var grace: Double?

    @Flag(help: "Enqueue a retry of every stale trial (at most 3 per original trial).")
    var retryStale = false

    @Option(
        help: ArgumentHelp(
            "A command's trials each get a directory DIR/<study>/trial-<N> ({trial_dir}, $TUNER_TRIAL_DIR).",
            valueName: "dir"))
    var artifacts: String?

    @Option(help: ArgumentHelp("Trial directories kept after the study: the best K (default 3).", valueName: "K"))
    var keepArtifacts: Int?

    @OptionGroup var progress: ProgressOptions

    /// The rules spec files follow (`StudyConfig.firstViolation`), for the flags.
    func validate() throws {
        do {
            _ = try objectives.map(StudyConfig.objectives(flag:))
        } catch { throw ValidationError("--objectives \(error)") }
        do {
            _ = try StudyConfig.constraints(flags: constraints)
        } catch { throw ValidationError("--constraint \(error)") }
        if let broken = flagsConfig().firstViolation() { throw ValidationError("\(broken.flag) \(broken.message)") }
        for option in prunerOptions where !option.contains("=") {
            throw ValidationError("'\(option)' must have the form key=value")
        }
    }

    /// The flags as a config (only what was given), to lay over a spec file.
    func flagsConfig() -> StudyConfig {
        var c = StudyConfig()
        c.objective = objective
        c.dataset = dataset
        c.target = target
        c.trials = trials
        c.timeout = timeout
        c.trialTimeout = trialTimeout
        c.jobs = jobs
        c.seed = seed
        c.direction = direction
        c.metric = metric
        c.objectives = try? objectives.map(StudyConfig.objectives(flag:))
        c.constraints = constraints.isEmpty ? nil : try? StudyConfig.constraints(flags: constraints)
        c.pruner = pruner
        c.cv = cv
        c.lrRange = lrRange
        c.study = study
        c.heartbeat = heartbeat
        c.grace = grace
        c.retryStale = retryStale ? true : nil
        c.artifacts = artifacts
        c.keepArtifacts = keepArtifacts
        c.samplerOptions = specFiles.samplerOptionValues
        c.prunerOptions = StudyConfig.keyValueOptions(prunerOptions)
        csv.fill(&c)
        return c
    }
}

extension CrossValidationSetting: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
