import ArgumentParser
import Foundation
import Tuning
import TuningReport

/// The `--storage` option of the commands that read or change an existing study (`studies`, `show`, `export`,
/// `ask`, `tell`, `enqueue`, `import`).
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
        try Self.open(url: storage, existing: existing, study: study)
    }

    /// Opens the storage (`open(existing: true)`) and reads study `name` from it; a missing study is a runtime
    /// error (exit 1) naming the study and the storage.
    func read(study name: String) throws -> (storage: any StudyStorage, contents: StudyContents) {
        try Self.read(study: name, url: storage)
    }

    /// `open` for the storage `url` names; `flag` names the option in usage errors.
    static func open(url: String?, existing: Bool, study: String?, flag: String = "--storage") throws
        -> any StudyStorage
    {
        if existing, let path = StorageOpener.location(url)?.localFile, !FileManager.default.fileExists(atPath: path) {
            let looking = study.map { "study '\($0)' not found: " } ?? ""
            throw RuntimeError("\(looking)no study storage at '\(path)' (run a study there first, or pass \(flag))")
        }
        return try StorageOpener.open(url, flag: flag)
    }

    /// `read(study:)` for the storage `url` names; `flag` names the option in usage errors.
    static func read(study name: String, url: String?, flag: String = "--storage") throws -> (
        storage: any StudyStorage, contents: StudyContents
    ) {
        let storage = try open(url: url, existing: true, study: name, flag: flag)
        guard let spec = try storage.study(named: name) else {
            let place = StorageOpener.location(url)?.redacted ?? "the storage"
            throw RuntimeError("study '\(name)' not found in \(place) (`tuner studies` lists the studies there)")
        }
        return (storage, StudyContents(spec: spec, trials: try storage.trials(in: name)))
    }
}
