import Foundation

/// What a finished child process left behind: its exit status and everything it wrote.
public struct ProcessResult: Sendable {
    /// The exit status, or the signal number when `terminatedBySignal`.
    public let status: Int32
    /// Whether the child ended by a signal rather than by `exit`.
    public let terminatedBySignal: Bool
    public let stdout: String
    public let stderr: String

    public init(status: Int32, terminatedBySignal: Bool = false, stdout: String, stderr: String) {
        self.status = status
        self.terminatedBySignal = terminatedBySignal
        self.stdout = stdout
        self.stderr = stderr
    }

    /// Non-empty lines of standard output.
    public var stdoutLines: [Substring] { stdout.split(separator: "\n", omittingEmptySubsequences: true) }
    /// Non-empty lines of standard error.
    public var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }
    /// Non-empty lines of standard output, as strings.
    public var lines: [String] { stdoutLines.map(String.init) }

    /// Every line of standard output that parses as a JSON object.
    public var jsonObjects: [[String: Any]] {
        stdoutLines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}

/// Parses one JSON document.
public func parseJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}

/// Parses one JSON object (a line of `--json` output); anything else is an error.
public func parseJSONObject(_ text: String) throws -> [String: Any] {
    guard let object = try parseJSON(text) as? [String: Any] else {
        throw CocoaError(.propertyListReadCorrupt)
    }
    return object
}
