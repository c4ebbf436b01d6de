import Foundation
import Randomness

/// A generated `--storage` text holding a password, and the pieces of the password no output may contain.
///
/// The password is `<left><separator><right>`: two random 8-character tokens around the character that
/// breaks naive URL splitting (`/`, `@`, `:`, `?`, `#`, `%2F`, …), so that a redaction that stops at the
/// separator still leaks a token, and a leak is told from a coincidence.
struct StorageURLCase: Sendable, CustomStringConvertible {
    let text: String
    /// Texts that must appear in no output, message, or file name.
    let secrets: [String]
    /// Whether the text is a misspelt or case-changed scheme name that must be refused, not taken as a path.
    let mustBeRefused: Bool

    var description: String { text + (mustBeRefused ? " (must be refused)" : "") }
}

extension Xoshiro256StarStar {
    mutating func hostileStorageURL() -> StorageURLCase {
        if chance(0.15) {
            let text = pick([
                "MEMORY", "Memory", "mEmOrY", "SQLITE", "Sqlite", "POSTGRESQL", "not a url", "memory:", "sqlite:",
                "postgresql:", "memory:/x", "postgres:x",
            ])
            return StorageURLCase(text: text, secrets: [], mustBeRefused: true)
        }
        let left = token(8)
        let right = token(8)
        let separator = pick(["/", "@", ":", "?", "#", "%2F", "%40", "%3A", "/@:", "%", " ", ";", "&", "=", "\\"])
        let password = left + separator + right
        let encoded = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? password
        let user = pick(["tuner", "u", "us%40er", "a:b"])
        let host = pick(["127.0.0.1", "127.0.0.1:1", "localhost:1", "[::1]:1"])
        let scheme = pick(["postgresql", "postgres", "PostgreSQL", "POSTGRES"])
        let text: String
        switch int(0...11) {
        case 0: text = "\(scheme)://\(user):\(password)@\(host)/db"
        case 1: text = "\(scheme)://\(user):\(encoded)@\(host)/db"
        case 2: text = "\(scheme)://\(user)@\(host)/db?password=\(password)"
        case 3: text = "\(scheme)://\(user)@\(host)/db?sslmode=disable&password=\(encoded)&x=1"
        case 4: text = "\(scheme):/\(user):\(password)@\(host)/db"
        case 5: text = "\(scheme):\(user):\(password)@\(host)/db"
        case 6: text = "\(scheme)//\(user):\(password)@\(host)/db"
        case 7: text = "postgresq://\(user):\(password)@\(host)/db"
        case 8: text = "sqlite://\(user):\(password)@\(host)/x.db"
        case 9: text = " \(scheme)://\(user):\(password)@\(host)/db "
        case 10: text = "\(scheme)://:\(password)@\(host)"
        default: text = "\(scheme)://\(user):\(password)@\(host)/db?password=\(encoded)#\(password)"
        }
        return StorageURLCase(text: text, secrets: [left, right], mustBeRefused: false)
    }
}
