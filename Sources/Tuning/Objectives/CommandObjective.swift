import Foundation

/// An objective that runs an external command per trial: the template's placeholders are replaced by the
/// trial's parameters (shell-quoted, `CommandTemplate`), the command runs as `/bin/sh -c <command>` in its
/// own process group, and its stdout is read line by line while it runs (`CommandOutputLine`):
/// intermediate-value lines are reported to the study and, when the pruner says so, the whole process group
/// is terminated (SIGTERM, SIGKILL after `killGrace` seconds) and the trial ends pruned. The result is the
/// last result line (a bare number, or the JSON line holding `metric`).
///
/// Failures (the trial ends failed, the study goes on): non-zero exit status or death by a signal (the reason
/// holds the last `stderrTailBytes` of stderr), no result line, per-trial timeout (the process group is
/// killed), or cancellation of the study (the process group is killed; reason "interrupted").
public struct CommandObjective: Objective {
    public var template: CommandTemplate
    /// The JSON key of the result; nil: the last line that is a single number.
    public var metric: String?
    /// Seconds after which a trial is killed and failed; nil: no limit.
    public var timeout: Double?
    public var workingDirectory: URL?
    /// Extra environment variables (added to the current environment).
    public var environment: [String: String]
    public var stderrTailBytes = 2000
    public var killGrace = 2.0

    /// Why a command trial failed.
    public enum CommandError: Error, Equatable, CustomStringConvertible {
        case exitStatus(Int32, stderrTail: String)
        case signal(Int32, stderrTail: String)
        case timedOut(seconds: Double, stderrTail: String)
        case noResult(lastLine: String?, stderrTail: String)

        public var description: String {
            switch self {
            case .exitStatus(let s, let tail): return "exit status \(s)" + Self.tail(tail)
            case .signal(let s, let tail): return "killed by signal \(s)" + Self.tail(tail)
            case .timedOut(let t, let tail): return "timed out after \(t) s" + Self.tail(tail)
            case .noResult(let line, let tail):
                return "no result in the output" + (line.map { " (last line: \($0))" } ?? "") + Self.tail(tail)
            }
        }
        private static func tail(_ t: String) -> String { t.isEmpty ? "" : "; stderr: " + t }
    }

    public init(
        _ template: String, metric: String? = nil, timeout: Double? = nil, workingDirectory: URL? = nil,
        environment: [String: String] = [:]
    ) {
        self.template = CommandTemplate(template)
        self.metric = metric
        self.timeout = timeout
        self.workingDirectory = workingDirectory
        self.environment = environment
    }

    public func evaluate(_ trial: TrialContext) throws -> Double {
        let command = try template.render(trial.params)
        try? trial.setUserAttribute("command", command)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let run = CommandRun(process: process, grace: killGrace)
        let stderrTail = StderrTail(err.fileHandleForReading, limit: stderrTailBytes)
        run.watch(timeout: timeout, isCancelled: { trial.isCancelled })

        let output = CommandOutputReader(out.fileHandleForReading, metric: metric, trial: trial, run: run)
        // Returns once the shell and everything holding its descriptors are gone (the watcher kills leftovers).
        process.waitUntilExit()
        _ = output.wait(seconds: killGrace + 2)
        run.finished()
        let tail = stderrTail.finish()
        if let error = output.error { throw error }
        let result = output.result
        let lastLine = output.lastLine

        switch run.reason {
        case .pruned: throw TrialPruned()
        case .cancelled: throw TrialInterrupted()
        case .timedOut: throw CommandError.timedOut(seconds: timeout ?? 0, stderrTail: tail)
        case nil: break
        }
        if process.terminationReason == .uncaughtSignal {
            throw CommandError.signal(process.terminationStatus, stderrTail: tail)
        }
        guard process.terminationStatus == 0 else {
            throw CommandError.exitStatus(process.terminationStatus, stderrTail: tail)
        }
        guard let result else { throw CommandError.noResult(lastLine: lastLine, stderrTail: tail) }
        if metric == nil, let lastLine, CommandOutputLine(parsing: lastLine, metric: nil) != .result(result) {
            throw CommandError.noResult(lastLine: lastLine, stderrTail: tail)
        }
        return result
    }
}
