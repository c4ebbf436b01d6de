import Foundation

/// A storage that can fail stale running trials — those whose worker stopped sending heartbeats (killed,
/// machine lost, network cut) — and enqueue their retries, atomically and exactly once even when many
/// workers sweep at the same time. This is Optuna's `fail_stale_trials` + `RetryFailedTrialCallback`
/// (Akiba et al. 2019; optuna/storages/_heartbeat.py), with the two steps in one transaction so that a
/// crash between them cannot lose the retry and two sweepers cannot both enqueue one.
///
/// Staleness: a running trial is stale at `now` when `now − lastSeen > grace`, where `lastSeen` is
/// `heartbeat ?? startedAt ?? createdAt`, or the end of the trial's lease (`TrialLease`) when that is later.
/// Each stale trial becomes `failed` with reason `"stale (no heartbeat for N s)"` (N = whole seconds since
/// its last sign of life; `"stale (lease of L s expired N s ago)"` for a leased one) and `finishedAt = now`.
/// With `retries.enqueue`, each one whose retry chain is shorter than `retries.maximum` gets a new waiting
/// trial with the same parameters and the user attributes `retry_of` (the failed trial's number) and
/// `retry_count` (1 + the failed trial's `retry_count`).
public protocol StaleTrialSweeping: StudyStorage {
    /// Fails every stale running trial of `study` and enqueues retries per `retries`; returns what it did.
    func failStaleTrials(
        in study: String, gracePeriod: TimeInterval, now: Date,
        retries: StaleTrialRetryPolicy
    ) throws -> StaleTrialSweep
}

/// Whether (and how often) stale trials are retried.
public struct StaleTrialRetryPolicy: Sendable, Equatable {
    public var enqueue: Bool
    /// The longest chain of retries of one original trial (`retry_count` ≤ maximum).
    public var maximum: Int

    public init(enqueue: Bool, maximum: Int = 3) {
        self.enqueue = enqueue
        self.maximum = maximum
    }

    public static let never = StaleTrialRetryPolicy(enqueue: false, maximum: 0)
}

/// The outcome of one sweep: the numbers of the trials it failed and of the retries it enqueued.
public struct StaleTrialSweep: Sendable, Equatable {
    public var failed: [Int]
    public var retries: [Int]

    public init(failed: [Int] = [], retries: [Int] = []) {
        self.failed = failed
        self.retries = retries
    }
}

/// The rules of a sweep, shared by every backend so they behave alike.
public enum StaleTrials {
    /// User attribute of a retry: the number of the trial it retries.
    public static let retryOfKey = "retry_of"
    /// User attribute of a retry: its position in the retry chain (1 for the first retry).
    public static let retryCountKey = "retry_count"

    /// The last sign of life of a running trial: its heartbeat (else start, else creation), or the end of its
    /// lease (`TrialLease`) when that is later.
    public static func lastSeen(_ trial: Trial) -> Date {
        let beat = trial.heartbeat ?? trial.startedAt ?? trial.createdAt
        guard let lease = TrialLease.deadline(of: trial) else { return beat }
        return max(beat, lease)
    }

    /// Whether a running trial is stale at `now`.
    public static func isStale(_ trial: Trial, gracePeriod: TimeInterval, now: Date) -> Bool {
        trial.state == .running && now.timeIntervalSince(lastSeen(trial)) > gracePeriod
    }

    /// `"stale (no heartbeat for N s)"`.
    public static func reason(lastSeen: Date, now: Date) -> String {
        "stale (no heartbeat for \(Int(max(0, now.timeIntervalSince(lastSeen)).rounded(.down))) s)"
    }

    /// Why a sweep fails `trial` at `now`: `"stale (no heartbeat for N s)"`, or for a trial whose lease ran
    /// out, `"stale (lease of L s expired N s ago)"`.
    public static func reason(for trial: Trial, now: Date) -> String {
        let seen = lastSeen(trial)
        guard let lease = TrialLease.deadline(of: trial), lease >= seen else { return reason(lastSeen: seen, now: now) }
        let length = trial.userAttributes[TrialLease.secondsKey] ?? "?"
        return "stale (lease of \(length) s expired \(Int(max(0, now.timeIntervalSince(lease)).rounded(.down))) s ago)"
    }

    /// The waiting trial that retries `failed`, or nil when the policy says no more retries.
    public static func retry(of failed: Trial, policy: StaleTrialRetryPolicy, now: Date) -> Trial? {
        guard policy.enqueue else { return nil }
        let count = (failed.userAttributes[retryCountKey].flatMap { Int($0) } ?? 0) + 1
        guard count <= policy.maximum else { return nil }
        return Trial(
            state: .waiting, params: failed.params, createdAt: now,
            userAttributes: [retryOfKey: String(failed.number), retryCountKey: String(count)])
    }

    /// Checks the arguments of `failStaleTrials`; the grace period must be positive and finite.
    public static func validate(gracePeriod: TimeInterval) throws {
        guard gracePeriod.isFinite, gracePeriod > 0 else {
            throw StudyError.invalidArgument(name: "gracePeriod", reason: "must be a positive number of seconds")
        }
    }
}
