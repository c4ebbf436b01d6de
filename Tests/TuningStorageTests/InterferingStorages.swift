import Foundation
import Tuning

/// A storage that forwards every call to `base`: the base class of the test storages that interfere with a
/// study the way other worker processes would.
class ForwardingStorage: StaleTrialSweeping, TrialBudgetStorage, UniqueParametersStorage, @unchecked Sendable {
    let base: any StorageBackend.Storage

    init(_ base: any StorageBackend.Storage) { self.base = base }

    func createStudy(_ spec: StudySpec) throws { try base.createStudy(spec) }
    func study(named name: String) throws -> StudySpec? { try base.study(named: name) }
    func createTrial(in study: String, _ template: Trial) throws -> Trial { try base.createTrial(in: study, template) }
    func createTrial(in study: String, _ template: Trial, ifFewerThan limit: Int) throws -> Trial? {
        try base.createTrial(in: study, template, ifFewerThan: limit)
    }
    func createTrialUnlessParametersTaken(in study: String, _ template: Trial, ifFewerThan limit: Int?) throws
        -> UniqueTrialCreation
    {
        try base.createTrialUnlessParametersTaken(in: study, template, ifFewerThan: limit)
    }
    func claimWaitingTrial(in study: String, now: Date) throws -> Trial? {
        try base.claimWaitingTrial(in: study, now: now)
    }
    func setParams(in study: String, number: Int, _ params: Parameters) throws {
        try base.setParams(in: study, number: number, params)
    }
    func reportIntermediate(in study: String, number: Int, step: Int, value: Double) throws {
        try base.reportIntermediate(in: study, number: number, step: step, value: value)
    }
    func heartbeat(in study: String, number: Int, at time: Date) throws {
        try base.heartbeat(in: study, number: number, at: time)
    }
    func setUserAttribute(in study: String, number: Int, key: String, value: String) throws {
        try base.setUserAttribute(in: study, number: number, key: key, value: value)
    }
    func finishTrial(
        in study: String, number: Int, state: TrialState, value: Double?, metrics: [String: Double],
        reason: String?, at time: Date
    ) throws {
        try base.finishTrial(
            in: study, number: number, state: state, value: value, metrics: metrics, reason: reason, at: time)
    }
    func trials(in study: String) throws -> [Trial] { try base.trials(in: study) }
    func failStaleTrials(
        in study: String, gracePeriod: TimeInterval, now: Date,
        retries: StaleTrialRetryPolicy
    ) throws -> StaleTrialSweep {
        try base.failStaleTrials(in: study, gracePeriod: gracePeriod, now: now, retries: retries)
    }
}

/// Plays "another worker in another process": on each of its first `steals` unique inserts it first records
/// the same point itself (as a concurrent worker that read the same history would), so the caller's insert
/// finds the point taken.
final class InterleavingStorage: ForwardingStorage, @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: Int
    private var stolenPoints: [Parameters] = []
    private var calls = 0

    init(steals: Int) {
        remaining = steals
        super.init(InMemoryStorage())
    }

    /// The points recorded behind the caller's back, in order.
    var stolen: [Parameters] { lock.withLock { stolenPoints } }
    /// How many unique inserts were asked for.
    var uniqueInserts: Int { lock.withLock { calls } }

    override func createTrialUnlessParametersTaken(in study: String, _ template: Trial, ifFewerThan limit: Int?) throws
        -> UniqueTrialCreation
    {
        let steal: Bool = lock.withLock {
            calls += 1
            guard remaining > 0 else { return false }
            remaining -= 1
            stolenPoints.append(template.params)
            return true
        }
        if steal { _ = try base.createTrial(in: study, Trial(state: .running, params: template.params)) }
        return try base.createTrialUnlessParametersTaken(in: study, template, ifFewerThan: limit)
    }
}

/// Makes workers read the history together: each `trials(in:)` reads, then waits until `parties` readers have
/// read (or `patience` seconds have passed, for the end of a run) before returning. Workers with the same seed that
/// read the same history propose the same grid point, so every round is a clash for the unique insert to settle.
final class GatheringStorage: ForwardingStorage, @unchecked Sendable {
    private let gate: Gate
    private let lock = NSLock()
    private var gatherings: Int

    /// Gathers at the first `gatheredReads` reads of this handle (every read by default).
    init(_ base: any StorageBackend.Storage, gate: Gate, gatheredReads: Int = .max) {
        self.gate = gate
        self.gatherings = gatheredReads
        super.init(base)
    }

    override func trials(in study: String) throws -> [Trial] {
        let history = try base.trials(in: study)
        let gather: Bool = lock.withLock {
            defer { gatherings -= gatherings > 0 ? 1 : 0 }
            return gatherings > 0
        }
        if gather { gate.gather() }  // nobody goes on to record a trial before all have read
        return history
    }

    /// A cyclic barrier with a timeout, shared by the workers' storages.
    final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private let parties: Int
        private let patience: TimeInterval
        private var waiting = 0
        private var generation = 0

        init(parties: Int, patience: TimeInterval = 0.05) {
            self.parties = parties
            self.patience = patience
        }

        func gather() {
            condition.lock()
            defer { condition.unlock() }
            let mine = generation
            waiting += 1
            if waiting == parties {
                waiting = 0
                generation += 1
                condition.broadcast()
                return
            }
            let deadline = Date().addingTimeInterval(patience)
            while generation == mine {
                if !condition.wait(until: deadline) {
                    // Gave up waiting: leave this round (the others still count towards it).
                    if generation == mine { waiting -= 1 }
                    return
                }
            }
        }
    }
}

/// An in-memory storage with only the basic `StudyStorage` operations (no atomic refinements).
final class PlainStorage: StudyStorage, @unchecked Sendable {
    private let base = InMemoryStorage()

    func createStudy(_ spec: StudySpec) throws { try base.createStudy(spec) }
    func study(named name: String) throws -> StudySpec? { try base.study(named: name) }
    func createTrial(in study: String, _ template: Trial) throws -> Trial { try base.createTrial(in: study, template) }
    func claimWaitingTrial(in study: String, now: Date) throws -> Trial? {
        try base.claimWaitingTrial(in: study, now: now)
    }
    func setParams(in study: String, number: Int, _ params: Parameters) throws {
        try base.setParams(in: study, number: number, params)
    }
    func reportIntermediate(in study: String, number: Int, step: Int, value: Double) throws {
        try base.reportIntermediate(in: study, number: number, step: step, value: value)
    }
    func heartbeat(in study: String, number: Int, at time: Date) throws {
        try base.heartbeat(in: study, number: number, at: time)
    }
    func setUserAttribute(in study: String, number: Int, key: String, value: String) throws {
        try base.setUserAttribute(in: study, number: number, key: key, value: value)
    }
    func finishTrial(
        in study: String, number: Int, state: TrialState, value: Double?, metrics: [String: Double],
        reason: String?, at time: Date
    ) throws {
        try base.finishTrial(
            in: study, number: number, state: state, value: value, metrics: metrics, reason: reason, at: time)
    }
    func trials(in study: String) throws -> [Trial] { try base.trials(in: study) }
}
