import Foundation
import TestSupport

/// The invariants every run of the `tuner` binary keeps, whatever its input: it ends by `exit`, never by a
/// signal (a Swift trap is SIGILL or SIGTRAP, 132/133; an abort 134; a segmentation fault 139); its status is 0,
/// 1 (run-time error) or 2 (usage error); a failure is ONE line on standard error naming what was wrong; and
/// no output contains a secret.
enum TunerInvariants {
    /// Nil when `run` keeps the invariants, else why not. `names`: texts of which a failure's line must contain
    /// one (the file, flag or field at fault); `secrets`: texts no output may contain.
    static func check(
        _ run: ProcessResult, names: [String] = [], secrets: [String] = [], allowedStatuses: Set<Int32> = [0, 1, 2]
    ) -> String? {
        if run.terminatedBySignal { return "killed by signal \(run.status); stderr: \(tail(run.stderr))" }
        if !allowedStatuses.contains(run.status) {
            return
                "exit status \(run.status) (expected one of \(allowedStatuses.sorted())); stderr: \(tail(run.stderr))"
        }
        for secret in secrets {
            if run.stdout.contains(secret) { return "stdout shows the secret '\(secret)': \(tail(run.stdout))" }
            if run.stderr.contains(secret) { return "stderr shows the secret '\(secret)': \(tail(run.stderr))" }
        }
        guard run.status != 0 else { return nil }
        let lines = run.stderrLines
        if lines.count != 1 { return "exit \(run.status) with \(lines.count) lines on stderr: \(tail(run.stderr))" }
        if !names.isEmpty && !names.contains(where: { lines[0].contains($0) }) {
            return "the error names none of \(names): \(lines[0].prefix(300))"
        }
        return nil
    }

    /// The end of an output, on one line, for a report.
    static func tail(_ text: String) -> String { Fuzz.escaped(String(text.suffix(400)), limit: 400) }

    /// The binary under test: `TUNER_FUZZ_TUNER` (another build, e.g. to check that a property catches a known
    /// fault of an older one), else the one built with the tests.
    static var binary: URL {
        ProcessInfo.processInfo.environment["TUNER_FUZZ_TUNER"].map { URL(fileURLWithPath: $0) } ?? Tuner.binary
    }

    /// The longest a run may take before it counts as hung and is killed: far above what any run here needs.
    static let hangLimit: TimeInterval = 60

    /// Runs `tuner arguments…` in `directory` and checks the invariants (and that it ends within `hangLimit`).
    static func run(
        _ arguments: [String], in directory: URL, names: [String] = [], secrets: [String] = [],
        allowedStatuses: Set<Int32> = [0, 1, 2]
    ) -> (ProcessResult?, String?) {
        do {
            let (result, hung) = try finish(ChildProcess(binary, arguments, in: directory))
            if hung { return (result, "tuner \(shown(arguments)): still running after \(Int(hangLimit)) s (killed)") }
            let problem = check(result, names: names, secrets: secrets, allowedStatuses: allowedStatuses)
            return (result, problem.map { "tuner \(shown(arguments)): \($0)" })
        } catch {
            return (nil, "cannot start tuner: \(error)")
        }
    }

    /// Waits for `child` at most `hangLimit` seconds, then kills it; its result and whether it had to be killed.
    static func finish(_ child: ChildProcess) -> (ProcessResult, Bool) {
        let deadline = Date().addingTimeInterval(hangLimit)
        while child.process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let hung = child.process.isRunning
        if hung { kill(child.process.processIdentifier, SIGKILL) }
        return (child.finish(), hung)
    }

    /// Arguments as a shell line (for reports; long ones cut).
    static func shown(_ arguments: [String]) -> String {
        arguments.map { $0.count > 80 ? String($0.prefix(80)) + "…" : $0 }.map {
            $0.contains(where: { " '\"$;&|".contains($0) })
                ? "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" : $0
        }.joined(separator: " ")
    }

    /// Every file under `directory` whose path contains one of `texts`.
    static func files(under directory: URL, containing texts: [String]) -> [String] {
        let paths = FileManager.default.subpaths(atPath: directory.path) ?? []
        return paths.filter { path in texts.contains { path.contains($0) } }
    }
}
