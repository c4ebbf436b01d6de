import Foundation
import Tuning

/// What the CLI prints while a study runs and when it ends:
/// - `live`: one progress line redrawn in place on a terminal (trial i/N, best so far, elapsed and remaining
///   time, pruned and failed counts), with finished trials scrolling above it;
/// - `lines`: one plain line per finished trial (when stdout is not a terminal);
/// - `json`: one JSON object per finished trial, then a summary object;
/// - `quiet`: only the summary.
/// Called from the study's worker threads, so every method takes a lock.
final class ProgressReporter: @unchecked Sendable {
    enum Mode { case live, lines, json, quiet }

    let mode: Mode
    let direction: Direction
    let totalTrials: Int?
    let timeout: Double?
    private let start = Date()
    private let lock = NSLock()
    private var finished = 0, pruned = 0, failed = 0
    private var best: Trial?

    init(mode: Mode, direction: Direction, totalTrials: Int?, timeout: Double?, resumedBest: Trial? = nil) {
        self.best = resumedBest
        self.mode = mode
        self.direction = direction
        self.totalTrials = totalTrials
        self.timeout = timeout
    }

    /// The mode the flags ask for: `--json` and `--quiet` win; otherwise live on a terminal, lines elsewhere.
    static func mode(json: Bool, quiet: Bool) -> Mode {
        if json { return .json }
        if quiet { return .quiet }
        return isatty(STDOUT_FILENO) != 0 ? .live : .lines
    }

    func trialFinished(_ trial: Trial) {
        lock.withLock {
            finished += 1
            if trial.state == .pruned { pruned += 1 }
            if trial.state == .failed { failed += 1 }
            if trial.state == .complete, let v = trial.value,
                best?.value.map({ direction.isBetter(v, than: $0) }) ?? true
            {
                best = trial
            }
            switch mode {
            case .quiet: break
            case .json: emit(ProgressReporter.json(trial).text)
            case .lines: emit(line(trial))
            case .live:
                emit("\r\u{1B}[2K" + line(trial))
                emitPartial(statusLine())
            }
        }
    }

    /// Ends the live line so the summary starts on a fresh one.
    func close() {
        lock.withLock { if mode == .live && finished > 0 { emit("") } }
    }

    private func line(_ t: Trial) -> String {
        let value: String
        switch t.state {
        case .complete: value = "value \(format(t.value))"
        case .pruned: value = "pruned at step \(t.lastStep.map(String.init) ?? "-")"
        case .failed: value = "failed: \(t.failureReason ?? "unknown")"
        default: value = t.state.rawValue
        }
        let params = t.params.keys.sorted().map { "\($0)=\(ProgressReporter.short(t.params[$0]!))" }.joined(
            separator: " ")
        let duration = t.duration.map { String(format: " (%.1fs)", $0) } ?? ""
        let bestText = best.map { "  best \(format($0.value)) (#\($0.number))" } ?? ""
        return "trial \(t.number) \(value)\(duration)  \(params)\(bestText)"
    }

    private func statusLine() -> String {
        let elapsed = Date().timeIntervalSince(start)
        var parts = ["[\(finished)\(totalTrials.map { "/\($0)" } ?? "") trials"]
        if let best { parts.append("best \(format(best.value)) (#\(best.number))") }
        parts.append("elapsed \(ProgressReporter.clock(elapsed))")
        var remaining: Double?
        if let totalTrials, finished > 0 {
            remaining = elapsed / Double(finished) * Double(max(0, totalTrials - finished))
        }
        if let timeout { remaining = min(remaining ?? .infinity, max(0, timeout - elapsed)) }
        if let remaining, remaining.isFinite { parts.append("remaining ~\(ProgressReporter.clock(remaining))") }
        parts.append("pruned \(pruned)")
        parts.append("failed \(failed)]")
        return parts.joined(separator: "  ")
    }

    private func emit(_ s: String) {
        Swift.print(s)
        fflush(nil)
    }

    private func emitPartial(_ s: String) {
        Swift.print(s, terminator: "")
        fflush(nil)
    }

    func format(_ x: Double?) -> String {
        guard let x else { return "-" }
        return String(format: "%.6g", x)
    }

    static func short(_ v: ParameterValue) -> String {
        if case .float(let x) = v { return String(format: "%.4g", x) }
        return v.description
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600
            ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    /// One finished trial as JSON.
    static func json(_ t: Trial) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("trial", .int(t.number)), ("state", .string(t.state.rawValue)),
            ("value", JSONValue(t.value)), ("params", JSONValue(t.params)),
        ]
        if let d = t.duration { fields.append(("duration_s", .number(d))) }
        if let r = t.failureReason { fields.append(("reason", .string(r))) }
        if !t.intermediateValues.isEmpty {
            fields.append(
                (
                    "intermediate",
                    .object(t.intermediateValues.keys.sorted().map { ("\($0)", JSONValue(t.intermediateValues[$0])) })
                ))
        }
        if !t.userAttributes.isEmpty {
            fields.append(
                ("attributes", .object(t.userAttributes.keys.sorted().map { ($0, .string(t.userAttributes[$0]!)) })))
        }
        return .object(fields)
    }
}
