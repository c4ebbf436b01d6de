import ArgumentParser
import Foundation
import Tuning
import TuningReport

/// The `--storage` option of the commands that read or change an existing study (`studies`, `show`, `export`,
/// `ask`, `tell`).
struct StorageOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Where the studies live: sqlite:///path.db (default: tuner.db here), memory, "
                + "or postgresql://user@host:port/db.",
            valueName: "url"))
    var storage: String?

    /// Opens the storage. With `existing`, an SQLite file that does not exist is an error instead of being
    /// created empty (commands that only read or finish trials should not leave a `tuner.db` behind); the
    /// error names `study` when one is looked for.
    func open(existing: Bool = false, study: String? = nil) throws -> any StudyStorage {
        if existing, let path = StorageOpener.location(storage)?.localFile,
            !FileManager.default.fileExists(atPath: path)
        {
            let looking = study.map { "study '\($0)' not found: " } ?? ""
            throw RuntimeError("\(looking)no study storage at '\(path)' (run a study there first, or pass --storage)")
        }
        return try StorageOpener.open(storage)
    }

    /// Opens the storage (`open(existing: true)`) and reads study `name` from it; a missing study is a runtime
    /// error (exit 1) naming the study and the storage.
    func read(study name: String) throws -> (storage: any StudyStorage, contents: StudyContents) {
        let storage = try open(existing: true, study: name)
        guard let spec = try storage.study(named: name) else {
            let place = StorageOpener.location(self.storage)?.redacted ?? "the storage"
            throw RuntimeError("study '\(name)' not found in \(place) (`tuner studies` lists the studies there)")
        }
        return (storage, StudyContents(spec: spec, trials: try storage.trials(in: name)))
    }
}
