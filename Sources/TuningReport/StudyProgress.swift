import Foundation
import Tuning

/// The progress of a running study as the command line shows it: trials finished, pruned and failed so far,
/// the best complete trial, and the text of each finished trial and of the status line.
///
/// A value type: the caller that prints it from several worker threads serializes `record` itself.
public struct StudyProgress: Sendable {
    public let direction: Direction
    /// The study's budget, if it has one (for `i/N` and the remaining-time estimate).
    public let totalTrials: Int?
    /// The study's time limit in seconds, if any (caps the remaining-time estimate).
    public let timeout: Double?
    public private(set) var finished = 0
    public private(set) var pruned = 0
    public private(set) var failed = 0
    /// The best complete trial so far (of this run, or of the resumed study's earlier trials); with constraints,
    /// the best feasible one.
    public private(set) var best: Trial?
    /// What the study optimizes (its constraints decide which trials can be the best).
    public let objectives: StudyObjectives

    public init(
        direction: Direction, totalTrials: Int?, timeout: Double?, resumedBest: Trial? = nil,
        objectives: StudyObjectives? = nil
    ) {
        self.direction = direction
        self.objectives = objectives ?? .single(direction)
        self.totalTrials = totalTrials
        self.timeout = timeout
        self.best = resumedBest
    }

    /// Counts `trial` and makes it the best if it is a complete (and feasible) trial with a better value.
    public mutating func record(_ trial: Trial) {
        finished += 1
        if trial.state == .pruned { pruned += 1 }
        if trial.state == .failed { failed += 1 }
        guard objectives.constraints.isEmpty || objectives.isFeasible(trial) else { return }
        if trial.state == .complete, let v = trial.value, best?.value.map({ direction.isBetter(v, than: $0) }) ?? true {
            best = trial
        }
    }

    /// One finished trial: `trial 4 value 0.25 (1.2s)  lr=0.001 units=64  best 0.2 (#2)`; pruned trials give
    /// their last step, failed ones their reason; floats have four significant digits.
    public func line(_ t: Trial) -> String {
        let value: String
        switch t.state {
        case .complete where !t.metrics.isEmpty:
            value = t.metrics.keys.sorted().map { "\($0) \(Self.number(t.metrics[$0]))" }.joined(separator: " ")
        case .complete: value = "value \(Self.number(t.value))"
        case .pruned: value = "pruned at step \(t.lastStep.map(String.init) ?? "-")"
        case .failed: value = "failed: \(t.failureReason ?? "unknown")"
        default: value = t.state.rawValue
        }
        let params = t.params.keys.sorted().map { "\($0)=\(Self.short(t.params[$0]!))" }.joined(separator: " ")
        let duration = t.duration.map { String(format: " (%.1fs)", $0) } ?? ""
        let bestText = best.map { "  best \(Self.number($0.value)) (#\($0.number))" } ?? ""
        return "trial \(t.number) \(value)\(duration)  \(params)\(bestText)"
    }

    /// The status line after `elapsed` seconds: `[i/N trials  best … (#k)  elapsed m:ss  remaining ~m:ss
    /// pruned p  failed f]`. The remaining time extrapolates the mean time per finished trial to the budget,
    /// capped by what is left of the timeout; it is left out when neither gives a finite estimate.
    public func statusLine(elapsed: Double) -> String {
        var parts = ["[\(finished)\(totalTrials.map { "/\($0)" } ?? "") trials"]
        if let best { parts.append("best \(Self.number(best.value)) (#\(best.number))") }
        parts.append("elapsed \(Self.clock(elapsed))")
        var remaining: Double?
        if let totalTrials, finished > 0 {
            remaining = elapsed / Double(finished) * Double(max(0, totalTrials - finished))
        }
        if let timeout { remaining = min(remaining ?? .infinity, max(0, timeout - elapsed)) }
        if let remaining, remaining.isFinite { parts.append("remaining ~\(Self.clock(remaining))") }
        parts.append("pruned \(pruned)")
        parts.append("failed \(failed)]")
        return parts.joined(separator: "  ")
    }

    /// One finished trial as JSON: `trial`, `state`, `value`, `params`, and when present `metrics` (by name),
    /// `duration_s`, `reason`, `intermediate` (by step) and `attributes`.
    public static func json(_ t: Trial) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("trial", .int(t.number)), ("state", .string(t.state.rawValue)),
            ("value", JSONValue(t.value)), ("params", JSONValue(t.params)),
        ]
        if !t.metrics.isEmpty {
            fields.append(("metrics", .object(t.metrics.keys.sorted().map { ($0, JSONValue(t.metrics[$0])) })))
        }
        if let d = t.duration { fields.append(("duration_s", .number(d))) }
        if let r = t.failureReason { fields.append(("reason", .string(r))) }
        if !t.intermediateValues.isEmpty {
            let steps = t.intermediateValues.keys.sorted()
            fields.append(("intermediate", .object(steps.map { ("\($0)", JSONValue(t.intermediateValues[$0])) })))
        }
        if !t.userAttributes.isEmpty {
            let keys = t.userAttributes.keys.sorted()
            fields.append(("attributes", .object(keys.map { ($0, .string(t.userAttributes[$0]!)) })))
        }
        return .object(fields)
    }

    /// Seconds as `m:ss`, or `h:mm:ss` from one hour on (rounded to the second).
    public static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600
            ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    /// A value with six significant digits, or "-".
    static func number(_ x: Double?) -> String {
        guard let x else { return "-" }
        return String(format: "%.6g", x)
    }

    /// A parameter value in a progress line: floats with four significant digits.
    static func short(_ v: ParameterValue) -> String {
        if case .float(let x) = v { return String(format: "%.4g", x) }
        return v.description
    }
}
