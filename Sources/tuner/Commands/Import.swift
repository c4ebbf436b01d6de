import ArgumentParser
import Foundation
import Tuning
import TuningSpec

/// `tuner import`: adds finished trials to a study from a `tuner export` file or from another study, in any
/// storage, so that its sampler starts from what is known. Importing the same source again adds nothing.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the finished trials of a `tuner export` file or of another study to a study.",
        discussion: """
            The study is created on first use from --space or --config, as by `tuner ask`; every imported \
            trial must fit its space. Waiting and running trials are not imported; each imported trial records \
            its source in the user attribute imported_from, and a source already imported is skipped.

            Examples:
              tuner import --study m2 --space space.yaml --file m.csv    # an export
              tuner import --study m2 --from-study m --from-storage sqlite:///old.db
            """)

    @OptionGroup var studyOptions: AskedStudyOptions

    @Option(
        help: ArgumentHelp(
            "A file written by `tuner export` (CSV or JSON; - for standard input).", valueName: "file"))
    var file: String?

    @Option(name: .customLong("from-study"), help: ArgumentHelp("The study to import from.", valueName: "name"))
    var fromStudy: String?

    @Option(
        name: .customLong("from-storage"),
        help: ArgumentHelp("The storage of --from-study (default: --storage).", valueName: "url"))
    var fromStorage: String?

    func validate() throws {
        if (file == nil) == (fromStudy == nil) { throw ValidationError("give either --file F or --from-study NAME") }
        if fromStorage != nil && fromStudy == nil { throw ValidationError("--from-storage needs --from-study") }
        if let fromStudy {
            do {
                try StudyName.validate(fromStudy)
            } catch {
                throw ValidationError("--from-study: \(error)")
            }
        }
    }

    func run() throws {
        let target = studyOptions.storageOption.storage
        if let fromStudy, fromStudy == studyOptions.study, (fromStorage ?? target) == target {
            throw ValidationError("--from-study names the study itself")
        }
        // The source is read before the study is opened (and perhaps created).
        let records = try file.map(InputRecord.read(path:))
        let source = try fromStudy.map {
            try StorageOption.read(study: $0, url: fromStorage ?? target, flag: "--from-storage").contents.trials
        }
        let study = try studyOptions.open().study
        let imported =
            try records.map {
                try TrialImport(
                    records: $0, space: study.space, file: InputRecord.name(ofPath: file!), objectives: study.objectives
                )
            }
            ?? TrialImport(
                trials: source ?? [], fromStudy: fromStudy ?? "", space: study.space, objectives: study.objectives)
        let outcome = try imported.add(to: study)
        print(
            "Imported \(outcome.added.count) trials into study '\(study.name)' (\(outcome.alreadyImported) already "
                + "imported, \(imported.skipped) waiting or running not imported)")
    }
}
