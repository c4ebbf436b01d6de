import ArgumentParser
import Foundation
import Tuning
import TuningSpec

/// Runs one study from a subcommand's flags: spec file + flags → objective, space, sampler, pruner, storage →
/// `Study.optimize` with progress output → summary. Thin on purpose: the pieces live in `Tuning` and
/// `TuningSpec`.
struct StudyRunner {
    let samplerName: String
    let options: StudyOptions
    /// The external command after `--`, if any.
    let command: [String]

    func run() throws {
        let config = try resolvedConfig()
        try StudyRunner.run(
            config, samplerName: samplerName, storage: try StorageOpener.open(options.storage),
            mode: ProgressReporter.mode(json: options.json, quiet: options.quiet),
            file: options.configFile)
    }

    /// Runs a study described by `config` until it holds its budget of trials (counting trials already stored,
    /// so a rerun resumes, and trials created by other workers), then prints the summary.
    static func run(
        _ config: StudyConfig, samplerName: String, storage: any StudyStorage, mode: ProgressReporter.Mode,
        file: String?
    ) throws {
        let setup = try ObjectiveRegistry.tuner.setup(for: config)
        let space = try searchSpace(config, setup)
        let direction = config.direction.flatMap(Direction.init(rawValue:)) ?? setup.direction
        let sampler = try SamplerFactory.make(
            samplerName, options: config.samplerOptions, space: space,
            file: file ?? "--sampler-option")
        let prunerOptions =
            config.pruner == nil
            ? setup.defaultPrunerOptions.merging(config.prunerOptions) { $1 } : config.prunerOptions
        let pruner = try PrunerFactory.make(
            config.pruner ?? setup.defaultPruner, options: prunerOptions,
            file: file ?? "--pruner-option")
        let name = config.study ?? defaultStudyName(config, samplerName: samplerName)
        var stored = config
        stored.study = name
        stored.sampler = samplerName
        let study = try Study(
            name: name, space: space, direction: direction, sampler: sampler, pruner: pruner,
            storage: storage, seed: config.seed ?? 0,
            attributes: ["config": try StudyConfig.encodeJSON(stored), "metric": setup.metric])
        // Staleness is judged by the study's own settings, whoever created it.
        let studyConfig = study.spec.userAttributes["config"].flatMap { try? StudyConfig.decodeJSON($0) } ?? stored
        let worker = storage is InMemoryStorage ? nil : WorkerSettings(studyConfig)
        study.heartbeatInterval = worker?.heartbeatInterval

        let budget = config.trials ?? defaultTrials(config)
        let alreadyRun = try study.trials.count
        let reporter = ProgressReporter(
            mode: mode, direction: direction, totalTrials: budget, timeout: config.timeout,
            resumedBest: try study.bestTrial)
        if mode == .live || mode == .lines {
            print(
                "Study '\(name)': \(setup.summary); sampler \(samplerName), \(direction.rawValue) \(setup.metric), "
                    + "pruner \(config.pruner ?? setup.defaultPruner ?? "none"), "
                    + "\(budget) trials\(alreadyRun > 0 ? " (\(alreadyRun) already in the study, resuming)" : "")"
                    + "\(config.timeout.map { String(format: ", timeout %.0f s", $0) } ?? "")"
                    + "\((config.jobs ?? 1) > 1 ? ", \(config.jobs!) jobs" : "")")
            fflush(nil)
        }

        if let worker { try worker.sweepStaleTrials(study) }
        let started = Date()
        let interrupts = Interrupts { _ in study.cancel() }
        let outcome = try study.optimize(
            setup.objective, timeout: config.timeout, jobs: config.jobs ?? 1,
            studyLimit: budget,
            onTrialFinished: { trial in
                reporter.trialFinished(trial)
                if let worker { try? worker.sweepStaleTrials(study) }
            })
        withExtendedLifetime(interrupts) {}
        reporter.close()
        try StudySummary(
            study: study, setup: setup, samplerName: samplerName, mode: mode,
            elapsed: Date().timeIntervalSince(started), interrupted: outcome.cancelled
        ).print()
        if outcome.cancelled { throw ExitCode(130) }
    }

    /// The spec file, overlaid with the flags, the space file and the command after `--`.
    func resolvedConfig() throws -> StudyConfig {
        var config = StudyConfig()
        if let file = options.configFile {
            config = try StudyConfig(text: try readText(file, what: "--config"), file: file)
        }
        config = config.overridden(by: options.flagsConfig())
        if let file = options.spaceFile {
            config.space = try StudyConfig.space(text: try readText(file, what: "--space"), file: file)
        }
        if !command.isEmpty {
            config.command = command.map(StudyRunner.shellQuoteUnlessTemplate).joined(separator: " ")
            config.objective = config.objective ?? "command"
        }
        if config.sampler != nil && config.sampler != samplerName && options.configFile != nil {
            FileHandle.standardError.write(
                Data(
                    "note: the subcommand's sampler '\(samplerName)' overrides '\(config.sampler!)' from \(options.configFile!)\n"
                        .utf8))
        }
        config.sampler = samplerName
        return config
    }

    /// `mlp-digits-bayes`, `branin-tpe`, `command-random`: one study per objective (and dataset) and sampler, so
    /// rerunning a command resumes its study.
    static func defaultStudyName(_ config: StudyConfig, samplerName: String) -> String {
        let objective = config.objective ?? "mlp"
        let dataset = objective == "mlp" ? (config.dataset ?? "digits") : nil
        let base = dataset.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? ""
        let cleaned = base.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
        return ([objective] + (dataset == nil ? [] : [String(cleaned)]) + [samplerName]).joined(separator: "-")
    }

    static func searchSpace(_ config: StudyConfig, _ setup: ObjectiveSetup) throws -> SearchSpace {
        if let parameters = config.space { return try SearchSpace(parameters) }
        if let space = setup.defaultSpace { return space }
        throw SpecError(
            file: "--space", line: nil, field: "",
            message: "objective '\(config.objective ?? "")' needs a search space (--space file or space: in --config)")
    }

    /// Trials when neither flag nor spec says: the bundled digits study (100 trials) is sized to finish in about
    /// two minutes on 2 cores.
    static func defaultTrials(_ config: StudyConfig) -> Int { config.objective == nil ? 100 : 30 }

    /// Arguments after `--` are joined into one shell command; `{name}` placeholders stay as they are, other
    /// arguments with shell metacharacters are single-quoted.
    static func shellQuoteUnlessTemplate(_ argument: String) -> String {
        let safe = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%{}")
        if !argument.isEmpty && argument.unicodeScalars.allSatisfy(safe.contains) { return argument }
        return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Reads a user's file, with a one-line error naming it.
func readText(_ path: String, what: String) throws -> String {
    do {
        return try String(contentsOfFile: path, encoding: .utf8)
    } catch {
        throw SpecError(
            file: path, line: nil, field: "",
            message: "cannot read \(what) file (\((error as NSError).localizedDescription))")
    }
}
