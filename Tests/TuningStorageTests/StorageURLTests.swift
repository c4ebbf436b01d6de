import Testing
import Tuning

@Suite("Storage URLs and study names")
struct StorageURLTests {
    @Test("memory, SQLite paths and bare file names parse")
    func nonNetworkForms() throws {
        #expect(try StorageURL(parsing: "memory") == .memory)
        #expect(try StorageURL(parsing: "sqlite:///var/lib/tuner/studies.db") == .sqlite(path: "/var/lib/tuner/studies.db"))
        #expect(try StorageURL(parsing: "sqlite://runs/a.db") == .sqlite(path: "runs/a.db"))
        #expect(try StorageURL(parsing: "tuner.db") == .sqlite(path: "tuner.db"))
        #expect(try StorageURL(parsing: "/tmp/x.db").redacted == "sqlite:///tmp/x.db")
        #expect(throws: StorageInputError.self) { try StorageURL(parsing: "") }
        #expect(throws: StorageInputError.self) { try StorageURL(parsing: "sqlite://") }
        #expect(throws: StorageInputError.self) { try StorageURL(parsing: "mysql://u@h/db") }
    }

    @Test("PostgreSQL URLs: user, password, host, port, database; defaults and PGPASSWORD")
    func postgresForms() throws {
        let full = try StorageURL(parsing: "postgresql://tuner:s%40cret@db.example:6543/studies", environment: [:])
        #expect(full == .postgres(PostgresConnectionInfo(user: "tuner", password: "s@cret", host: "db.example",
                                                         port: 6543, database: "studies")))
        let fromEnv = try StorageURL(parsing: "postgres://tuner@10.0.0.5/tuner_test", environment: ["PGPASSWORD": "envpw"])
        #expect(fromEnv == .postgres(PostgresConnectionInfo(user: "tuner", password: "envpw", host: "10.0.0.5",
                                                            port: 5432, database: "tuner_test")))
        let v6 = try StorageURL(parsing: "postgresql://u@[::1]:5433/d", environment: [:])
        #expect(v6 == .postgres(PostgresConnectionInfo(user: "u", password: nil, host: "::1", port: 5433, database: "d")))
        #expect(v6.redacted == "postgresql://u@[::1]:5433/d")
        let noUser = try StorageURL(parsing: "postgresql://h/d", environment: ["PGUSER": "envuser"])
        #expect(noUser == .postgres(PostgresConnectionInfo(user: "envuser", password: nil, host: "h", database: "d")))
    }

    @Test("the password never appears in descriptions or errors", arguments: [
        "postgresql://tuner:hunter2@host:5432/db",
        "postgresql://tuner:hunter2@host:notaport/db",
        "postgresql://tuner:hunter2@host:5432/",
        "postgresql://tuner:hunter2@:5432/db",
        "postgresql://tuner:hunter2@host:5432/db?sslmode=require",
        "postgresql://:hunter2@host/db",
        "postgresql://tuner:hunter2%zz@host/db",
    ])
    func passwordIsRedacted(_ text: String) {
        do {
            let url = try StorageURL(parsing: text, environment: [:])
            #expect(!url.redacted.contains("hunter2") && !"\(url)".contains("hunter2"))
            #expect(url.redacted == "postgresql://tuner:***@host:5432/db")
        } catch {
            let message = "\(error)"
            #expect(!message.contains("hunter2"))
            #expect(message.hasPrefix("invalid storage URL 'postgresql://***@"))
            #expect(!message.contains("\n"))
        }
    }

    @Test("study names: [A-Za-z0-9_.-]{1,128}")
    func studyNames() {
        for good in ["a", "mnist-bayes_2024.v1", String(repeating: "x", count: 128)] {
            #expect(StudyName.isValid(good))
        }
        for bad in ["", "has space", "semi;colon", "quote'", "slash/", "tab\t", "ünï", String(repeating: "x", count: 129)] {
            #expect(!StudyName.isValid(bad))
            #expect(throws: StorageInputError.self) { try StudyName.validate(bad) }
        }
        #expect(throws: StorageInputError.invalidStudyName("a b", reason: "character ' ' is not allowed (use A-Z a-z 0-9 _ . -)")) {
            try StudyName.validate("a b")
        }
    }
}
