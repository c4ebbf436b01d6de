import Foundation

/// The PostgreSQL server the tests use: `TUNER_TEST_POSTGRES_URL`, as printed by `scripts/start-postgres`.
public enum TestPostgres {
    /// The variable that names the server.
    public static let environmentVariable = "TUNER_TEST_POSTGRES_URL"

    /// The URL of the environment variable, or nil when it is unset or empty.
    public static var configuredURL: String? {
        guard let url = ProcessInfo.processInfo.environment[environmentVariable], !url.isEmpty else { return nil }
        return url
    }

    /// The configured URL, else the server `scripts/start-postgres` starts by default.
    public static var url: String { configuredURL ?? "postgresql://tuner:tuner@127.0.0.1:5432/tuner_test" }
}
