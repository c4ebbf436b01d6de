import ArgumentParser
import Foundation
import Tuning
import TuningReport
import TuningSpec

/// `tuner tell`: finishes a trial started by `tuner ask` with its value, or as pruned or failed (Optuna's
/// `optuna tell`). A NaN or infinite value records the trial as failed.
struct Tell: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tell",
        abstract: "Finish trials from `tuner ask`: with their values, or as pruned or failed.",
        discussion: """
            Examples:
              tuner tell --study demo --trial 0 --value 0.173 --storage sqlite:///tmp/demo.db
              tuner tell --study demo --trial 1 --state failed --reason "out of memory"
              tuner tell --study demo --trial 2 --state pruned
              tuner tell --study demo --file results.jsonl  # {"trial": 3, "value": 0.2}
              tuner tell --study mo --trial 4 --metric accuracy=0.91 --metric latency_ms=12.5
              ./evaluate < batch.jsonl | tuner tell --study demo --file -
            """)

    enum FinalState: String, ExpressibleByArgument, CaseIterable { case complete, pruned, failed }

    @Option(help: ArgumentHelp("The study.", valueName: "name"))
    var study: String

    @OptionGroup var storageOption: StorageOption

    @Option(help: ArgumentHelp("The trial number `tuner ask` printed.", valueName: "N"))
    var trial: Int?

    @Option(
        help: ArgumentHelp(
            "Many results: JSON lines or CSV with trial, value, state, reason, intermediate (- for standard input); "
                + "all are checked before any is recorded.",
            valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("The objective's value (the trial becomes complete).", valueName: "X"))
    var value: Double?

    @Option(
        name: .customLong("metric"),
        help: ArgumentHelp(
            "Repeatable: a metric of a study with several objectives or constraints (the trial becomes complete).",
            valueName: "name=X"))
    var metrics: [String] = []

    @Option(help: ArgumentHelp("pruned or failed (complete needs --value).", valueName: "state"))
    var state: FinalState?

    @Option(help: ArgumentHelp("Why the trial failed (with --state failed).", valueName: "text"))
    var reason: String?

    func validate() throws {
        if file != nil {
            if trial != nil || value != nil || state != nil || reason != nil || !metrics.isEmpty {
                throw ValidationError("--file cannot be combined with --trial, --value, --metric, --state or --reason")
            }
            return
        }
        guard let trial else { throw ValidationError("--trial N is required (or --file F for many results)") }
        if trial < 0 { throw ValidationError("--trial must be a trial number (0 or more), got \(trial)") }
        if !metrics.isEmpty, state == .pruned || state == .failed {
            throw ValidationError("--metric cannot be combined with --state \(state!.rawValue)")
        }
        if value == nil, metrics.isEmpty, state == nil || state == .complete {
            throw ValidationError("--value X is required (or --state pruned|failed)")
        }
        switch (value, state) {
        case (_?, .pruned?), (_?, .failed?):
            throw ValidationError("--value cannot be combined with --state \(state!.rawValue)")
        default:
            break
        }
        if reason != nil && state != .failed { throw ValidationError("--reason needs --state failed") }
    }

    func run() throws {
        let (storage, stored) = try storageOption.read(study: study)
        let opened = try Study(
            name: study, space: stored.spec.space, direction: stored.spec.direction,
            objectives: stored.spec.declaredObjectives, storage: storage)
        if let file {
            let outcome = try ResultBatch(
                records: try InputRecord.read(path: file), file: InputRecord.name(ofPath: file),
                objectives: opened.objectives
            ).apply(to: opened)
            for number in outcome.unchanged { print("Trial \(number) of study '\(study)': already told, unchanged") }
            for trial in outcome.finished { print(TrialFormat.finished(trial, study: study)) }
            return
        }
        let trial = trial!
        let finished: Trial
        switch state {
        case .failed?: finished = try opened.tell(trial, failedBecause: reason ?? "told failed by tuner tell")
        case .pruned?: finished = try opened.tellPruned(trial)
        default:
            let measurement = try TrialResult.measurement(
                metricFlags: metrics, value: value, objectives: opened.objectives)
            finished =
                measurement.metrics.isEmpty
                ? try opened.tell(trial, value: value!) : try opened.tell(trial, measurement: measurement)
        }
        print(TrialFormat.finished(finished, study: study))
    }
}
