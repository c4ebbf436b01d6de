import Foundation
import Tuning

/// Everything that defines a tuning experiment, as a study spec file (YAML or JSON) or the command line's flags
/// give it. Every field is optional: flags override the file, and defaults fill the rest (see
/// `docs/study-spec.md`). The spec is stored with the study so that workers can join it.
///
/// ```yaml
/// objective: mlp            # the built-in network, a test problem (branin, hartmann6, …) or `command`
/// dataset: digits           # bundled dataset name or a CSV file (with `target:` naming its column)
/// metric: accuracy
/// direction: maximize
/// objectives: [{name: accuracy, direction: maximize}, {name: latency_ms, direction: minimize}]  # instead
/// constraints: ["latency_ms <= 20"]
/// sampler: bayes            # bayes | tpe | random | sobol | grid
/// sampler_options: {startup_trials: 10}
/// pruner: median            # none | median | percentile | asha | hyperband
/// trials: 50
/// timeout: 600              # seconds
/// seed: 0
/// space:
///   lr: {type: float, low: 1.0e-5, high: 0.1, log: true}
///   units: {type: int, low: 8, high: 512, log: true}
///   act: {type: categorical, choices: [relu, tanh]}
///   momentum: {type: float, low: 0, high: 0.99, when: {optimizer: [sgd]}}
/// ```
public struct StudyConfig: Codable, Sendable, Equatable {
    public var study: String?
    public var objective: String?
    public var dataset: String?
    public var target: String?
    /// The external command template (`python train.py --lr {lr}`), for `objective: command`.
    public var command: String?
    public var metric: String?
    public var direction: String?
    /// Several objectives (the first is the primary one: pruning and single-objective samplers follow it), and
    /// bounds on reported metrics (`StudyConfig+Objectives.swift`).
    public var objectives: [ObjectiveMetric]?
    public var constraints: [OutcomeConstraint]?
    /// Where hypervolumes are measured from, one value per objective (`StudyObjectives.referencePoint`).
    public var referencePoint: [Double]?
    public var sampler: String?
    public var samplerOptions: [String: ParameterValue]
    public var pruner: String?
    public var prunerOptions: [String: ParameterValue]
    public var trials: Int?
    public var timeout: Double?
    /// Seconds after which one trial of a command is stopped (its process group killed) and failed.
    public var trialTimeout: Double?
    public var jobs: Int?
    public var seed: UInt64?
    /// Cross-validation of dataset objectives: `auto` (folds when the dataset is small) or K folds (1, the
    /// default: a single train/validation split).
    public var cv: CrossValidationSetting?
    /// `auto`: narrow the MLP objective's `lr` range around a learning-rate range test's suggestion.
    public var lrRange: String?
    /// How a CSV dataset is read (`CSVHandling` of `NetworkTraining`): columns to one-hot encode although they
    /// look numeric, columns to leave out (names or 0-based indices), `drop|mean|median|error` for missing cells,
    /// extra texts that mean "missing", and the most categories a one-hot encoded column may have.
    public var categorical: [String]?
    public var ignoreColumns: [String]?
    public var missing: String?
    public var missingMarker: [String]?
    public var maxCategories: Int?
    /// Seconds between heartbeats of a running trial (default 5) and seconds without one after which any
    /// participant fails the trial as stale (default 60); with `retryStale`, a stale trial is enqueued again.
    /// Study-wide, so every worker judges staleness alike.
    public var heartbeat: Double?
    public var grace: Double?
    public var retryStale: Bool?
    /// The directory under which each trial of a command gets its own (`<artifacts>/<study>/trial-<N>`), and how
    /// many of the best complete trials keep theirs after the study (default 3; `TrialArtifacts`).
    public var artifacts: String?
    public var keepArtifacts: Int?
    /// The search space, in the order written; nil means the objective's default space.
    public var space: [Parameter]?

    public init() {
        samplerOptions = [:]
        prunerOptions = [:]
    }

    public static let samplers = ["bayes", "tpe", "random", "sobol", "grid", "nsga2"]
    public static let pruners = ["none", "median", "percentile", "asha", "hyperband"]
    public static let directions = ["minimize", "maximize"]

    /// `other`'s fields where they are set, this spec's elsewhere (flags over file).
    public func overridden(by other: StudyConfig) -> StudyConfig {
        var merged = self
        merged.study = other.study ?? study
        merged.objective = other.objective ?? objective
        merged.dataset = other.dataset ?? dataset
        merged.target = other.target ?? target
        merged.command = other.command ?? command
        merged.metric = other.metric ?? metric
        merged.direction = other.direction ?? direction
        merged.objectives = other.objectives ?? objectives
        merged.constraints = other.constraints ?? constraints
        merged.referencePoint = other.referencePoint ?? referencePoint
        merged.sampler = other.sampler ?? sampler
        merged.samplerOptions.merge(other.samplerOptions) { $1 }
        merged.pruner = other.pruner ?? pruner
        merged.prunerOptions.merge(other.prunerOptions) { $1 }
        merged.trials = other.trials ?? trials
        merged.timeout = other.timeout ?? timeout
        merged.trialTimeout = other.trialTimeout ?? trialTimeout
        merged.jobs = other.jobs ?? jobs
        merged.seed = other.seed ?? seed
        merged.cv = other.cv ?? cv
        merged.lrRange = other.lrRange ?? lrRange
        merged.categorical = other.categorical ?? categorical
        merged.ignoreColumns = other.ignoreColumns ?? ignoreColumns
        merged.missing = other.missing ?? missing
        merged.missingMarker = other.missingMarker ?? missingMarker
        merged.maxCategories = other.maxCategories ?? maxCategories
        merged.heartbeat = other.heartbeat ?? heartbeat
        merged.grace = other.grace ?? grace
        merged.retryStale = other.retryStale ?? retryStale
        merged.artifacts = other.artifacts ?? artifacts
        merged.keepArtifacts = other.keepArtifacts ?? keepArtifacts
        merged.space = other.space ?? space
        return merged
    }

    /// The config as one line of JSON (stored with the study so that workers can join it).
    public static func encodeJSON(_ config: StudyConfig) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(config), as: UTF8.self)
    }

    /// The config stored with a study by `encodeJSON`.
    public static func decodeJSON(_ text: String) throws -> StudyConfig {
        try JSONDecoder().decode(StudyConfig.self, from: Data(text.utf8))
    }
}
