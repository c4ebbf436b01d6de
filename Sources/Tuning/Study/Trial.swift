import Foundation

/// The life cycle of a trial:
/// `waiting` (enqueued, not yet claimed) → `running` → `complete` | `pruned` | `failed`.
/// Imported trials are created directly in a finished state.
public enum TrialState: String, Codable, Sendable, CaseIterable {
    case waiting, running, complete, pruned, failed

    /// Whether the state is final.
    public var isFinished: Bool { self == .complete || self == .pruned || self == .failed }
}

/// Whether the objective is minimized or maximized.
public enum Direction: String, Codable, Sendable, CaseIterable {
    case minimize, maximize

    /// The value as a loss (lower is better): `value` when minimizing, `−value` when maximizing.
    public func loss(_ value: Double) -> Double { self == .minimize ? value : -value }

    /// Whether `a` is strictly better than `b`.
    public func isBetter(_ a: Double, than b: Double) -> Bool { loss(a) < loss(b) }
}

/// One evaluation of the objective: its parameters, state, result and record.
public struct Trial: Codable, Sendable, Hashable, Identifiable {
    /// Unique within the study, assigned by the storage in creation order from 0.
    public var number: Int
    public var state: TrialState
    /// The active parameters (empty while a waiting trial has not been given parameters).
    public var params: Parameters
    /// The final value (complete trials; pruned trials carry their last intermediate value).
    public var value: Double?
    /// Every metric of a study with several objectives or with constraints, by name (the primary objective's
    /// value is also `value`); empty in a classic single-objective study.
    public var metrics: [String: Double]
    /// Intermediate values reported by the objective, by step (epoch).
    public var intermediateValues: [Int: Double]
    /// Why a trial failed (an error message, "NaN", a tail of stderr, "interrupted").
    public var failureReason: String?
    public var createdAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?
    /// Last sign of life of a running trial (workers on other machines refresh it; stale ones can be failed).
    public var heartbeat: Date?
    /// Free-form notes: the jitter a GP fit needed, the command run, the worker's host.
    public var userAttributes: [String: String]

    public var id: Int { number }

    public init(
        number: Int = 0, state: TrialState, params: Parameters = [:], value: Double? = nil,
        metrics: [String: Double] = [:], intermediateValues: [Int: Double] = [:], failureReason: String? = nil,
        createdAt: Date = Date(),
        startedAt: Date? = nil, finishedAt: Date? = nil, heartbeat: Date? = nil,
        userAttributes: [String: String] = [:]
    ) {
        self.number = number
        self.state = state
        self.params = params
        self.value = value
        self.metrics = metrics
        self.intermediateValues = intermediateValues
        self.failureReason = failureReason
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.heartbeat = heartbeat
        self.userAttributes = userAttributes
    }

    /// The largest step with an intermediate value, if any.
    public var lastStep: Int? { intermediateValues.keys.max() }

    /// Seconds from start to finish, when both are known.
    public var duration: Double? {
        guard let s = startedAt, let f = finishedAt else { return nil }
        return f.timeIntervalSince(s)
    }
}
