import Foundation
import Tuning

extension SQLiteStorage {
    /// SQLite files: `sqlite:///abs/path.db` (absolute), `sqlite://relative.db` or `sqlite:relative.db`
    /// (relative to the working directory). Plain paths (`tuner.db`) are recognized by `pathScheme`. The path
    /// is shown as written, through `SecretRedaction.redactURL` (a mistyped PostgreSQL URL never shows its password).
    public static let scheme = StorageScheme(
        name: "sqlite", example: "sqlite:///path.db",
        recognizes: { $0.hasPrefix("sqlite:") },
        locate: { text, _ in
            let path = try filePath(parsing: text)
            return StorageLocation(
                scheme: "sqlite", redacted: SecretRedaction.redactURL("sqlite://\(path)"), localFile: path,
                placeMarkers: [errorMarker]
            ) { try SQLiteStorage(path: path) }
        })

    /// Every error of opening an SQLite file starts with this, followed by the file's absolute path.
    public static let errorMarker = "SQLite file"

    /// The file path of an SQLite URL, as written (`sqlite://`, `sqlite:` or no scheme; relative paths are
    /// resolved when opening). A path that holds a user and password (`user:pw@host/x.db`, what
    /// `SecretRedaction` would hide) is refused: it is a mistyped network URL, and its file name would keep
    /// the password.
    public static func filePath(parsing text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var path = trimmed
        for prefix in ["sqlite://", "sqlite:"] where trimmed.hasPrefix(prefix) {
            path = String(trimmed.dropFirst(prefix.count))
            guard !path.isEmpty else {
                throw StorageInputError.invalidURL(
                    redacted: SecretRedaction.redactURL(trimmed), reason: "missing file path after '\(prefix)'")
            }
            break
        }
        guard !path.isEmpty else {
            throw StorageInputError.invalidURL(redacted: "", reason: "empty storage URL")
        }
        guard SecretRedaction.redactURL(path) == path else {
            throw StorageInputError.invalidURL(
                redacted: SecretRedaction.redactURL(trimmed),
                reason: "an SQLite file path holds no user or password (for PostgreSQL: postgresql://user@host/db)")
        }
        return path
    }
}
