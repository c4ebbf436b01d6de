import Foundation

/// Errors of study set-up and use (objective failures are not errors: they become failed trials).
public enum StudyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A stored study of that name has a different direction or search space.
    case specMismatch(study: String, field: String)
    /// `add` was given a trial that is not finished, or a complete trial without a finite value.
    case invalidImportedTrial(reason: String)
    /// A negative trial count, a non-positive job count or timeout.
    case invalidArgument(name: String, reason: String)
    /// Every point the sampler proposed, `attempts` times in a row, was recorded first by another worker
    /// (`Sampler.requiresUniqueParameters`): far more workers contend for the study than it can serve.
    case proposalsTaken(study: String, attempts: Int)
    /// A result told for a trial whose lease (`TrialLease`, from `ask(lease:)`) passed at `deadline`; `state`
    /// is the trial's state when it was refused (failed once a stale-trial sweep got to it).
    case leaseExpired(study: String, number: Int, deadline: Date, state: TrialState, seconds: String)

    public var description: String {
        switch self {
        case .specMismatch(let s, let f): return "study '\(s)' exists with a different \(f)"
        case .invalidImportedTrial(let r): return "cannot add trial: \(r)"
        case .invalidArgument(let n, let r): return "\(n): \(r)"
        case .proposalsTaken(let s, let a):
            return "study '\(s)': the last \(a) points proposed were all taken by other workers first; try again"
        case .leaseExpired(let s, let n, let deadline, let state, let seconds):
            let when = ISO8601DateFormatter().string(from: deadline)
            let fate =
                state == .running
                ? "it is still running and will be failed as stale" : "it is \(state.rawValue) already"
            return "study '\(s)': trial \(n)'s lease of \(seconds) s expired at \(when), so its result is not "
                + "recorded (\(fate)); ask again, with a longer --lease"
        }
    }
}

/// Thrown by an objective (or by `TrialContext.pruneIfNeeded`) to end its trial as pruned.
public struct TrialPruned: Error, Sendable {
    public init() {}
}

/// Thrown by an objective that stops because the study was cancelled; the trial ends failed, "interrupted".
public struct TrialInterrupted: Error, Sendable {
    public init() {}
}
