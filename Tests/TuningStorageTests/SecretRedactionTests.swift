import Randomness
import TestSupport
import Testing
import Tuning
import TuningStorages

/// Passwords in storage URLs: hidden in every form, by the one function every message uses.
@Suite("Secret redaction: no password in any URL form or message")
struct SecretRedactionTests {
    /// 400 generated URLs (20 forms, 20 passwords each, with URL and shell delimiters in them).
    static let cases: [PasswordURLForms.Case] = {
        var generator = Xoshiro256StarStar(seed: 0x5EC2E7)
        return PasswordURLForms.cases(count: 400, using: &generator)
    }()

    @Test("redactURL hides the password of every generated form, and is idempotent")
    func generatedForms() {
        var failures: [String] = []
        for item in Self.cases {
            let shown = SecretRedaction.redactURL(item.url)
            if let leak = item.leak(in: shown) { failures.append("\(item.url) → \(shown) shows \(leak)") }
            if SecretRedaction.redactURL(shown) != shown { failures.append("not idempotent: \(shown)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test("parsing through the standard registry: neither the location nor the error shows the password")
    func registryNeverShowsPassword() {
        var failures: [String] = []
        for item in Self.cases {
            let output: String
            do {
                let location = try StorageRegistry.standard.location(parsing: item.url, environment: [:])
                output = location.redacted + " " + location.description
            } catch {
                output = "\(error)"
                if output.contains("\n") { failures.append("two lines: \(output)") }
            }
            if let leak = item.leak(in: output) { failures.append("\(item.url) → \(output) shows \(leak)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test("a message quoting the URL or the password out of context is scrubbed")
    func messagesAreScrubbed() {
        var failures: [String] = []
        for item in Self.cases {
            let message =
                "error: cannot open '\(item.url)': FATAL password \(item.password) rejected (url=\(item.url))"
            let shown = SecretRedaction.redact(message: message, secrets: SecretRedaction.secrets(inURL: item.url))
            if let leak = item.leak(in: shown) { failures.append("\(message) → \(shown) shows \(leak)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test(
        "the reported forms: slash in the password, query password, one-slash and colon typos",
        arguments: [
            ("postgresql://tuner:pa/ssW0rd@127.0.0.1:5432/tuner", "pa/ssW0rd"),
            ("postgresql://tuner@127.0.0.1:5432/tuner?password=S3cretQ", "S3cretQ"),
            ("postgresql:/tuner:S3cret@127.0.0.1/tuner", "S3cret"),
            ("postgres:tuner:pw0rd@host", "pw0rd"),
            ("postgresql://tuner:p%40ssw0rd@127.0.0.1:1/tuner", "p@ssw0rd"),
        ])
    func reportedForms(_ url: String, _ password: String) {
        let shown = SecretRedaction.redactURL(url)
        #expect(!shown.contains(password) && shown.contains(SecretRedaction.mask))
        do {
            let location = try StorageRegistry.standard.location(parsing: url, environment: [:])
            #expect(!location.redacted.contains(password))
        } catch {
            #expect(!"\(error)".contains(password))
        }
    }

    @Test("what stays readable: scheme, user, host, port, database, other query keys")
    func readableParts() {
        #expect(
            SecretRedaction.redactURL("postgresql://tuner:pa/ss@127.0.0.1:5432/tuner")
                == "postgresql://tuner:***@127.0.0.1:5432/tuner")
        #expect(SecretRedaction.redactURL("postgresql://tuner@h/db") == "postgresql://tuner@h/db")
        #expect(
            SecretRedaction.redactURL("postgresql://u@h/db?sslmode=require&password=x&y=1")
                == "postgresql://u@h/db?sslmode=require&password=***")
        #expect(SecretRedaction.redactURL("postgres:tuner:pw@host") == "postgres:***@host")
        #expect(SecretRedaction.redactURL("postgresql:/tuner:pw@host") == "postgresql:/tuner:***@host")
        #expect(SecretRedaction.redactURL("host=h user=u password=x y dbname=d") == "host=h user=u password=***")
        #expect(SecretRedaction.redactURL("sqlite:///tmp/runs.db") == "sqlite:///tmp/runs.db")
        #expect(SecretRedaction.redactURL("runs@2026.db") == "runs@2026.db")
        #expect(
            SecretRedaction.redact(message: "see postgresql://u:secret1@h/db, PGPASSWORD=abc")
                == "see postgresql://u:***@h/db, PGPASSWORD=***")
        #expect(
            SecretRedaction.redact(message: "user tuner, password tuner1", secrets: ["tuner1"])
                == "user tuner, password ***")
        #expect(SecretRedaction.redact(message: "a b c", secrets: ["b"]) == "a b c", "too short to search for")
    }
}
