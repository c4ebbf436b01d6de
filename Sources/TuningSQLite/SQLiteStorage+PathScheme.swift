import Tuning

extension SQLiteStorage {
    /// The endings of a plain path that names a database file.
    public static let databaseFileExtensions = [".db", ".sqlite", ".sqlite3"]

    /// Plain paths that name an SQLite file without a `sqlite:` prefix: `tuner.db`, `runs/mnist.sqlite`,
    /// `/srv/tuner/studies`. A text is such a path when it does not start with a URL scheme (`word:`) and it
    /// contains a `/` or ends in `.db`, `.sqlite` or `.sqlite3`; anything else (`MEMORY`, `not a url`,
    /// `postgresql:/x`) is left to the registry to refuse, instead of silently becoming a new file of that
    /// name. A path outside these rules is still accepted with the prefix (`sqlite:weird name`) or as `./name`.
    public static let pathScheme = StorageScheme(
        name: "sqlite", example: "a file path (with a '/' or ending in .db, .sqlite or .sqlite3)",
        recognizes: { looksLikeDatabasePath($0) },
        locate: { text, environment in try scheme.locate(text, environment) })

    /// Whether `text` is a plain path that names a database file (see `pathScheme`).
    public static func looksLikeDatabasePath(_ text: String) -> Bool {
        guard StorageScheme.urlScheme(of: text) == nil else { return false }
        let lowercased = text.lowercased()
        return text.contains("/") || databaseFileExtensions.contains { lowercased.hasSuffix($0) && lowercased != $0 }
    }
}
