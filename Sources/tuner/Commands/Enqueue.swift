import ArgumentParser
import Foundation
import Tuning
import TuningReport
import TuningSpec

/// `tuner enqueue`: queues configurations for a study (warm start), evaluated before its sampler is asked again:
/// one from `--param name=value` flags, or many from a file (JSON lines, a JSON array, or CSV with one column
/// per parameter). All are validated against the study's space before any is queued.
struct Enqueue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enqueue",
        abstract: "Queue configurations for a study: they run before its sampler proposes again.",
        discussion: """
            The study is created on first use from --space or --config, as by `tuner ask`. A worker, a study \
            command or `tuner ask` takes each queued configuration exactly once.

            Examples:
              tuner enqueue --study demo --param lr=0.01 --param units=64
              tuner enqueue --study demo --file known-good.csv  # a column per parameter
              tuner enqueue --study demo --space space.yaml --file configs.jsonl
            """)

    @OptionGroup var studyOptions: AskedStudyOptions

    @Option(
        name: .customLong("param"),
        help: ArgumentHelp("A parameter's value as name=value (repeat for each parameter).", valueName: "name=value"))
    var params: [String] = []

    @Option(
        help: ArgumentHelp(
            "Many configurations: JSON lines, a JSON array or CSV (- for standard input).", valueName: "file"))
    var file: String?

    func validate() throws {
        if params.isEmpty == (file == nil) {
            throw ValidationError("give either --param name=value (repeatable) or --file F")
        }
    }

    func run() throws {
        let study = try studyOptions.open().study
        let batch: ConfigurationBatch
        if let file {
            let name = InputRecord.name(ofPath: file)
            batch = try ConfigurationBatch(records: try InputRecord.read(path: file), space: study.space, file: name)
        } else {
            batch = try ConfigurationBatch(pairs: params, space: study.space)
        }
        for trial in try batch.enqueue(in: study) {
            print("Queued trial \(trial.number) of study '\(study.name)': \(JSONValue(trial.params).text)")
        }
    }
}
