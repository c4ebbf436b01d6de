import ArgumentParser
import Foundation
import Tuning
import TuningReport

/// `tuner report`: one self-contained HTML page about a stored study (`StudyReport`).
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write a self-contained HTML report of a study: summary, history, parallel coordinates, "
            + "importance, slices.",
        discussion: """
            The page has inline CSS and inline SVG charts, no scripts and no external resources.

            Examples:
              tuner bayes --objective hartmann6 --trials 40 --study h6
              tuner report --study h6 --out h6.html
              tuner report --study mlp-bayes --storage sqlite:///runs/tuner.db --out report.html
            """
    )

    @Option(help: ArgumentHelp("The study to report on (as given to --study when it ran).", valueName: "name"))
    var study: String

    @OptionGroup var storageOption: StorageOption

    @Option(help: ArgumentHelp("The HTML file to write.", valueName: "report.html"))
    var out: String = "report.html"

    func validate() throws {
        if study.isEmpty { throw ValidationError("--study must not be empty") }
        if out.isEmpty { throw ValidationError("--out must not be empty") }
    }

    func run() throws {
        try OutputFile.check(out, flag: "--out")
        let contents = try storageOption.read(study: study).contents
        let report = StudyReport(spec: contents.spec, trials: contents.trials)
        try OutputFile.write(report.html(), to: out, flag: "--out")
        print("wrote \(out) (\(report.trials.count) trials, \(report.resultLine))")
    }
}
