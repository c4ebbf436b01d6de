import Foundation
import Tuning

/// A study built from a `StudyConfig`, ready to optimize: the objective from a registry, the space (the spec's,
/// else the objective's default), the direction (the spec's, else the objective's), the sampler and pruner
/// from their factories, the study's name and budget, and the settings of a shared study's workers.
///
/// The study is created in the storage, or opened when one of that name exists; it stores the resolved spec
/// (with its name and sampler) in the user attribute `config` and the metric in `metric`, so that workers can
/// join it and reports can name the metric.
public struct ConfiguredStudy: Sendable {
    public let study: Study
    /// What the registry built for `config.objective`.
    public let objective: ObjectiveSetup
    /// The spec as stored with the study: `config` with its name and sampler filled in.
    public let config: StudyConfig
    /// The pruner's name (`none` when there is none).
    public let prunerName: String
    /// The number of trials the study should hold (`config.trials`, else `defaultTrials`).
    public let budget: Int
    /// Heartbeat and stale-trial settings, from the spec stored with the study (whoever created it); nil for an
    /// in-memory storage, which no other worker can share.
    public let worker: WorkerSettings?

    /// Builds the study; `file` names the spec file in option errors (else `--sampler-option` and
    /// `--pruner-option`); `storageURL`, when given, reaches a command as `TUNER_STORAGE` (without its password).
    public init(
        _ config: StudyConfig, samplerName: String, objectives: ObjectiveRegistry, storage: any StudyStorage,
        file: String? = nil, storageURL: String? = nil
    ) throws {
        try config.validateArtifacts(study: config.study ?? Self.defaultStudyName(config, samplerName: samplerName))
        var objective = try objectives.setup(for: config)
        if var command = objective.objective as? CommandObjective, let storageURL {
            command.storage = storageURL
            objective.objective = command
        }
        let space = try Self.searchSpace(config, objective)
        let direction = config.direction.flatMap(Direction.init(rawValue:)) ?? objective.direction
        let objectives = try Self.objectives(config, objective, direction: direction)
        let sampler = try SamplerFactory.make(
            samplerName, options: config.samplerOptions, space: space, file: file ?? "--sampler-option")
        let prunerOptions =
            config.pruner == nil
            ? objective.defaultPrunerOptions.merging(config.prunerOptions) { $1 } : config.prunerOptions
        let pruner = try PrunerFactory.make(
            config.pruner ?? objective.defaultPruner, options: prunerOptions, file: file ?? "--pruner-option")
        let name = config.study ?? Self.defaultStudyName(config, samplerName: samplerName)
        var stored = config
        stored.study = name
        stored.sampler = samplerName
        study = try Study(
            name: name, space: space, direction: direction, objectives: objectives, sampler: sampler, pruner: pruner,
            storage: storage, seed: config.seed ?? 0,
            attributes: [StudyConfig.storedAttribute: try StudyConfig.encodeJSON(stored), "metric": objective.metric])
        // Staleness is judged by the study's own settings, whoever created it.
        worker = storage is InMemoryStorage ? nil : WorkerSettings(StudyConfig.stored(in: study.spec) ?? stored)
        study.heartbeatInterval = worker?.heartbeatInterval
        self.objective = objective
        self.config = stored
        prunerName = config.pruner ?? objective.defaultPruner ?? "none"
        // The latest explicit budget wins and is stored for workers; a rerun without one keeps the stored one.
        budget = StudyConfig.budget(
            given: config.trials, stored: StudyConfig.stored(in: study.spec), defaultTrials: Self.defaultTrials(config))
        if config.trials != nil { try StudyConfig.storeBudget(budget, in: study) }
    }

    /// The first line of a study's output: `Study 'name': <objective summary>; sampler s, <direction> <metric>,
    /// pruner p, N trials`, then `(k already in the study, resuming)` when `alreadyRun` > 0, the timeout and the
    /// job count when above one.
    public func headline(alreadyRun: Int) -> String {
        "Study '\(study.name)': \(objective.summary); sampler \(config.sampler ?? ""), "
            + "\(study.direction.rawValue) \(objective.metric), pruner \(prunerName), "
            + "\(budget) trials\(alreadyRun > 0 ? " (\(alreadyRun) already in the study, resuming)" : "")"
            + "\(config.timeout.map { String(format: ", timeout %.0f s", $0) } ?? "")"
            + "\((config.jobs ?? 1) > 1 ? ", \(config.jobs!) jobs" : "")"
    }

    /// `mlp-digits-bayes`, `branin-tpe`, `command-random`: one study per objective (and dataset) and sampler, so
    /// rerunning a command resumes its study. A dataset file contributes its base name, with characters other
    /// than letters, digits, `-` and `_` replaced by `_`.
    public static func defaultStudyName(_ config: StudyConfig, samplerName: String) -> String {
        let objective = config.objective ?? "mlp"
        let dataset = objective == "mlp" ? (config.dataset ?? "digits") : nil
        let base = dataset.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? ""
        let cleaned = base.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
        return ([objective] + (dataset == nil ? [] : [String(cleaned)]) + [samplerName]).joined(separator: "-")
    }

    /// Trials when the spec does not say: 100 for the network (the default objective, on any dataset; sized for
    /// the bundled digits study to finish in about two minutes on 2 cores), 30 otherwise.
    public static func defaultTrials(_ config: StudyConfig) -> Int { config.objective == nil ? 100 : 30 }

    /// The declared objectives and constraints, checked against the metrics the objective reports; when the spec
    /// declares none, the objective's own (`ObjectiveSetup.defaultObjectives`; nil for a classic study).
    static func objectives(
        _ config: StudyConfig, _ setup: ObjectiveSetup, direction: Direction
    ) throws -> StudyObjectives? {
        let declared: StudyObjectives?
        do {
            declared = try config.studyObjectives(metric: setup.metric, direction: direction)
        } catch {
            throw SpecError(file: "", line: nil, field: "objectives", message: "\(error)")
        }
        guard let declared else { return setup.defaultObjectives }
        guard let available = setup.metrics?.map(\.name) else { return declared }
        for name in declared.requiredMetrics where !available.contains(name) && name != setup.metric {
            let offered = ([setup.metric] + available).map { "'\($0)'" }.joined(separator: ", ")
            let field = declared.objectives.contains { $0.name == name } ? "objectives" : "constraints"
            throw SpecError(
                file: "", line: nil, field: field,
                message: "objective '\(config.objective ?? "mlp")' reports no metric '\(name)' (it reports \(offered))")
        }
        return declared
    }

    /// The spec's space, else the objective's default; a `SpecError` when neither exists (commands).
    static func searchSpace(_ config: StudyConfig, _ setup: ObjectiveSetup) throws -> SearchSpace {
        if let parameters = config.space { return try SearchSpace(parameters) }
        if let space = setup.defaultSpace { return space }
        throw SpecError(
            file: "--space", line: nil, field: "",
            message: "objective '\(config.objective ?? "")' needs a search space (--space file or space: in --config)")
    }
}
