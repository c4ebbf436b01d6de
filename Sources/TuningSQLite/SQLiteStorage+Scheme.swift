import Foundation
import Tuning

extension SQLiteStorage {
    /// SQLite files: `sqlite:///abs/path.db` (absolute), `sqlite://relative.db` or `sqlite:relative.db`
    /// (relative to the working directory). A plain path without a scheme (`tuner.db`) is an SQLite file too:
    /// a registry uses this scheme as its fallback for texts without `://`.
    public static let scheme = StorageScheme(
        name: "sqlite", example: "sqlite:///path.db",
        recognizes: { $0.hasPrefix("sqlite:") },
        locate: { text, _ in
            let path = try filePath(parsing: text)
            return StorageLocation(
                scheme: "sqlite", redacted: "sqlite://\(path)", localFile: path,
                placeMarkers: [errorMarker]
            ) { try SQLiteStorage(path: path) }
        })

    /// Every error of opening an SQLite file starts with this, followed by the file's absolute path.
    public static let errorMarker = "SQLite file"

    /// The file path of an SQLite URL, as written (`sqlite://`, `sqlite:` or no scheme; relative paths are
    /// resolved when opening).
    public static func filePath(parsing text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["sqlite://", "sqlite:"] where trimmed.hasPrefix(prefix) {
            let rest = String(trimmed.dropFirst(prefix.count))
            guard !rest.isEmpty else {
                throw StorageInputError.invalidURL(redacted: trimmed, reason: "missing file path after 'sqlite://'")
            }
            return rest
        }
        guard !trimmed.isEmpty else {
            throw StorageInputError.invalidURL(redacted: "", reason: "empty storage URL")
        }
        return trimmed
    }
}
