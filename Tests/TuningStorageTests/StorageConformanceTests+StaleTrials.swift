import Foundation
import Testing
import Tuning

/// Stale trials: failed once with the documented reason, retried once, even under concurrent sweeps.
extension StorageConformanceTests {
    /// A study with a fresh running trial (0), a stale one (1, heartbeat 300 s old), a stale one that never
    /// sent a heartbeat (2, started 200 s ago), a finished one (3) and a waiting one (4).
    private func staleStudy(_ storage: any StudyStorage, now: Date) throws -> String {
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        let s = spec.name
        _ = try storage.createTrial(
            in: s,
            Trial(
                state: .running, params: ["layers": .int(0)],
                startedAt: now.addingTimeInterval(-500), heartbeat: now.addingTimeInterval(-10)))
        _ = try storage.createTrial(
            in: s,
            Trial(
                state: .running, params: Fixtures.params,
                startedAt: now.addingTimeInterval(-900), heartbeat: now.addingTimeInterval(-300),
                userAttributes: ["host": "dead"]))
        _ = try storage.createTrial(
            in: s,
            Trial(
                state: .running, params: ["layers": .int(2)],
                createdAt: now.addingTimeInterval(-200), startedAt: now.addingTimeInterval(-200)))
        _ = try storage.createTrial(
            in: s,
            Trial(
                state: .complete, params: ["layers": .int(3)], value: 1,
                startedAt: now.addingTimeInterval(-999)))
        _ = try storage.createTrial(in: s, Trial(state: .waiting, createdAt: now.addingTimeInterval(-999)))
        return s
    }

    @Test("stale running trials fail with the reason and are retried once", arguments: StorageBackend.all)
    func staleTrialsFailAndRetry(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        let s = try staleStudy(storage, now: now)
        let sweep = try storage.failStaleTrials(
            in: s, gracePeriod: 60, now: now,
            retries: StaleTrialRetryPolicy(enqueue: true, maximum: 1))
        #expect(sweep == StaleTrialSweep(failed: [1, 2], retries: [5, 6]))
        let trials = try storage.trials(in: s)
        #expect(trials.map(\.state) == [.running, .failed, .failed, .complete, .waiting, .waiting, .waiting])
        #expect(trials[1].failureReason == "stale (no heartbeat for 300 s)")
        #expect(trials[2].failureReason == "stale (no heartbeat for 200 s)")
        #expect(sameTime(trials[1].finishedAt, now))
        #expect(trials[5].params == Fixtures.params)
        #expect(trials[5].userAttributes == [StaleTrials.retryOfKey: "1", StaleTrials.retryCountKey: "1"])
        #expect(trials[6].userAttributes[StaleTrials.retryOfKey] == "2")
        // A second sweep finds nothing; a retry that goes stale is failed but not retried past the maximum.
        #expect(
            try storage.failStaleTrials(in: s, gracePeriod: 60, now: now, retries: .init(enqueue: true, maximum: 1))
                == StaleTrialSweep())
        let claimed = try #require(try storage.claimWaitingTrial(in: s, now: now))
        #expect(claimed.number == 4)
        let retry = try #require(try storage.claimWaitingTrial(in: s, now: now))
        let later = now.addingTimeInterval(120)
        let again = try storage.failStaleTrials(
            in: s, gracePeriod: 60, now: later, retries: .init(enqueue: true, maximum: 1))
        // Trials 0 and 4 are originals (retried once more); trial 5 is a first retry (at the maximum).
        #expect(retry.number == 5)
        #expect(again == StaleTrialSweep(failed: [0, 4, 5], retries: [7, 8]))
        #expect(try storage.trials(in: s).count == 9)
    }

    @Test("without retries, stale trials are only failed", arguments: StorageBackend.all)
    func staleTrialsWithoutRetry(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        let s = try staleStudy(storage, now: now)
        #expect(
            try storage.failStaleTrials(in: s, gracePeriod: 60, now: now, retries: .never)
                == StaleTrialSweep(failed: [1, 2], retries: []))
        #expect(try storage.trials(in: s).count == 5)
        #expect(throws: StudyError.self) {
            try storage.failStaleTrials(in: s, gracePeriod: 0, now: now, retries: .never)
        }
    }

    @Test("concurrent sweeps fail each stale trial once and enqueue one retry each", arguments: StorageBackend.all)
    func concurrentSweeps(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        let s = try staleStudy(storage, now: now)
        let failed = NumberLog()
        let retried = NumberLog()
        try Fixtures.concurrently(6) { _ in
            let sweep = try backend.open().failStaleTrials(
                in: s, gracePeriod: 60, now: now,
                retries: StaleTrialRetryPolicy(enqueue: true))
            sweep.failed.forEach(failed.append)
            sweep.retries.forEach(retried.append)
        }
        #expect(failed.sorted == [1, 2])
        #expect(retried.sorted == [5, 6])
        let trials = try storage.trials(in: s)
        #expect(trials.count == 7)
        #expect(trials.filter { $0.userAttributes[StaleTrials.retryOfKey] != nil }.count == 2)
    }
}
