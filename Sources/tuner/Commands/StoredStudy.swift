import ArgumentParser
import Foundation
import Tuning

/// The `--storage` option of the commands that read or change an existing study (`studies`, `show`, `export`,
/// `ask`, `tell`).
struct StorageOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Where the studies live: sqlite:///path.db (default: tuner.db here), memory, or postgresql://user@host:port/db.",
            valueName: "url"))
    var storage: String?

    /// Opens the storage. With `existing`, an SQLite file that does not exist is an error instead of being
    /// created empty (commands that only read or finish trials should not leave a `tuner.db` behind).
    func open(existing: Bool = false) throws -> any StudyStorage {
        if existing, let path = StorageOpener.location(storage)?.localFile,
            !FileManager.default.fileExists(atPath: path)
        {
            throw RuntimeError("no study storage at '\(path)' (run a study there first, or pass --storage)")
        }
        return try StorageOpener.open(storage)
    }
}

/// A study read back from storage: its spec and every trial, by number.
struct StoredStudy {
    let spec: StudySpec
    let trials: [Trial]

    /// Reads study `name`; a missing study is a runtime error (exit 1) naming the study and the storage.
    init(named name: String, in storage: any StudyStorage, storageText: String?) throws {
        guard let spec = try storage.study(named: name) else {
            let place = StorageOpener.location(storageText)?.redacted ?? "the storage"
            throw RuntimeError("study '\(name)' not found in \(place) (`tuner studies` lists the studies there)")
        }
        self.spec = spec
        self.trials = try storage.trials(in: name)
    }

    var overview: StudyOverview { StudyOverview(spec: spec, trials: trials) }

    /// The parameter columns: the space's parameters in declaration order, then any other names found in
    /// trials (imported history), sorted.
    var parameterNames: [String] {
        let declared = spec.space.parameters.map(\.name)
        let extra = Set(trials.flatMap(\.params.keys)).subtracting(declared).sorted()
        return declared + extra
    }

    /// Every user-attribute key found in the trials, sorted.
    var userAttributeKeys: [String] { Set(trials.flatMap(\.userAttributes.keys)).sorted() }

    /// The best complete trial, if any.
    var bestTrial: Trial? { overview.bestTrial.flatMap { n in trials.first { $0.number == n } } }
}
