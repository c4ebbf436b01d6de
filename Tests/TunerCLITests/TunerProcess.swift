import Foundation
import Testing

/// Runs the built `tuner` binary with Foundation `Process`, capturing standard output and error in files (so a
/// chatty child can never block on a full pipe), and gives back status and text.
struct TunerRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Non-empty lines of standard error.
    var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }
    /// Non-empty lines of standard output.
    var stdoutLines: [Substring] { stdout.split(separator: "\n", omittingEmptySubsequences: true) }

    /// Every line of standard output that parses as a JSON object.
    var jsonObjects: [[String: Any]] {
        stdoutLines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }
}

enum Tuner {
    /// The products directory holds the test bundle and `tuner`; `swift test` runs from the package root.
    static let binary: URL = {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = products.appendingPathComponent("tuner")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/tuner")
    }()

    /// The package root, from this file's path (Tests/TunerCLITests/TunerProcess.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A started process whose output goes to files in `directory`.
    static func start(_ arguments: [String], in directory: URL) throws -> (Process, stdout: URL, stderr: URL) {
        let id = UUID().uuidString
        let out = directory.appendingPathComponent("stdout-\(id)")
        let err = directory.appendingPathComponent("stderr-\(id)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Runs `tuner arguments…` in `directory` (a fresh temporary one by default) to the end.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> TunerRun {
        let dir = try directory ?? TempDirectory().url
        let (process, out, err) = try start(arguments, in: dir)
        process.waitUntilExit()
        return TunerRun(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                        stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

/// A fresh directory under the system's temporary directory; tests never touch the working directory.
struct TempDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tuner-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` inside the directory and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// A `--storage` URL for an SQLite file inside the directory.
    var sqlite: String { "sqlite://" + url.appendingPathComponent("studies.db").path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Parses one JSON document.
func parseJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}
