import ArgumentParser
import Foundation
import Tuning
import TuningReport

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
              tuner show --study mo --pareto                 # the Pareto front: every metric and parameter
            """)

    @Option(help: ArgumentHelp("The study to show.", valueName: "name"))
    var study: String

    @OptionGroup var storageOption: StorageOption

    @Flag(
        help: """
            Print one JSON object: study, direction, counts, trials (with params, user_attrs, failure_reason), \
            best_trial.
            """
    )
    var json = false

    @Flag(
        help: """
            Show only the Pareto front (complete, feasible, non-dominated trials) with every metric and parameter; \
            with --json a JSON array of {"trial", "params", "values"}.
            """)
    var pareto = false

    func run() throws {
        let contents = try storageOption.read(study: study).contents
        if pareto {
            print(json ? contents.pareto.frontJSON.text : contents.paretoLines().joined(separator: "\n"))
            return
        }
        print(json ? contents.showJSON().text : contents.showLines().joined(separator: "\n"))
    }
}
