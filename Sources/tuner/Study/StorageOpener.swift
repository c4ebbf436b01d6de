import Foundation
import Tuning
import TuningSpec
import TuningStorages

/// Opens the storage a `--storage` value names: `memory`, an SQLite file (the default: `tuner.db` in the working
/// directory) or, in builds with the `PostgreSQL` trait, a PostgreSQL database (`StorageRegistry.standard`).
/// A value that does not parse or names a backend this build lacks is a usage error (exit 2); a storage that
/// fails to open is a runtime error (exit 1). Errors are one line and never contain a password.
enum StorageOpener {
    static let defaultURL = "sqlite://tuner.db"

    /// `flag` names the option in usage errors.
    static func open(_ text: String?, flag: String = "--storage") throws -> any StudyStorage {
        do {
            return try StorageRegistry.standard.open(text ?? defaultURL)
        } catch {
            if case .cannotOpen = error { throw RuntimeError(error.description) }
            throw SpecError(file: "", line: nil, field: flag, message: "\(error)")
        }
    }

    /// Where `text` (or the default) points, without opening it; nil when it does not parse.
    static func location(_ text: String?) -> StorageLocation? {
        try? StorageRegistry.standard.location(parsing: text ?? defaultURL)
    }
}

/// A failure at run time (exit status 1), with a one-line message.
struct RuntimeError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
