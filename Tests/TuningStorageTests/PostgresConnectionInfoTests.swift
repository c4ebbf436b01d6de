import Testing
import Tuning
import TuningPostgres

@Suite("PostgreSQL connection URLs")
struct PostgresConnectionInfoTests {
    @Test("user, password, host, port, database; defaults and PGPASSWORD")
    func postgresForms() throws {
        let full = try PostgresConnectionInfo(
            parsing: "postgresql://tuner:s%40cret@db.example:6543/studies",
            environment: [:])
        #expect(
            full
                == PostgresConnectionInfo(
                    user: "tuner", password: "s@cret", host: "db.example",
                    port: 6543, database: "studies"))
        let fromEnv = try PostgresConnectionInfo(
            parsing: "postgres://tuner@10.0.0.5/tuner_test",
            environment: ["PGPASSWORD": "envpw"])
        #expect(
            fromEnv
                == PostgresConnectionInfo(
                    user: "tuner", password: "envpw", host: "10.0.0.5",
                    port: 5432, database: "tuner_test"))
        let v6 = try PostgresConnectionInfo(parsing: "postgresql://u@[::1]:5433/d", environment: [:])
        #expect(v6 == PostgresConnectionInfo(user: "u", password: nil, host: "::1", port: 5433, database: "d"))
        #expect(v6.redacted == "postgresql://u@[::1]:5433/d")
        let noUser = try PostgresConnectionInfo(parsing: "postgresql://h/d", environment: ["PGUSER": "envuser"])
        #expect(noUser == PostgresConnectionInfo(user: "envuser", password: nil, host: "h", database: "d"))
        #expect(throws: StorageInputError.self) { try PostgresConnectionInfo(parsing: "mysql://u@h/db") }
    }

    @Test(
        "the password never appears in descriptions or errors",
        arguments: [
            "postgresql://tuner:hunter2@host:5432/db",
            "postgresql://tuner:hunter2@host:notaport/db",
            "postgresql://tuner:hunter2@host:5432/",
            "postgresql://tuner:hunter2@:5432/db",
            "postgresql://tuner:hunter2@host:5432/db?sslmode=require",
            "postgresql://:hunter2@host/db",
            "postgresql://tuner:hunter2%zz@host/db",
            "postgresql://tuner:hunter2@host:5432/db?password=hunter2",
            "postgresql://tuner@host:5432/db?password=hunter2",
        ])
    func passwordIsRedacted(_ text: String) {
        do {
            let info = try PostgresConnectionInfo(parsing: text, environment: [:])
            #expect(!info.redacted.contains("hunter2") && !"\(info)".contains("hunter2"))
            #expect(info.redacted == "postgresql://tuner:***@host:5432/db")
        } catch {
            let message = "\(error)"
            #expect(!message.contains("hunter2"))
            #expect(message.hasPrefix("invalid storage URL 'postgresql://") && message.contains("***"))
            #expect(!message.contains("\n"))
        }
    }

    @Test("the user information ends at the last '@': a password may hold '/', '?', ':', '#' or '@' unencoded")
    func specialCharactersInPassword() throws {
        for password in ["pa/ssW0rd", "a?b#c", "x:y:z", "p@ss@word", "sl/as@h?"] {
            let info = try PostgresConnectionInfo(
                parsing: "postgresql://tuner:\(password)@127.0.0.1:5432/tuner", environment: [:])
            #expect(
                info
                    == PostgresConnectionInfo(
                        user: "tuner", password: password, host: "127.0.0.1", port: 5432, database: "tuner"))
            #expect(info.redacted == "postgresql://tuner:***@127.0.0.1:5432/tuner")
        }
    }
}
