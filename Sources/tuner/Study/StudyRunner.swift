import ArgumentParser
import Foundation
import Tuning
import TuningReport
import TuningSpec

/// Runs one study from a subcommand's flags: spec file + flags → `ConfiguredStudy` (objective, space, sampler,
/// pruner, storage) → `Study.optimize` with progress output → `StudySummary`. Thin on purpose: the pieces live
/// in `Tuning`, `TuningSpec` and `TuningReport`.
struct StudyRunner {
    let samplerName: String
    let options: StudyOptions
    /// The external command after `--`, if any.
    let command: [String]

    func run() throws {
        let config = try resolvedConfig()
        try StudyRunner.run(
            config, samplerName: samplerName, storage: try StorageOpener.open(options.storageOption.storage),
            mode: options.progress.mode,
            file: options.specFiles.configFile,
            storageURL: StorageOpener.location(options.storageOption.storage)?.redacted)
    }

    /// Runs a study described by `config` until it holds its budget of trials (counting trials already stored,
    /// so a rerun resumes, and trials created by other workers), removes the artifacts of all but the best
    /// trials (`--artifacts`), then prints the summary. A command sees `storageURL` (redacted) as `TUNER_STORAGE`.
    static func run(
        _ config: StudyConfig, samplerName: String, storage: any StudyStorage, mode: ProgressReporter.Mode,
        file: String?, storageURL: String? = nil
    ) throws {
        let setup = try ConfiguredStudy(
            config, samplerName: samplerName, objectives: .tuner, storage: storage, file: file, storageURL: storageURL)
        let (study, worker) = (setup.study, setup.worker)
        let alreadyRun = try study.trials.count
        let reporter = ProgressReporter(
            mode: mode, direction: study.direction, totalTrials: setup.budget, timeout: config.timeout,
            resumedBest: study.objectives.bestFeasibleTrial(of: try study.trials), objectives: study.objectives)
        if mode == .live || mode == .lines {
            print(setup.headline(alreadyRun: alreadyRun))
            fflush(nil)
        }

        try worker?.sweepStaleTrials(study)
        let started = Date()
        study.staleTrialWatch = worker?.staleTrialWatch
        let interrupts = Interrupts(abandon: { study.abandonRunningTrials() }, { _ in study.cancel() })
        let outcome = try study.optimize(
            setup.objective.objective, timeout: config.timeout, jobs: config.jobs ?? 1,
            studyLimit: setup.budget,
            onTrialFinished: { trial in
                reporter.trialFinished(trial)
                try? worker?.sweepStaleTrials(study)
            })
        withExtendedLifetime(interrupts) {}
        reporter.close()
        let summary = try StudySummary(
            of: study, sampler: samplerName, metric: setup.objective.metric,
            elapsed: Date().timeIntervalSince(started), interrupted: outcome.cancelled,
            evaluate: setup.objective.finalEvaluation)
        for failure in try setup.keepBestArtifacts(recommended: summary.recommended)?.failures ?? [] {
            StandardError.line("warning: \(failure)")
        }
        print(mode == .json ? summary.json().text : summary.lines().joined(separator: "\n"))
        if outcome.cancelled { throw ExitCode(interrupts.firstSignal == SIGHUP ? 129 : 130) }
    }

    /// The spec file, overlaid with the flags, the space file and the command after `--`.
    func resolvedConfig() throws -> StudyConfig {
        var config = try options.specFiles.load()
            .overridden(by: options.flagsConfig())
        if !command.isEmpty {
            config.command = StudyConfig.commandLine(command)
            config.objective = config.objective ?? "command"
        }
        if let file = options.specFiles.configFile, let fileSampler = config.sampler, fileSampler != samplerName {
            FileHandle.standardError.write(
                Data("note: the subcommand's sampler '\(samplerName)' overrides '\(fileSampler)' from \(file)\n".utf8))
        }
        config.sampler = samplerName
        return config
    }
}
