import Foundation
import Randomness
import TestSupport
import Testing

/// `--storage` URLs with a password, through the `tuner` binary: whatever the form (valid, mistyped, encoded,
/// in the query, refused by the server), no output shows the password, the error is one line, and nothing is
/// created in the working directory.
@Suite("tuner --storage: no password in any output")
struct StorageSecretTests {
    /// Commands run on each URL after `studies` and `random`, in turn.
    static let readers: [[String]] = [
        ["show", "--study", "s"], ["export", "--study", "s", "--format", "csv"], ["report", "--study", "s"],
        ["worker", "--study", "s"], ["tell", "--study", "s", "--trial", "0", "--value", "1"],
    ]

    @Test("40 generated password URLs, each through studies, random and one more command")
    func generatedURLs() throws {
        var generator = Xoshiro256StarStar(seed: 0xC11_5EC2E7)
        let cases = PasswordURLForms.cases(count: 40, using: &generator)
        var failures: [String] = []
        for (index, item) in cases.enumerated() {
            let directory = try TemporaryDirectory()
            let commands = [
                ["studies"], ["random", "--objective", "branin", "--trials", "1", "--quiet"],
                Self.readers[index % Self.readers.count],
            ]
            for command in commands {
                let run = try Tuner.run(command + ["--storage", item.url], in: directory.url)
                if let leak = item.leak(in: run.stdout + run.stderr) {
                    failures.append("\(command[0]) \(item.url): shows '\(leak)': \(run.stderr)")
                }
                if ![1, 2].contains(run.status) || run.stderrLines.count != 1 {
                    failures.append("\(command[0]) \(item.url): status \(run.status), stderr \(run.stderr)")
                }
            }
            let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
            if !left.isEmpty { failures.append("\(item.url) left \(left)") }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(4))")
    }

    @Test(
        "the reported URLs: a usage error (2) or a connection error (1), one line, no password",
        arguments: [
            ("postgresql://tuner:pa/ssW0rd@127.0.0.1:1/tuner", "pa/ssW0rd", Int32(1)),
            ("postgresql://tuner@127.0.0.1:1/tuner?password=S3cretQ9", "S3cretQ9", Int32(2)),
            ("postgresql:/tuner:S3cret99@127.0.0.1/tuner", "S3cret99", Int32(2)),
            ("postgres:tuner:pw0rd99@host", "pw0rd99", Int32(2)),
            ("sqlite://tuner:Sq1ite99@nowhere/x.db", "Sq1ite99", Int32(2)),
        ])
    func reportedURLs(_ url: String, _ password: String, _ status: Int32) throws {
        let directory = try TemporaryDirectory()
        for command in [["studies"], ["random", "--objective", "branin", "--trials", "1"]] {
            let run = try Tuner.run(command + ["--storage", url], in: directory.url)
            #expect(run.status == status, "\(run.stderr)")
            #expect(!(run.stdout + run.stderr).contains(password), "\(run.stderr)")
            #expect(run.stderrLines.count == 1, "\(run.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    @Test("a password in PGPASSWORD is never shown either")
    func environmentPassword() throws {
        let password = "Env/Pa:ss@w0rd"
        let run = try Tuner.run(
            ["studies", "--storage", "postgresql://tuner@127.0.0.1:1/tuner"],
            environment: ["PGPASSWORD": password])
        #expect(run.status == 1 && !(run.stdout + run.stderr).contains(password), "\(run.stderr)")
    }

    #if PostgreSQL
        /// The test server (`TUNER_TEST_POSTGRES_URL`) with generated wrong passwords: the server refuses them,
        /// `tuner` says so in one line (exit 1) and never shows them, in the URL, encoded, or in PGPASSWORD.
        @Test("the PostgreSQL test server refusing generated wrong passwords")
        func serverRefusesWrongPasswords() throws {
            guard let base = URLComponents(string: TestPostgres.url), let host = base.host, let user = base.user
            else { return }
            let place = "\(host):\(base.port ?? 5432)\(base.path)"
            var generator = Xoshiro256StarStar(seed: 0xBAD_5EC2E7)
            for _ in 0..<4 {
                let password = PasswordURLForms.password(using: &generator)
                let encoded = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? password
                let runs = [
                    try Tuner.run(["studies", "--storage", "postgresql://\(user):\(encoded)@\(place)"]),
                    try Tuner.run(["studies", "--storage", "postgresql://\(user):\(password)@\(place)"]),
                    try Tuner.run(
                        [
                            "random", "--objective", "branin", "--trials", "1",
                            "--storage", "postgresql://\(user)@\(place)",
                        ],
                        environment: ["PGPASSWORD": password]),
                ]
                for run in runs {
                    #expect(run.status == 1 && run.stderrLines.count == 1, "\(run.stderr)")
                    #expect(![password, encoded].contains { (run.stdout + run.stderr).contains($0) }, "\(run.stderr)")
                }
            }
        }
    #endif
}
