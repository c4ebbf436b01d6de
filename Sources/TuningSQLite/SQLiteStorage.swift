import Foundation
import GRDB
import Tuning

/// `StudyStorage` on an SQLite file through GRDB: the embedded default, safe for many threads and for many
/// processes on one machine (not for a network file system: use PostgreSQL across machines).
///
/// - The file is opened as a GRDB `DatabasePool` in WAL mode (readers never block the writer), with a busy
///   timeout so that concurrent writers wait for each other instead of failing with "database is locked".
/// - Every write is one IMMEDIATE transaction (the write lock is taken at `BEGIN`, so a read-then-write
///   cannot be invalidated by another process), committed before the method returns; with
///   `synchronous = FULL` a committed write survives a power cut, not only a process crash.
/// - Trial numbers come from a per-study counter row incremented in the transaction that inserts the trial,
///   so they are unique across processes; `claimWaitingTrial` reads and updates in one such transaction, and
///   so does the unique-parameters insert (`UniqueParametersStorage`: a grid point is recorded once).
/// - Opening a file that is corrupt, not SQLite, read-only, locked beyond the busy timeout, a directory, or
///   written by a newer tuner throws `StorageError.backend` with a one-line message naming the file, and leaves
///   the file as it was.
public final class SQLiteStorage: StaleTrialSweeping, StudyListing, @unchecked Sendable {
    /// The absolute path of the database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the study database at `path`; relative paths are resolved against the
    /// working directory. `busyTimeout` is how long a write waits for other writers before failing.
    public init(path: String, busyTimeout: TimeInterval = 30) throws {
        let absolute = Self.absolutePath(path)
        self.path = absolute
        try Self.checkBeforeOpening(absolute)
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.label = "TuningSQLite"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            let pool = try DatabasePool(path: absolute, configuration: config)
            do {
                try SQLiteSchema.migrate(pool)
            } catch {
                try? pool.close()
                throw error
            }
            self.pool = pool
        } catch {
            throw Self.describe(error, path: absolute, busyTimeout: busyTimeout)
        }
    }

    /// Closes the file; later calls throw. Also happens when the storage is released.
    public func close() throws {
        do { try pool.close() } catch { throw Self.describe(error, path: path, busyTimeout: 0) }
    }

    // MARK: - Transactions

    /// Runs `body` in an IMMEDIATE transaction, committed before returning; errors become `StorageError`s.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw Self.describe(error, path: path, busyTimeout: nil)
        }
    }

    /// Runs `body` on a consistent snapshot (WAL readers see the last commit before they started).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read { db in try body(db) }
        } catch {
            throw Self.describe(error, path: path, busyTimeout: nil)
        }
    }

    // MARK: - Opening checks and error messages

    static func absolutePath(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        let cwd = FileManager.default.currentDirectoryPath
        return ((cwd as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }

    /// Refuses, before SQLite touches anything, paths it would fail on with an obscure message.
    static func checkBeforeOpening(_ path: String) throws {
        var isDirectory: ObjCBool = false
        let parent = (path as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StorageError.backend("SQLite file '\(path)': directory '\(parent)' does not exist")
        }
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            throw StorageError.backend("SQLite file '\(path)': is a directory, not a database file")
        }
        // Permission bits, not access(2): root may write anything, but a file made read-only stays unwritten.
        if let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
            mode & 0o222 == 0 || !FileManager.default.isWritableFile(atPath: path)
        {
            throw StorageError.backend(
                "SQLite file '\(path)': the file is read-only (a study storage must be writable)")
        }
    }

    /// One line naming the file and the cause; never a multi-line SQL dump.
    static func describe(_ error: any Error, path: String, busyTimeout: TimeInterval?) -> any Error {
        if error is StorageError || error is StorageInputError { return error }
        if error is SQLiteSchema.SchemaTooNew {
            return StorageError.backend(
                "SQLite file '\(path)': written by a newer version of tuner (unknown schema migrations)")
        }
        guard let db = error as? DatabaseError else {
            return StorageError.backend("SQLite file '\(path)': \(oneLine("\(error)"))")
        }
        let what: String
        switch db.resultCode {
        case .SQLITE_NOTADB: what = "file is not a database (corrupt, or not an SQLite file)"
        case .SQLITE_CORRUPT: what = "database disk image is malformed (corrupt file)"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            what = "database is locked by another process" + (busyTimeout.map { " (waited \(Int($0)) s)" } ?? "")
        case .SQLITE_READONLY: what = "the file or its directory is read-only"
        case .SQLITE_CANTOPEN: what = "cannot open the file (missing directory or no permission)"
        case .SQLITE_PERM, .SQLITE_AUTH: what = "permission denied"
        case .SQLITE_FULL: what = "disk full"
        case .SQLITE_IOERR: what = "I/O error (\(oneLine(db.message ?? "unknown")))"
        default: what = oneLine(db.message ?? "\(db.resultCode)")
        }
        return StorageError.backend("SQLite file '\(path)': \(what)")
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
