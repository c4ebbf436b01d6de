#if PostgreSQL
    import Foundation
    import PostgresNIO
    import Tuning

    /// Classifies and describes driver errors. PostgresNIO's `PSQLError` hides its details from `description`
    /// on purpose; the server's message and SQLSTATE are read from `serverInfo`, and every text is scrubbed of
    /// the password before it is shown (PostgreSQL error codes: PostgreSQL 15 manual, appendix A).
    enum PostgresErrors {
        /// A client-side timeout (connecting took too long).
        struct Timeout: Error {
            let what: String
            let seconds: Double
        }

        /// SQLSTATEs after which the same transaction may succeed on a new connection or a second try:
        /// class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot connect now), 53300 (too
        /// many connections), 40001 (serialization failure), 40P01 (deadlock detected).
        static func isTransientState(_ state: String) -> Bool {
            state.hasPrefix("08") || ["57P01", "57P02", "57P03", "53300", "40001", "40P01"].contains(state)
        }

        /// Whether retrying on a new connection can help (connection lost, server restarting), as opposed to
        /// errors that will recur (wrong password, unknown database, SQL errors).
        static func isTransient(_ error: any Error) -> Bool {
            if let psql = error as? PSQLError {
                if let state = psql.serverInfo?[.sqlState] { return isTransientState(state) }
                switch psql.code {
                case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown,
                    .messageDecodingFailure, .unexpectedBackendMessage:
                    return true
                default:
                    return false
                }
            }
            if error is Timeout || error is ChannelError || error is IOError { return true }
            return false
        }

        /// The plain cause inside NIO's nested connection-error text (which lists every address tried).
        static func socketProblem(_ text: String) -> String {
            let known = [
                ("Connection refused", "connection refused (is the server running and listening on that port?)"),
                ("No route to host", "no route to host"), ("Network is unreachable", "network is unreachable"),
                ("timed out", "timed out (is the host reachable?)"), ("Timeout", "timed out (is the host reachable?)"),
                ("dns", "cannot resolve the host name"), ("DNS", "cannot resolve the host name"),
            ]
            return known.first { text.contains($0.0) }?.1 ?? text
        }

        /// One line saying what went wrong, without the password (`SecretRedaction.redact(message:secrets:)`:
        /// the password in any spelling, and any URL or `password=` the server or driver quoted).
        static func reason(_ error: any Error, info: PostgresConnectionInfo) -> String {
            var text: String
            if let psql = error as? PSQLError {
                if let message = psql.serverInfo?[.message] {
                    text = message + (psql.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
                } else {
                    switch psql.code {
                    case .connectionError:
                        text =
                            "cannot connect to \(info.host):\(info.port): "
                            + (psql.underlying.map { socketProblem(String(describing: $0)) } ?? "connection failed")
                    case .serverClosedConnection, .uncleanShutdown: text = "the server closed the connection"
                    case .clientClosedConnection: text = "the connection was closed (query timeout or shutdown)"
                    case .authMechanismRequiresPassword:
                        text = "the server requires a password (put it in the URL or PGPASSWORD)"
                    case .unsupportedAuthMechanism: text = "the server asks for an authentication method not supported"
                    case .sslUnsupported: text = "the server does not support TLS"
                    default: text = "driver error \(psql.code)"
                    }
                }
            } else if let timeout = error as? Timeout {
                text = "\(timeout.what) timed out after \(Int(timeout.seconds)) s (is the server reachable?)"
            } else {
                text = String(describing: error)
            }
            text = SecretRedaction.redact(message: text, secrets: info.password.map { [$0] } ?? [])
            return text.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
    }
#endif
