#if PostgreSQL
    import Foundation
    import Randomness
    import TestSupport
    import Testing
    import Tuning
    import TuningPostgres
    import TuningStorages

    /// The server's refusal of a wrong password, through the registry as `--storage` opens it: the password,
    /// full of URL delimiters, in the URL as typed, percent-encoded, or in `PGPASSWORD`, is never shown.
    @Suite("PostgreSQL: wrong passwords are never shown")
    struct PostgresPasswordErrorTests {
        @Test("generated wrong passwords in three places: one line, no password")
        func wrongPasswords() throws {
            let base = try PostgresConnectionInfo(parsing: StorageBackend.postgresURL)
            let place = "\(base.host):\(base.port)/\(base.database)"
            var generator = Xoshiro256StarStar(seed: 0xBAD_BA55)
            var failures: [String] = []
            for _ in 0..<6 {
                let password = PasswordURLForms.password(using: &generator)
                let encoded = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? password
                let attempts: [(url: String, environment: [String: String])] = [
                    ("postgresql://\(base.user):\(encoded)@\(place)", [:]),
                    ("postgresql://\(base.user):\(password)@\(place)", [:]),
                    ("postgresql://\(base.user)@\(place)", ["PGPASSWORD": password]),
                ]
                for attempt in attempts {
                    do {
                        _ = try PostgresRestartGate.shared.whileOpening {
                            try StorageRegistry.standard.open(attempt.url, environment: attempt.environment)
                        }
                        failures.append("\(attempt.url) was accepted")
                    } catch {
                        let message = "\(error)"
                        let leaked = [password, encoded].contains { message.contains($0) }
                        if leaked || message.contains("\n") { failures.append(message) }
                    }
                }
            }
            #expect(failures.isEmpty, "\(failures.prefix(3))")
        }
    }
#endif
