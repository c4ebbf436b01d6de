import Foundation

/// The built `tuner` executable, run as a user would: arguments, exit status, stdout and stderr.
struct TunerProcess {
    static var binary: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidate = products.appendingPathComponent("tuner")
        return FileManager.default.fileExists(atPath: candidate.path) ? candidate : URL(fileURLWithPath: ".build/debug/tuner")
    }

    let process = Process()
    private let out = Pipe(), err = Pipe()

    /// Starts `tuner arguments…` (not waiting for it).
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = TunerProcess.binary
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        try process.run()
    }

    /// Waits for the end; returns (status, stdout, stderr).
    func finish() -> (status: Int32, stdout: String, stderr: String) {
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stdout, stderr)
    }

    /// Runs `tuner arguments…` to the end.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        try TunerProcess(arguments, environment: environment).finish()
    }
}

/// A temporary directory for one test, removed afterwards.
final class Scratch {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tuner-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a one-parameter space file and returns its path.
    func spaceFile() throws -> String {
        let p = path("space.yaml")
        try "x: {type: float, low: 0, high: 1}\n".write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }
}
