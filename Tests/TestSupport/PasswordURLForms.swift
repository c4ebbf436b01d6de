import Foundation

/// Storage URLs that carry a password, in every form a user may type: valid, mistyped (`postgresql:/`,
/// `postgres:`, no scheme), percent-encoded, in the query string, in a key/value connection string, with an
/// unknown or upper-case scheme. Tests check that no output of the library or of `tuner` shows the password.
public enum PasswordURLForms {
    /// One generated URL and the password it carries (as typed, and as the server would receive it).
    public struct Case: Sendable, CustomStringConvertible {
        public let url: String
        public let password: String

        /// The spellings of the password that must never be shown: as typed, percent-decoded, percent-encoded.
        public var spellings: [String] {
            var forms = [password]
            if let decoded = password.removingPercentEncoding, decoded.count >= 4 { forms.append(decoded) }
            if let encoded = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) {
                forms.append(encoded)
            }
            return forms
        }

        /// The first spelling of the password found in `output`, if any.
        public func leak(in output: String) -> String? { spellings.first { output.contains($0) } }

        public var description: String { url }
    }

    /// Where the password goes: `{P}` as typed, `{E}` percent-encoded.
    /// Hosts are numeric (no name look-up); port 5432 reaches the test server (a wrong password), port 1 is
    /// closed (a refused connection).
    public static let templates = [
        "postgresql://tuner:{P}@127.0.0.1:5432/tuner",
        "postgres://tuner:{P}@127.0.0.1:1/studies",
        "postgresql://tuner:{E}@127.0.0.1:5432/tuner",
        "postgresql://tuner:{P}@127.0.0.1:notaport/tuner",
        "postgresql://tuner:{P}@/tuner",
        "postgresql://tuner:{P}@127.0.0.1",
        "postgresql://:{P}@127.0.0.1:1/db",
        "postgresql://tuner@127.0.0.1:5432/tuner?password={P}",
        "postgresql://tuner@127.0.0.1:5432/tuner?sslmode=require&password={P}",
        "postgresql://tuner@127.0.0.1:1/db?sslpassword={P}&application_name=x",
        "postgresql://tuner@127.0.0.1:1/db?passfile={P}",
        "postgresql:/tuner:{P}@127.0.0.1/tuner",
        "postgresql:tuner:{P}@127.0.0.1/tuner",
        "postgres:tuner:{P}@127.0.0.1",
        "POSTGRESQL://tuner:{P}@127.0.0.1:1/db",
        "mysql://tuner:{P}@127.0.0.1:1/db",
        "tuner:{P}@127.0.0.1/db",
        "host=127.0.0.1 user=tuner password={P} dbname=tuner",
        "sqlite://tuner:{P}@127.0.0.1/db",
        "  postgresql://tuner:{P}@127.0.0.1:5432/tuner  ",
    ]

    /// Letters and digits, and every character with a meaning in URLs or shells.
    static let plain = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    static let special = Array("/?#:@&=%+!$'()*,;[]~\"\\ ")

    /// A password of 8 to 16 characters with at least two special ones; it starts and ends with a plain one
    /// (so that trimming a URL cannot change it).
    public static func password(using generator: inout some RandomNumberGenerator) -> String {
        let length = Int.random(in: 8...16, using: &generator)
        var characters = (0..<length).map { _ in plain.randomElement(using: &generator)! }
        for _ in 0..<Int.random(in: 2...4, using: &generator) {
            characters[Int.random(in: 1..<(length - 1), using: &generator)] =
                special.randomElement(using: &generator)!
        }
        return String(characters)
    }

    /// `count` cases: a fresh password in each template in turn.
    public static func cases(count: Int, using generator: inout some RandomNumberGenerator) -> [Case] {
        (0..<count).map { index in
            let password = password(using: &generator)
            let encoded = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? password
            let url = templates[index % templates.count]
                .replacingOccurrences(of: "{P}", with: password)
                .replacingOccurrences(of: "{E}", with: encoded)
            return Case(url: url, password: password)
        }
    }
}
