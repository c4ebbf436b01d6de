extension StorageScheme {
    /// The URL scheme `text` starts with: a letter, then letters, digits, `+`, `.` or `-`, then `:` (RFC 3986,
    /// section 3.1), as written (`postgresql` of `postgresql:/x`, `MEMORY` of `MEMORY:`); nil when `text` does
    /// not start with one (`tuner.db`, `runs/a:b.db`, `/abs/path.db`). A registry refuses a text with a scheme
    /// that no backend recognizes rather than taking it for a file name.
    public static func urlScheme(of text: String) -> String? {
        let characters = Array(text)
        return SecretRedaction.schemeLength(characters).map { String(characters[..<$0]) }
    }
}
