import Foundation

/// Writes whole files (exports, reports, models, predictions, plots, sweep tables) without ever losing data:
///
/// - the target must be a new file or an existing regular file that is not an SQLite database (first 16 bytes
///   `SQLite format 3\0`): a directory, a device node (`/dev/null`), a pipe or a socket is refused and left
///   as it is, and so is a study's database (`tuner export --out study.db`) and its journal, write-ahead log
///   and shared-memory files (`study.db-journal`, `study.db-wal`, `study.db-shm`, existing or not yet: SQLite
///   makes them while the database is open). Symbolic links are followed: the file they point to is checked
///   and written, the link stays.
/// - the bytes go to a temporary file in the target's directory (`.name.tmp-<pid>-<n>`, created exclusively,
///   with the target's permissions or the umask's), are flushed to disk (`fsync`), and the temporary file is
///   renamed over the target only when complete. A failure (disk full, permission denied) removes the
///   temporary file and leaves the target as it was.
///
/// `check` runs the same target test alone, so that a command refuses a bad `--out` before its work.
public enum SafeFileWriter {
    /// The first 16 bytes of every SQLite 3 database file (SQLite file format, section 1.3).
    public static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Throws `FileWriteError` when `path` must not be written (see the type's rules); else returns.
    public static func check(_ path: String) throws(FileWriteError) {
        try checkNotDatabaseCompanion(path)
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            guard code == ENOENT else { throw .failed(path: path, reason: String(cString: strerror(code))) }
            let directory = directoryName(of: path)
            var directoryInfo = stat()
            guard stat(directory, &directoryInfo) == 0, directoryInfo.st_mode & S_IFMT == S_IFDIR else {
                throw .noDirectory(path: path, directory: directory)
            }
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if isSQLiteDatabase(path) { throw .database(path: path) }
        case S_IFDIR: throw .notRegularFile(path: path, kind: "a directory")
        case S_IFCHR: throw .notRegularFile(path: path, kind: "a character device")
        case S_IFBLK: throw .notRegularFile(path: path, kind: "a block device")
        case S_IFIFO: throw .notRegularFile(path: path, kind: "a named pipe")
        case S_IFSOCK: throw .notRegularFile(path: path, kind: "a socket")
        default: throw .notRegularFile(path: path, kind: "a special file")
        }
    }

    /// Writes `text` as UTF-8 to `path` (see the type's rules).
    public static func write(_ text: String, to path: String) throws(FileWriteError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` (see the type's rules).
    public static func write(_ data: Data, to path: String) throws(FileWriteError) {
        try check(path)
        var target = path
        if let resolved = realpath(path, nil) {  // an existing file, through any symbolic links
            target = String(cString: resolved)
            free(resolved)
        }
        var existing = stat()
        let mode: mode_t = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : 0o666
        let (descriptor, temporary) = try createTemporary(near: target, mode: mode)
        func fail(_ reason: String) -> FileWriteError {
            close(descriptor)
            unlink(temporary)
            return .failed(path: path, reason: reason)
        }
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw fail(String(cString: strerror(errno)))
            }
            offset += written
        }
        if existing.st_mode != 0 { fchmod(descriptor, mode) }
        guard fsync(descriptor) == 0 else { throw fail(String(cString: strerror(errno))) }
        guard close(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .failed(path: path, reason: reason)
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .failed(path: path, reason: reason)
        }
    }

    /// The suffixes SQLite appends to a database's name for its companion files (journal, WAL, WAL index).
    public static let sqliteCompanionSuffixes = ["-journal", "-wal", "-shm"]

    /// Throws `.databaseCompanion` when `path` (or the file it links to) is `<database><suffix>` for an SQLite
    /// database and one of `sqliteCompanionSuffixes`.
    static func checkNotDatabaseCompanion(_ path: String) throws(FileWriteError) {
        var candidates = [path]
        if let resolved = realpath(path, nil) {
            candidates.append(String(cString: resolved))
            free(resolved)
        }
        for candidate in candidates {
            for suffix in sqliteCompanionSuffixes where candidate.hasSuffix(suffix) {
                let database = String(candidate.dropLast(suffix.count))
                var info = stat()
                if stat(database, &info) == 0, info.st_mode & S_IFMT == S_IFREG, isSQLiteDatabase(database) {
                    throw .databaseCompanion(path: path, database: database)
                }
            }
        }
    }

    /// Whether the regular file at `path` starts with the SQLite header.
    public static func isSQLiteDatabase(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
        return [UInt8](start) == sqliteHeader
    }

    /// Creates `.name.tmp-<pid>-<n>` beside `target` with `O_EXCL`, trying the next `n` when one exists.
    private static func createTemporary(near target: String, mode: mode_t) throws(FileWriteError)
        -> (Int32, String)
    {
        let directory = directoryName(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        for attempt in 0..<1000 {
            let temporary = "\(directory)/.\(name).tmp-\(getpid())-\(attempt)"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if descriptor >= 0 { return (descriptor, temporary) }
            if errno != EEXIST { throw .failed(path: target, reason: String(cString: strerror(errno))) }
        }
        throw .failed(path: target, reason: "cannot create a temporary file in \(directory)")
    }

    /// The directory part of `path` (`.` for a bare file name, `/` for a file at the root).
    static func directoryName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
