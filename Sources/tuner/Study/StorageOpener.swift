import Foundation
import Tuning
import TuningPostgres
import TuningSQLite
import TuningSpec

/// Opens the storage a `--storage` value names: `memory`, an SQLite file (the default: `tuner.db` in the working
/// directory) or, in builds with the `PostgreSQL` trait, a PostgreSQL database. Errors are one line and never
/// contain a password.
enum StorageOpener {
    static let defaultURL = "sqlite://tuner.db"

    static func open(_ text: String?) throws -> any StudyStorage {
        let url: StorageURL
        do {
            url = try StorageURL(parsing: text ?? defaultURL)
        } catch {
            throw SpecError(file: "", line: nil, field: "--storage", message: "\(error)")
        }
        do {
            switch url {
            case .memory:
                return InMemoryStorage()
            case let .sqlite(path):
                return try SQLiteStorage(path: path)
            case let .postgres(info):
                #if PostgreSQL
                return try PostgresStorage(info)
                #else
                throw SpecError(file: "", line: nil, field: "--storage",
                                message: "\(info.redacted) needs PostgreSQL support: build with `swift build -c release --traits PostgreSQL` (see docs/storage.md)")
                #endif
            }
        } catch let error as SpecError {
            throw error
        } catch {
            let message = "\(error)"
            throw RuntimeError(message.contains(url.redacted) || message.contains("SQLite file") ? message
                                                                                                  : "cannot open storage \(url.redacted): \(message)")
        }
    }
}

/// A failure at run time (exit status 1), with a one-line message.
struct RuntimeError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
