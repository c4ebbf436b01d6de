import ArgumentParser
import Foundation
import Tuning

/// `tuner show`: a study's trials as a table (number, state, value, duration, parameters) and its best trial.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a study's trials (number, state, value, duration, parameters) and its best trial.",
        discussion: """
            Examples:
              tuner show --study branin-bayes
              tuner show --study mlp --storage sqlite:///tmp/runs.db
              tuner show --study mlp --json                  # one JSON object: trials, counts, best_trial
            """)

    @Option(help: ArgumentHelp("The study to show.", valueName: "name"))
    var study: String

    @OptionGroup var storageOption: StorageOption

    @Flag(
        help:
            "Print one JSON object: study, direction, counts, trials (with params, user_attrs, failure_reason), best_trial."
    )
    var json = false

    func run() throws {
        let storage = try storageOption.open(existing: true)
        let stored = try StoredStudy(named: study, in: storage, storageText: storageOption.storage)
        let overview = stored.overview
        let best = stored.bestTrial
        if json {
            print(
                JSONValue.object([
                    ("study", .string(stored.spec.name)), ("direction", .string(stored.spec.direction.rawValue)),
                    ("seed", .int(Int(truncatingIfNeeded: stored.spec.seed))),
                    ("counts", TrialFormat.countsJSON(overview)),
                    ("trials", .array(stored.trials.map(TrialFormat.json))),
                    ("best_trial", best.map(TrialFormat.json) ?? .null),
                ]).text)
            return
        }
        print(
            "Study '\(stored.spec.name)': \(stored.spec.direction.rawValue), \(overview.trialCount) trials "
                + "(\(TrialFormat.counts(overview)))")
        guard !stored.trials.isEmpty else { return }
        let names = stored.parameterNames
        var rows = [["#", "state", "value", "duration"] + names]
        for t in stored.trials {
            rows.append(
                ["\(t.number)", t.state.rawValue, TrialFormat.value(t.value), TrialFormat.duration(t.duration)]
                    + names.map { t.params[$0].map(TrialFormat.param) ?? "-" })
        }
        print(textTable(rows))
        for t in stored.trials where t.state == .failed {
            print("trial \(t.number) failed: \(t.failureReason ?? "no reason recorded")")
        }
        guard let best else {
            print("No trial completed.")
            return
        }
        print("Best trial #\(best.number): value \(TrialFormat.value(best.value))")
        let width = best.params.keys.map(\.count).max() ?? 0
        for name in names where best.params[name] != nil {
            print("  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  \(best.params[name]!)")
        }
    }
}
