import Tuning

extension WorkerSettings {
    /// How a worker waits at the budget for lost trials (`StaleTrialWatch`): the study's grace period and retry
    /// policy, checked every heartbeat interval (at most every half grace period).
    public var staleTrialWatch: StaleTrialWatch {
        StaleTrialWatch(
            gracePeriod: grace, retries: StaleTrialRetryPolicy(enqueue: retryStale),
            pollInterval: max(0.01, min(heartbeatInterval, grace / 2)))
    }
}
