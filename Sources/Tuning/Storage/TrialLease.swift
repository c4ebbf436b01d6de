import Foundation

/// A lease on a running trial: a deadline before which no stale-trial sweep fails it, however old its
/// heartbeat. Trials handed out by `Study.ask(studyLimit:lease:)` to another program (the ask/tell loop) get
/// one, because nobody sends heartbeats for them: without it, the first sweep after the grace period would
/// fail a trial that is still being evaluated elsewhere, and refuse its result.
///
/// The deadline is the user attribute `lease_until` (seconds since 1970, as text), so every storage keeps it
/// without a schema change. A sweep treats a leased trial's last sign of life as
/// `max(heartbeat ?? startedAt ?? createdAt, lease_until)`: it becomes stale once its lease and then the
/// grace period have passed. `Study.tell` refuses a result that arrives after the deadline
/// (`StudyError.leaseExpired`), so a trial that a sweep may already have retried is not finished twice.
public enum TrialLease {
    /// User attribute holding the lease deadline, in seconds since 1970.
    public static let untilKey = "lease_until"
    /// User attribute holding the length of the lease in seconds, as asked for.
    public static let secondsKey = "lease_seconds"

    /// The default lease of `tuner ask`: one day.
    public static let defaultSeconds: TimeInterval = 24 * 60 * 60

    /// The attributes that give a trial asked at `now` a lease of `seconds`.
    public static func attributes(seconds: TimeInterval, now: Date) -> [String: String] {
        [untilKey: String(now.addingTimeInterval(seconds).timeIntervalSince1970), secondsKey: format(seconds)]
    }

    /// The lease deadline of `trial`, if it has one.
    public static func deadline(of trial: Trial) -> Date? {
        trial.userAttributes[untilKey].flatMap(Double.init).map { Date(timeIntervalSince1970: $0) }
    }

    /// Whether `trial` holds a lease whose deadline has passed at `now`.
    public static func hasExpired(_ trial: Trial, at now: Date) -> Bool {
        deadline(of: trial).map { now > $0 } ?? false
    }

    /// `lease of 86400 s, until 2026-12-08T09:46:00Z`, or nil for a trial without a lease.
    public static func summary(of trial: Trial) -> String? {
        guard let deadline = deadline(of: trial) else { return nil }
        let seconds = trial.userAttributes[secondsKey] ?? "?"
        return "lease of \(seconds) s, until \(ISO8601DateFormatter().string(from: deadline))"
    }

    /// Checks a lease length: positive, finite and at most a year (a longer one would keep a lost trial
    /// running, unswept, for longer than any study lasts).
    public static func validate(seconds: TimeInterval) throws {
        guard seconds.isFinite, seconds > 0, seconds <= 366 * 24 * 60 * 60 else {
            throw StudyError.invalidArgument(
                name: "lease", reason: "must be a positive number of seconds, at most one year (31622400)")
        }
    }

    /// `86400`, `2.5`: whole seconds without a fraction.
    static func format(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
