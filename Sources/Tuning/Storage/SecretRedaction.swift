import Foundation

/// Hides secrets (the password of a storage URL, the value of a password-like key) in texts shown to a user.
///
/// Every storage URL that a message, log line, report or listing shows goes through `redactURL`, and every
/// message that may quote a URL or what a server said goes through `redact(message:secrets:)`. When the shape
/// of a text is unclear, more is hidden, never less:
///
/// - `scheme://user:password@host/db` → `scheme://user:***@host/db`. Everything from the first `:` of the
///   user information up to the *last* `@` is hidden, so a password holding an unencoded `/`, `?`, `#`, `:`
///   or `@` is hidden whole. The user name is kept only when it is plain (`A-Z a-z 0-9 . _ ~ % + -`).
/// - The same with one `/` (`postgresql:/user:pw@host`) or without a scheme. Right after `scheme:` (no `/`)
///   the whole user information is hidden: `postgres:user:pw@host` → `postgres:***@host`, and `user:pw@host`
///   (which reads as scheme `user`) → `user:***@host`.
/// - A key whose name contains `pass`, `pwd`, `secret` or `token` (any case: `password`, `sslpassword`,
///   `passfile`, `PGPASSWORD`), after `?`, `&`, `;`, a space or at the start, followed by `=`: its value and
///   everything after it are hidden (`…/db?password=***`, `host=h password=***`).
///
/// `redactURL` is idempotent: a redacted text is left as it is.
public enum SecretRedaction {
    /// What a hidden secret is replaced with.
    public static let mask = "***"

    /// Parts of key names whose values are secrets.
    public static let secretKeyWords = ["pass", "pwd", "secret", "token"]

    /// Secrets shorter than this are not searched for in free text (`redact(message:secrets:)`): they cannot be
    /// told from ordinary words. They are still hidden wherever the URL syntax shows them.
    public static let minimumSecretLength = 4

    /// `text` (a storage URL or anything a user passed as one) with its password and secret values hidden.
    public static func redactURL(_ text: String) -> String {
        let core = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !core.isEmpty, let range = text.range(of: core) else { return text }
        return text.replacingCharacters(in: range, with: hidingUserInformation(in: hidingSecretValues(in: core)))
    }

    /// `message` with every secret of `secrets` (as given, percent-decoded and percent-encoded) replaced by
    /// `mask`, and every whitespace-separated word that looks like a URL with a password or a secret key
    /// redacted as `redactURL` does.
    public static func redact(message: String, secrets: [String] = []) -> String {
        var text = message
        let searched = Set(secrets.flatMap(spellings)).filter { $0.count >= minimumSecretLength }
        for secret in searched.sorted(by: { $0.count > $1.count }) {
            text = text.replacingOccurrences(of: secret, with: mask)
        }
        var result = ""
        var word = ""
        for character in text {
            if character.isWhitespace {
                result += redactWord(word) + String(character)
                word = ""
            } else {
                word.append(character)
            }
        }
        return result + redactWord(word)
    }

    /// The forms a secret may take in a message: as written, percent-decoded and percent-encoded.
    static func spellings(of secret: String) -> [String] {
        guard !secret.isEmpty else { return [] }
        var forms = [secret]
        if let decoded = secret.removingPercentEncoding { forms.append(decoded) }
        if let encoded = secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics) { forms.append(encoded) }
        return forms
    }

    /// One word of a message: quotes and brackets around it are kept, the rest is redacted as a URL.
    private static func redactWord(_ word: String) -> String {
        guard word.contains("@") || word.contains("=") else { return word }
        let leading = word.prefix { "'\"`([{<".contains($0) }
        let rest = word.dropFirst(leading.count)
        let trailingCount = rest.reversed().prefix { "'\"`)]}>,.;:".contains($0) }.count
        let core = rest.dropLast(trailingCount)
        return String(leading) + redactURL(String(core)) + String(rest.suffix(trailingCount))
    }

    /// Hides the value of the first secret key and everything after it.
    static func hidingSecretValues(in text: String) -> String {
        let characters = Array(text)
        var start = 0
        while start < characters.count {
            if start == 0 || "?&; \t,".contains(characters[start - 1]) {
                var end = start
                while end < characters.count, isKeyCharacter(characters[end]) { end += 1 }
                if end > start, end < characters.count, characters[end] == "=" {
                    let key = String(characters[start..<end]).lowercased()
                    if secretKeyWords.contains(where: key.contains) {
                        return String(characters[...end]) + mask
                    }
                }
            }
            start += 1
        }
        return text
    }

    /// Hides the password part of the user information (see the type's rules).
    static func hidingUserInformation(in text: String) -> String {
        let characters = Array(text)
        guard let span = UserInformationSpan(characters) else { return text }
        let (start, lastAt) = (span.start, span.end)
        let information = characters[start..<lastAt]
        let prefix = String(characters[..<start])
        let suffix = String(characters[lastAt...])
        // Right after `scheme:` the "scheme" may be the user (`user:pw@host`): hide it all.
        if span.followsBareScheme { return prefix + mask + suffix }
        guard let colon = information.firstIndex(of: ":") else { return text }  // a user name alone
        let user = characters[start..<colon]
        guard user.allSatisfy(isPlainUserCharacter) else { return prefix + mask + suffix }
        return prefix + String(user) + ":" + mask + suffix
    }

    /// Where the user information of a URL-like text lies: after `scheme:` and its slashes (or from the start),
    /// up to the last `@`. Nil when there is no `@` or nothing before it.
    struct UserInformationSpan {
        /// The first character of the user information.
        let start: Int
        /// The index of the last `@`.
        let end: Int
        /// The user information comes right after `scheme:` with no `//` (`postgres:user:pw@host`).
        let followsBareScheme: Bool

        init?(_ characters: [Character]) {
            guard let lastAt = characters.lastIndex(of: "@") else { return nil }
            var start = 0
            var slashes = 0
            let schemeColon = SecretRedaction.schemeLength(characters)
            if let schemeColon {
                start = schemeColon + 1
                while start < lastAt, characters[start] == "/" {
                    start += 1
                    slashes += 1
                }
            }
            guard start < lastAt else { return nil }
            self.start = start
            self.end = lastAt
            self.followsBareScheme = schemeColon != nil && slashes == 0
        }
    }

    /// The index of the `:` ending a leading URL scheme (`[A-Za-z][A-Za-z0-9+.-]*:`), if there is one.
    static func schemeLength(_ characters: [Character]) -> Int? {
        guard let first = characters.first, first.isASCII, first.isLetter else { return nil }
        for (index, character) in characters.enumerated().dropFirst() {
            if character == ":" { return index }
            guard character.isASCII, character.isLetter || character.isNumber || "+.-".contains(character) else {
                return nil
            }
        }
        return nil
    }

    private static func isKeyCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-")
    }

    private static func isPlainUserCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || "._~%+-".contains(c))
    }
}
