import ArgumentParser
import Foundation
import Tuning
import TuningReport

/// `tuner export`: every trial of a study as CSV (one column per parameter and user attribute) or JSON.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every trial of a study as CSV or JSON.",
        discussion: """
            CSV header: number,state,value,duration_s,<parameters…>,<user attributes…> (empty cells where a trial
            has no value, an inactive parameter or no such attribute); a study with several objectives or
            constraints has a column values_<metric> per metric after value. JSON: an array with one object per
            trial (number, state, value, metrics when there are any, duration_s, params, user_attrs,
            failure_reason, intermediate_values).

            Examples:
              tuner export --study branin-bayes --format csv --out trials.csv
              tuner export --study mlp --storage sqlite:///tmp/runs.db --format json > trials.json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Option(help: ArgumentHelp("The study to export.", valueName: "name"))
    var study: String

    @OptionGroup var storageOption: StorageOption

    @Option(help: "csv or json.")
    var format: Format

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    func run() throws {
        if let out { try OutputFile.check(out, flag: "--out") }
        let contents = try storageOption.read(study: study).contents
        let text = format == .csv ? contents.csv() : contents.exportJSON()
        guard let out else {
            print(text, terminator: "")
            return
        }
        try OutputFile.write(text, to: out, flag: "--out")
    }
}
