import ArgumentParser
import Foundation
import Tuning
import TuningSpec

/// `tuner worker`: joins a study that a study command created (its spec is stored with it) and runs trials until
/// the study holds its budget. Start any number of workers, in any number of processes or machines, against
/// one SQLite file (one machine) or one PostgreSQL database (many machines).
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join an existing study and run its trials until its budget is met.",
        discussion: """
            The study must exist: any study command creates it and stores its spec (objective, space, sampler, budget),
            and runs trials itself as one more worker. Workers share the budget exactly: trial numbers are
            allocated atomically and no worker starts a trial past the budget. A running trial's worker refreshes its
            heartbeat; a trial whose heartbeat is older than the study's grace period is failed as stale by any worker
            (and enqueued again when the study was created with --retry-stale). Heartbeat, grace and retry policy are
            the study's, set when it is created (--heartbeat, --grace, --retry-stale of the study commands).

            Examples:
              tuner bayes --study mlp --storage postgresql://tuner@db:5432/tuner --trials 200 --quiet &
              tuner worker --study mlp --storage postgresql://tuner@db:5432/tuner --jobs 2
            """
    )

    @Option(help: ArgumentHelp("The study to join.", valueName: "name"))
    var study: String

    @OptionGroup var storageOption: StorageOption

    @Option(help: "Trials this worker runs in parallel.")
    var jobs = 1

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard jobs <= StudyConfig.maximumJobs else {
            throw ValidationError("--jobs must be at most \(StudyConfig.maximumJobs), got \(jobs)")
        }
    }

    func run() throws {
        let (store, stored) = try storageOption.read(study: study)
        guard var config = StudyConfig.stored(in: stored.spec) else {
            throw RuntimeError("study '\(study)' was not created by a tuner study command (no stored spec to join)")
        }
        config.jobs = jobs
        try StudyRunner.run(
            config, samplerName: config.sampler ?? "bayes", storage: store,
            mode: progress.mode, file: nil, storageURL: StorageOpener.location(storageOption.storage)?.redacted)
    }
}
