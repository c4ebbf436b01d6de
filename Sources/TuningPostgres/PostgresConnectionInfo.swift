import Foundation
import Tuning

/// The parts of a `postgresql://user[:password]@host[:port]/database` URL (`postgres://` too). User and
/// password may be percent-encoded (`%40` for `@`); a missing password comes from `PGPASSWORD`, a missing user
/// from `PGUSER`. The password never appears in `description`/`redacted` nor in any parse error (errors show
/// the input through `SecretRedaction.redactURL`).
public struct PostgresConnectionInfo: Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String

    public init(user: String, password: String?, host: String, port: Int = 5432, database: String) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
    }

    /// Parses a whole `postgresql://` or `postgres://` URL; `environment` supplies `PGPASSWORD` (and `PGUSER`
    /// when the URL names no user).
    public init(
        parsing url: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        let text = url.trimmingCharacters(in: .whitespaces)
        guard
            let rest = Self.schemes.lazy.compactMap({ text.hasPrefix($0) ? String(text.dropFirst($0.count)) : nil })
                .first
        else {
            let scheme = text.range(of: "://").map { String(text[..<$0.lowerBound]) + "://…" } ?? ""
            throw StorageInputError.invalidURL(redacted: scheme, reason: "not a postgresql:// URL")
        }
        try self.init(parsingAuthorityAndPath: rest, environment: environment)
    }

    /// The URL prefixes of PostgreSQL.
    public static let schemes = ["postgresql://", "postgres://"]

    /// Parses `user[:password]@host[:port]/database` (the part after `postgresql://`). The user information
    /// ends at the *last* `@`, so a password may hold `/`, `?`, `:` or `@` unencoded (an `@` in the database
    /// name must be written `%40`).
    init(parsingAuthorityAndPath text: String, environment: [String: String]) throws {
        // Errors show the input through SecretRedaction, which hides everything up to that same last '@'.
        let safe = SecretRedaction.redactURL("postgresql://" + text)
        func fail(_ reason: String) -> StorageInputError { .invalidURL(redacted: safe, reason: reason) }
        let at = text.lastIndex(of: "@")
        let afterUser = at.map { text[text.index(after: $0)...] } ?? text[...]
        let slash = afterUser.firstIndex(of: "/")
        let hostPort = String(afterUser[..<(slash ?? afterUser.endIndex)])
        let path = slash.map { String(afterUser[afterUser.index(after: $0)...]) } ?? ""

        var user: String?
        var password: String?
        if let at {
            let userInfo = text[..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                user = String(userInfo[..<colon]).removingPercentEncoding
                password = String(userInfo[userInfo.index(after: colon)...]).removingPercentEncoding
                if password == nil { throw fail("the password is not valid percent-encoding") }
            } else {
                user = String(userInfo).removingPercentEncoding
            }
            if user == nil { throw fail("the user name is not valid percent-encoding") }
        }
        if user?.isEmpty ?? true { user = environment["PGUSER"] }
        guard let user, !user.isEmpty else { throw fail("missing user name (postgresql://user@host/db)") }
        if password?.isEmpty ?? true { password = environment["PGPASSWORD"] }

        var host = hostPort
        var port = 5432
        if hostPort.hasPrefix("[") {  // [::1]:5432
            guard let close = hostPort.firstIndex(of: "]") else { throw fail("unclosed '[' in host") }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            if after.hasPrefix(":") {
                guard let p = Int(after.dropFirst()), (1...65535).contains(p) else { throw fail("invalid port") }
                port = p
            } else if !after.isEmpty {
                throw fail("unexpected text after ']'")
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = String(hostPort[..<colon])
            guard let p = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(p) else {
                throw fail("invalid port")
            }
            port = p
        }
        guard !host.isEmpty else { throw fail("missing host") }
        let database = String(path.split(separator: "?", maxSplits: 1).first ?? "")
        guard !database.isEmpty else { throw fail("missing database name (postgresql://user@host:port/db)") }
        guard path.firstIndex(of: "?") == nil else {
            throw fail("query parameters are not supported (give the password in the URL or in PGPASSWORD)")
        }
        self.init(
            user: user, password: password, host: host, port: port,
            database: database.removingPercentEncoding ?? database)
    }

    /// `postgresql://user:***@host:port/db` (the `:***` only when there is a password).
    public var redacted: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgresql://\(user)\(password == nil ? "" : ":***")@\(shownHost):\(port)/\(database)"
    }

    public var description: String { redacted }
}
