import Tuning

/// How a participant keeps a shared (persistent) study healthy: heartbeats for its own trials, and sweeping
/// others' stale ones, with the study's settings (defaults: a heartbeat every 5 s, stale after 60 s without
/// one, no retries).
public struct WorkerSettings: Sendable, Equatable {
    public let heartbeatInterval: Double
    public let grace: Double
    public let retryStale: Bool

    public init(_ config: StudyConfig) {
        heartbeatInterval = config.heartbeat ?? 5
        grace = config.grace ?? 60
        retryStale = config.retryStale ?? false
    }

    /// Fails every running trial of `study` whose heartbeat is older than `grace` seconds (enqueueing a retry
    /// when `retryStale`).
    public func sweepStaleTrials(_ study: Study) throws {
        try study.failStaleTrials(heartbeatOlderThan: grace, retries: StaleTrialRetryPolicy(enqueue: retryStale))
    }
}
