import Foundation

/// Runs each run of a sweep in a child process (`tuner sweep run-one`): the child writes its rows, without a
/// header, to `<workDirectory>/<slug>.csv` (whole, at the end) and its standard error to `<slug>.err`. A child
/// that exits with a nonzero status or leaves no rows file fails with the last line of its standard error. The
/// scratch files of a successful run are deleted; those of a failed one are kept for inspection.
///
/// Children get `OPENBLAS_NUM_THREADS=1` and `OMP_NUM_THREADS=1`: the cores are divided between jobs, not threads.
public struct ChildProcessLauncher: SweepLauncher {
    public let executable: URL
    /// The child's arguments for a run, its trial budget and the path of its rows file.
    public let arguments: @Sendable (BenchmarkRunKey, _ trials: Int, _ rowsFile: String) -> [String]

    public init(
        executable: URL,
        arguments: @escaping @Sendable (BenchmarkRunKey, _ trials: Int, _ rowsFile: String) -> [String]
    ) {
        self.executable = executable
        self.arguments = arguments
    }

    /// The path of the running executable, for spawning children of it.
    public static var currentExecutable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    public func rows(of run: BenchmarkRunKey, trials: Int, workDirectory: String) throws -> [BenchmarkRow] {
        let rowsFile = "\(workDirectory)/\(run.slug).csv"
        let errFile = "\(workDirectory)/\(run.slug).err"
        try? FileManager.default.removeItem(atPath: rowsFile)
        _ = FileManager.default.createFile(atPath: errFile, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments(run, trials, rowsFile)
        var environment = ProcessInfo.processInfo.environment
        environment["OPENBLAS_NUM_THREADS"] = "1"
        environment["OMP_NUM_THREADS"] = "1"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
        try process.run()
        process.waitUntilExit()
        let errText = (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0,
            let rowsText = try? String(contentsOfFile: rowsFile, encoding: .utf8)
        else {
            throw SweepRunFailure(
                errText.split(separator: "\n").last.map(String.init)
                    ?? "exit status \(process.terminationStatus)")
        }
        let rows = try SweepFile.rows(in: rowsText, file: rowsFile, hasHeader: false)
        try? FileManager.default.removeItem(atPath: rowsFile)
        try? FileManager.default.removeItem(atPath: errFile)
        return rows
    }
}
