import Foundation
import Tuning

/// An in-memory storage that plays "another worker in another process": on each of its first `steals`
/// unique inserts it first records the same point itself (as a concurrent worker that read the same history
/// would), so the caller's insert finds the point taken.
final class InterleavingStorage: UniqueParametersStorage, @unchecked Sendable {
    private let base = InMemoryStorage()
    private let lock = NSLock()
    private var remaining: Int
    private var stolenPoints: [Parameters] = []
    private var calls = 0

    init(steals: Int) { remaining = steals }

    /// The points recorded behind the caller's back, in order.
    var stolen: [Parameters] { lock.withLock { stolenPoints } }
    /// How many unique inserts were asked for.
    var uniqueInserts: Int { lock.withLock { calls } }

    func createTrialUnlessParametersTaken(in study: String, _ template: Trial, ifFewerThan limit: Int?) throws -> UniqueTrialCreation {
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

    func createStudy(_ spec: StudySpec) throws { try base.createStudy(spec) }
    func study(named name: String) throws -> StudySpec? { try base.study(named: name) }
    func createTrial(in study: String, _ template: Trial) throws -> Trial { try base.createTrial(in: study, template) }
    func claimWaitingTrial(in study: String, now: Date) throws -> Trial? { try base.claimWaitingTrial(in: study, now: now) }
    func setParams(in study: String, number: Int, _ params: Parameters) throws { try base.setParams(in: study, number: number, params) }
    func reportIntermediate(in study: String, number: Int, step: Int, value: Double) throws {
        try base.reportIntermediate(in: study, number: number, step: step, value: value)
    }
    func heartbeat(in study: String, number: Int, at time: Date) throws { try base.heartbeat(in: study, number: number, at: time) }
    func setUserAttribute(in study: String, number: Int, key: String, value: String) throws {
        try base.setUserAttribute(in: study, number: number, key: key, value: value)
    }
    func finishTrial(in study: String, number: Int, state: TrialState, value: Double?, reason: String?, at time: Date) throws {
        try base.finishTrial(in: study, number: number, state: state, value: value, reason: reason, at: time)
    }
    func trials(in study: String) throws -> [Trial] { try base.trials(in: study) }
}

/// An in-memory storage with only the basic `StudyStorage` operations (no atomic refinements).
final class PlainStorage: StudyStorage, @unchecked Sendable {
    private let base = InMemoryStorage()

    func createStudy(_ spec: StudySpec) throws { try base.createStudy(spec) }
    func study(named name: String) throws -> StudySpec? { try base.study(named: name) }
    func createTrial(in study: String, _ template: Trial) throws -> Trial { try base.createTrial(in: study, template) }
    func claimWaitingTrial(in study: String, now: Date) throws -> Trial? { try base.claimWaitingTrial(in: study, now: now) }
    func setParams(in study: String, number: Int, _ params: Parameters) throws { try base.setParams(in: study, number: number, params) }
    func reportIntermediate(in study: String, number: Int, step: Int, value: Double) throws {
        try base.reportIntermediate(in: study, number: number, step: step, value: value)
    }
    func heartbeat(in study: String, number: Int, at time: Date) throws { try base.heartbeat(in: study, number: number, at: time) }
    func setUserAttribute(in study: String, number: Int, key: String, value: String) throws {
        try base.setUserAttribute(in: study, number: number, key: key, value: value)
    }
    func finishTrial(in study: String, number: Int, state: TrialState, value: Double?, reason: String?, at time: Date) throws {
        try base.finishTrial(in: study, number: number, state: state, value: value, reason: reason, at: time)
    }
    func trials(in study: String) throws -> [Trial] { try base.trials(in: study) }
}
