import Foundation

/// A started child process whose standard output and error go to files, never to pipes: a child that writes
/// a lot to either stream can never block on a full pipe, whatever order the test reads them in. Standard input
/// is the given text (from a file) or the null device.
public final class ChildProcess: @unchecked Sendable {
    /// The Foundation process, for signals (`interrupt()`, `terminate()`) and its identifier.
    public let process = Process()
    /// The files that receive standard output and error, in a directory of their own.
    public let stdoutURL: URL
    public let stderrURL: URL
    private let captureDirectory: TemporaryDirectory

    /// Starts `executable arguments…` in `directory` (the current one when nil), with `environment` added to
    /// this process's environment and `stdin` as its standard input.
    public init(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil,
        environment: [String: String] = [:], stdin: String? = nil
    ) throws {
        captureDirectory = try TemporaryDirectory(prefix: "process-output")
        stdoutURL = captureDirectory.url.appendingPathComponent("stdout")
        stderrURL = captureDirectory.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        if let stdin {
            let input = captureDirectory.url.appendingPathComponent("stdin")
            try Data(stdin.utf8).write(to: input)
            process.standardInput = try FileHandle(forReadingFrom: input)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
    }

    /// Standard output written so far.
    public var stdoutSoFar: String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }

    /// Sends SIGINT.
    public func interrupt() { process.interrupt() }

    /// Waits for the end and returns status and output.
    public func finish() -> ProcessResult {
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus,
            terminatedBySignal: process.terminationReason == .uncaughtSignal,
            stdout: (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "")
    }

    /// Polls standard output until `predicate` holds for it or the child ends, checking at most `attempts`
    /// times `interval` seconds apart; returns whether it held. A bound on waiting, not a measurement.
    @discardableResult
    public func waitForStdout(
        attempts: Int = 1200, interval: TimeInterval = 0.05,
        until predicate: (String) -> Bool
    ) -> Bool {
        for _ in 0..<attempts {
            if predicate(stdoutSoFar) { return true }
            if !process.isRunning { return predicate(stdoutSoFar) }
            Thread.sleep(forTimeInterval: interval)
        }
        return predicate(stdoutSoFar)
    }

    /// Runs `executable arguments…` to the end.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil,
        environment: [String: String] = [:], stdin: String? = nil
    ) throws -> ProcessResult {
        try ChildProcess(executable, arguments, in: directory, environment: environment, stdin: stdin).finish()
    }
}
