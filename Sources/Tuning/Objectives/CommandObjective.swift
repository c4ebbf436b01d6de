import Foundation

/// An objective that runs an external command per trial: the template's placeholders become references to
/// environment variables holding the trial's parameters (`CommandTemplate`: a value never reaches the shell as
/// syntax), the command runs as `/bin/sh -c <command>` in its own process group (`CommandProcess`), and its
/// stdout is read line by line while it runs (`CommandOutputReader`, `CommandOutputLine`): intermediate-value
/// lines are reported to the study and, when the pruner says so, the whole process group is terminated
/// (SIGTERM, SIGKILL after `killGrace` seconds) and the trial ends pruned. The result is the last result line
/// (a bare number, or the JSON line holding `metric`).
///
/// Failures (the trial ends failed, the study goes on): non-zero exit status or death by a signal (the reason
/// holds the last `stderrTailBytes` of stderr), no result line, a boolean where a number belongs, the
/// per-trial `timeout` (the process group is terminated; reason "timed out after N s"), or cancellation of the
/// study (the process group is terminated; reason "interrupted"). When the trial ends, whatever the command
/// left running in its process group is killed, and so it is if the process running the study dies.
///
/// The command knows its trial (`TrialIdentity`): `TUNER_TRIAL`, `TUNER_STUDY`, with `artifacts` a directory of
/// its own made just before it starts (`TUNER_TRIAL_DIR`, `TrialArtifacts`), and `TUNER_STORAGE`, the storage
/// URL without its password, when `storage` is set. Lines with `{"attrs": {…}}` become the trial's user
/// attributes as they are read (`CommandOutputAttributes`).
public struct CommandObjective: Objective {
    public var template: CommandTemplate
    /// The JSON key of the result; nil: the last line that is a single number.
    public var metric: String?
    /// The metrics of a study with several objectives or constraints (its `StudyObjectives.requiredMetrics`): the
    /// last value of each printed in a JSON line without `step` (`{"accuracy": 0.98, "latency_ms": 12.5}`).
    public var metrics: [String] = []
    /// Seconds after which a trial is killed and failed; nil: no limit.
    public var timeout: Double?
    public var workingDirectory: URL?
    /// Extra environment variables (added to the current environment).
    public var environment: [String: String]
    /// Where each trial gets a directory (`{trial_dir}`, `TUNER_TRIAL_DIR`); nil: no directory.
    public var artifacts: TrialArtifacts?
    /// The study's storage URL, passed as `TUNER_STORAGE` with any password hidden (`SecretRedaction`).
    public var storage: String?
    public var stderrTailBytes = 2000
    public var killGrace = 2.0
    /// The longest output line read; longer ones are dropped with a warning.
    public var maxLineBytes = CommandOutputReader.maxLineBytes
    /// Where warnings about the output go (overlong or refused lines); default: standard error.
    public var warn: @Sendable (String) -> Void = { message in
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    /// Why a command trial failed.
    public enum CommandError: Error, Equatable, CustomStringConvertible {
        case exitStatus(Int32, stderrTail: String)
        case signal(Int32, stderrTail: String)
        case timedOut(seconds: Double, stderrTail: String)
        case noResult(lastLine: String?, stderrTail: String)
        case invalidOutput(line: Int, reason: String)

        public var description: String {
            switch self {
            case .exitStatus(let s, let tail): return "exit status \(s)" + Self.tail(tail)
            case .signal(let s, let tail): return "killed by signal \(s)" + Self.tail(tail)
            case .timedOut(let t, let tail):
                let seconds = t.rounded() == t && abs(t) < 1e15 ? "\(Int(t))" : "\(t)"
                return "timed out after \(seconds) s" + Self.tail(tail)
            case .noResult(let line, let tail):
                return "no result in the output" + (line.map { " (last line: \($0))" } ?? "") + Self.tail(tail)
            case .invalidOutput(let line, let reason): return "output line \(line): \(reason)"
            }
        }
        private static func tail(_ t: String) -> String { t.isEmpty ? "" : "; stderr: " + t }
    }

    public init(
        _ template: String, metric: String? = nil, timeout: Double? = nil, workingDirectory: URL? = nil,
        environment: [String: String] = [:], artifacts: TrialArtifacts? = nil, storage: String? = nil
    ) {
        self.template = CommandTemplate(template)
        self.metric = metric
        self.timeout = timeout
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.artifacts = artifacts
        self.storage = storage
    }

    public func evaluate(_ trial: TrialContext) throws -> Double {
        guard let value = try measure(trial).value else { throw CommandError.noResult(lastLine: nil, stderrTail: "") }
        return value
    }

    public func measure(_ trial: TrialContext) throws -> TrialMeasurement {
        let directory = try artifacts?.directory(study: trial.studyName, number: trial.number)
        let identity = TrialIdentity(number: trial.number, study: trial.studyName, directory: directory?.path)
        let rendered = try template.render(trial.params, identity: identity)
        try? trial.setUserAttribute(TrialAttributeKeys.command, try template.display(trial.params, identity: identity))
        if let artifacts {
            let made = try artifacts.create(study: trial.studyName, number: trial.number)
            try? trial.setUserAttribute(TrialArtifacts.directoryAttribute, made.path)
        }
        var variables = environment
        if let storage { variables[TrialIdentity.storageVariable] = SecretRedaction.redactURL(storage) }
        let process = try CommandProcess(
            script: rendered.script, environment: variables.merging(rendered.environment) { $1 },
            workingDirectory: workingDirectory?.path)
        let run = CommandRun(pid: process.pid, grace: killGrace)
        let stderrTail = StderrTail(FileHandle(fileDescriptor: process.errors), limit: stderrTailBytes)
        run.watch(timeout: timeout, isCancelled: { trial.isCancelled })
        let output = CommandOutputReader(
            process.output, metric: metric, metrics: metrics, trial: trial, run: run, maxLineBytes: maxLineBytes,
            warn: warn)
        let termination = process.wait()
        // A background child may still hold the output: it gets `killGrace` seconds, then the group is killed.
        if !output.wait(seconds: killGrace) {
            run.killLeftovers()
            _ = output.wait(seconds: 2)
        }
        run.finished()
        process.release()
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
        switch termination {
        case .signaled(let signal): throw CommandError.signal(signal, stderrTail: tail)
        case .exited(let status) where status != 0: throw CommandError.exitStatus(status, stderrTail: tail)
        case .exited: break
        }
        let metricValues = output.metrics
        if !metrics.isEmpty && !metricValues.isEmpty { return TrialMeasurement(value: result, metrics: metricValues) }
        guard let result else { throw CommandError.noResult(lastLine: lastLine, stderrTail: tail) }
        if metric == nil, let lastLine, CommandOutputLine(parsing: lastLine, metric: nil) != .result(result) {
            throw CommandError.noResult(lastLine: lastLine, stderrTail: tail)
        }
        return TrialMeasurement(value: result)
    }
}
