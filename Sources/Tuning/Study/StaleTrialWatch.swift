import Foundation

/// How a worker of a shared study waits, once the study's budget is spent, for trials that may still need
/// it: a trial running on another worker can turn out to be lost (its worker was killed) and be failed and
/// retried by a stale-trial sweep, and somebody has to run that retry. Without waiting, every live worker
/// would stop at the budget and the study would end one finished trial short, with a trial left running.
///
/// While it waits, the worker sweeps (`Study.failStaleTrials`, with `gracePeriod` and `retries`) every
/// `pollInterval` seconds and claims any waiting trial. It stops when no trial of the study is waiting and none
/// is running elsewhere (trials this process runs end by themselves, and leased trials of `tuner ask` belong
/// to another program), when the study is cancelled, or at the `optimize` timeout. With retries off, a lost
/// trial is only failed: the worker stops once it is.
public struct StaleTrialWatch: Sendable, Equatable {
    public var gracePeriod: TimeInterval
    public var retries: StaleTrialRetryPolicy
    public var pollInterval: TimeInterval

    public init(gracePeriod: TimeInterval, retries: StaleTrialRetryPolicy, pollInterval: TimeInterval) {
        self.gracePeriod = gracePeriod
        self.retries = retries
        self.pollInterval = pollInterval
    }
}

extension Study {
    /// After `ask` returned nil: waits per `staleTrialWatch` for a waiting trial (a retry) and returns it
    /// claimed, or nil when nothing is left to wait for (see `StaleTrialWatch`). Returns nil at once without a
    /// watch or when cancelled.
    func awaitLeftoverTrial(until deadline: Date?) throws -> Trial? {
        guard let watch = staleTrialWatch else { return nil }
        while !isCancelled {
            if let deadline, Date() >= deadline { return nil }
            _ = try failStaleTrials(heartbeatOlderThan: watch.gracePeriod, retries: watch.retries)
            if !isCancelled, let retry = try storage.claimWaitingTrial(in: name, now: Date()) { return retry }
            let pending = try trials.contains { trial in
                trial.state == .waiting
                    || (trial.state == .running && !runningHere.contains(trial.number)
                        && TrialLease.deadline(of: trial) == nil)
            }
            guard pending else { return nil }
            pause(watch.pollInterval)
        }
        return nil
    }

    /// Sleeps `seconds`, waking early when the study is cancelled.
    private func pause(_ seconds: TimeInterval) {
        let end = Date().addingTimeInterval(seconds)
        while !isCancelled, Date() < end { Thread.sleep(forTimeInterval: min(0.05, end.timeIntervalSinceNow)) }
    }

    /// Fails, with `reason`, every trial this object is evaluating now, for a process that must stop before
    /// its objectives return (a second interrupt, a hang-up): no trial of it is left running until a grace
    /// period passes. Returns the numbers of the trials it failed.
    @discardableResult
    public func abandonRunningTrials(reason: String = "interrupted") -> [Int] {
        var failed: [Int] = []
        for number in runningHere.all {
            do {
                try storage.finishTrial(
                    in: name, number: number, state: .failed, value: nil, reason: reason, at: Date())
                failed.append(number)
            } catch {
                continue  // finished meanwhile, or the storage is gone: nothing more can be done on the way out
            }
        }
        return failed
    }
}
