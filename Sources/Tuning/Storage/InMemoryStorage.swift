import Foundation

/// A thread-safe `StudyStorage` in memory: one lock around a dictionary of studies. The reference
/// implementation of the storage contract (persistent backends are tested against the same behaviour).
public final class InMemoryStorage: TrialBudgetStorage, UniqueParametersStorage, StudyAttributeStorage,
    @unchecked Sendable
{
    private struct Record {
        var spec: StudySpec
        var trials: [Trial] = []
    }

    private let lock = NSLock()
    private var studies: [String: Record] = [:]

    public init() {}

    public func createStudy(_ spec: StudySpec) throws {
        try lock.withLock {
            guard studies[spec.name] == nil else { throw StorageError.studyExists(spec.name) }
            studies[spec.name] = Record(spec: spec)
        }
    }

    public func study(named name: String) throws -> StudySpec? { lock.withLock { studies[name]?.spec } }

    public func setStudyUserAttribute(in study: String, key: String, value: String) throws {
        try lock.withLock {
            guard studies[study] != nil else { throw StorageError.studyNotFound(study) }
            studies[study]?.spec.userAttributes[key] = value
        }
    }

    /// The names of every study, sorted (`StudyListing`).
    public func studyNames() throws -> [String] { lock.withLock { studies.keys.sorted() } }

    public func createTrial(in study: String, _ template: Trial) throws -> Trial {
        try lock.withLock {
            guard var record = studies[study] else { throw StorageError.studyNotFound(study) }
            var trial = template
            trial.number = record.trials.count
            record.trials.append(trial)
            studies[study] = record
            return trial
        }
    }

    public func createTrial(in study: String, _ template: Trial, ifFewerThan limit: Int) throws -> Trial? {
        try lock.withLock {
            guard var record = studies[study] else { throw StorageError.studyNotFound(study) }
            guard record.trials.count < limit else { return nil }
            var trial = template
            trial.number = record.trials.count
            record.trials.append(trial)
            studies[study] = record
            return trial
        }
    }

    public func createTrialUnlessParametersTaken(
        in study: String, _ template: Trial,
        ifFewerThan limit: Int?
    ) throws -> UniqueTrialCreation {
        try lock.withLock {
            guard var record = studies[study] else { throw StorageError.studyNotFound(study) }
            if let limit, record.trials.count >= limit { return .budgetSpent }
            if let holder = record.trials.first(where: { UniqueParameters.holds($0, template.params) }) {
                return .parametersTaken(byTrial: holder.number)
            }
            var trial = template
            trial.number = record.trials.count
            record.trials.append(trial)
            studies[study] = record
            return .created(trial)
        }
    }

    public func claimWaitingTrial(in study: String, now: Date) throws -> Trial? {
        try lock.withLock {
            guard var record = studies[study] else { throw StorageError.studyNotFound(study) }
            guard let i = record.trials.firstIndex(where: { $0.state == .waiting }) else { return nil }
            record.trials[i].state = .running
            record.trials[i].startedAt = now
            record.trials[i].heartbeat = now
            studies[study] = record
            return record.trials[i]
        }
    }

    /// Applies `change` to a running trial under the lock.
    private func updateRunning(
        _ study: String, _ number: Int, to target: TrialState = .running,
        _ change: (inout Trial) -> Void
    ) throws {
        try lock.withLock {
            guard var record = studies[study] else { throw StorageError.studyNotFound(study) }
            guard record.trials.indices.contains(number) else {
                throw StorageError.trialNotFound(study: study, number: number)
            }
            let state = record.trials[number].state
            guard state == .running else {
                throw StorageError.invalidTransition(number: number, from: state, to: target)
            }
            change(&record.trials[number])
            studies[study] = record
        }
    }

    public func setParams(in study: String, number: Int, _ params: Parameters) throws {
        try updateRunning(study, number) { $0.params = params }
    }

    public func reportIntermediate(in study: String, number: Int, step: Int, value: Double) throws {
        try updateRunning(study, number) { $0.intermediateValues[step] = value }
    }

    public func heartbeat(in study: String, number: Int, at time: Date) throws {
        try updateRunning(study, number) { $0.heartbeat = time }
    }

    public func setUserAttribute(in study: String, number: Int, key: String, value: String) throws {
        try updateRunning(study, number) { $0.userAttributes[key] = value }
    }

    public func finishTrial(
        in study: String, number: Int, state: TrialState, value: Double?, metrics: [String: Double],
        reason: String?, at time: Date
    ) throws {
        guard state.isFinished else { throw StorageError.invalidTransition(number: number, from: .running, to: state) }
        try updateRunning(study, number, to: state) {
            $0.state = state
            $0.value = value
            $0.metrics = metrics
            $0.failureReason = reason
            $0.finishedAt = time
        }
    }

    public func trials(in study: String) throws -> [Trial] {
        try lock.withLock {
            guard let record = studies[study] else { throw StorageError.studyNotFound(study) }
            return record.trials
        }
    }
}
