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

    @Option(help: ArgumentHelp("Where the study lives (default: sqlite://tuner.db).", valueName: "url"))
    var storage: String?

    @Option(help: "Trials this worker runs in parallel.")
    var jobs = 1

    @Flag(help: "Print only the summary.")
    var quiet = false

    @Flag(help: "Print one JSON object per finished trial, then a JSON summary.")
    var json = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if quiet && json { throw ValidationError("--quiet and --json cannot be combined") }
    }

    func run() throws {
        let store = try StorageOpener.open(storage)
        guard let spec = try store.study(named: study) else {
            throw RuntimeError(
                "no study '\(study)' in \(storage ?? StorageOpener.defaultURL); create it with a study command first")
        }
        guard var config = StudyConfig.stored(in: spec) else {
            throw RuntimeError("study '\(study)' was not created by a tuner study command (no stored spec to join)")
        }
        config.jobs = jobs
        try StudyRunner.run(
            config, samplerName: config.sampler ?? "bayes", storage: store,
            mode: ProgressReporter.mode(json: json, quiet: quiet), file: nil)
    }
}
