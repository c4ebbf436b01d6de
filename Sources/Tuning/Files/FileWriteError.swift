/// Why `SafeFileWriter` did not write a file. Descriptions are one line that starts with the path.
public enum FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The target exists and is not a regular file (a directory, a device, a pipe, a socket): it is never replaced.
    case notRegularFile(path: String, kind: String)
    /// The target is an SQLite database (its first bytes are `SQLite format 3`): a study's storage is never
    /// overwritten by an export, a report or a model.
    case database(path: String)
    /// The target is the rollback journal, write-ahead log or shared-memory index (`-journal`, `-wal`, `-shm`)
    /// of the SQLite database `database`: replacing it can lose or corrupt the study's latest trials.
    case databaseCompanion(path: String, database: String)
    /// The target is one of the command's own input files (the same file, through any links or relative paths);
    /// `input` names it as the caller knows it (`--dataset data.csv`).
    case sameAsInput(path: String, input: String)
    /// The target's directory does not exist or is not a directory.
    case noDirectory(path: String, directory: String)
    /// Writing failed (disk full, permission denied, …); the target, if it existed, is left as it was.
    case failed(path: String, reason: String)

    /// Whether the user named a target that must not be written (a usage error) rather than the write failing.
    public var isRefusal: Bool {
        switch self {
        case .notRegularFile, .database, .databaseCompanion, .noDirectory, .sameAsInput: return true
        case .failed: return false
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case .notRegularFile(let path, _), .database(let path), .databaseCompanion(let path, _),
            .noDirectory(let path, _), .failed(let path, _), .sameAsInput(let path, _):
            return path
        }
    }

    /// What is wrong, without the path.
    public var reason: String {
        switch self {
        case .notRegularFile(_, let kind): return "is \(kind), not a regular file; not replaced"
        case .database: return "is an SQLite database; refusing to overwrite it (choose another file name)"
        case .databaseCompanion(_, let database):
            return "belongs to the SQLite database '\(database)'; refusing to overwrite it (choose another file name)"
        case .sameAsInput(_, let input): return "is the same file as \(input); refusing to overwrite an input"
        case .noDirectory(_, let directory): return "directory '\(directory)' does not exist"
        case .failed(_, let reason): return "cannot write: \(reason)"
        }
    }

    public var description: String { "\(path): \(reason)" }
}
