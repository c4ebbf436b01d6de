import Foundation
import Testing
import Tuning

/// Leased trials (`Study.ask(lease:)`, `TrialLease`): stale-trial sweeps leave them running until the lease and
/// the grace period have passed, and a result told after the lease is refused with a clear error.
extension StorageConformanceTests {
    private func leasedStudy(_ backend: StorageBackend) throws -> Study {
        try Study(name: Fixtures.uniqueName("leased"), space: Fixtures.space, storage: try backend.open(), seed: 3)
    }

    @Test(
        "a sweep leaves a leased trial running until its lease and the grace period have passed",
        arguments: StorageBackend.all)
    func sweepHonoursLease(_ backend: StorageBackend) throws {
        let study = try leasedStudy(backend)
        let asked = try #require(try study.ask(lease: 600))
        let deadline = try #require(TrialLease.deadline(of: asked))
        #expect(asked.userAttributes[TrialLease.secondsKey] == "600")
        // Its heartbeat is 300 s old but its lease runs for another 300 s: not stale.
        let meanwhile = deadline.addingTimeInterval(-300)
        #expect(
            try study.failStaleTrials(heartbeatOlderThan: 60, retries: .init(enqueue: true), now: meanwhile)
                .isEmpty)
        #expect(try study.trial(asked.number).state == .running)
        // Within the grace period after the lease: still running.
        #expect(try study.failStaleTrials(heartbeatOlderThan: 60, now: deadline.addingTimeInterval(30)).isEmpty)
        // Past lease and grace: failed, with the lease in the reason.
        let late = deadline.addingTimeInterval(61.5)
        #expect(try study.failStaleTrials(heartbeatOlderThan: 60, now: late) == [asked.number])
        let failed = try study.trial(asked.number)
        #expect(failed.state == .failed)
        #expect(failed.failureReason == "stale (lease of 600 s expired 61 s ago)")
    }

    @Test("a result told within the lease is recorded, reopened from another handle", arguments: StorageBackend.all)
    func tellWithinLease(_ backend: StorageBackend) throws {
        let study = try leasedStudy(backend)
        let asked = try #require(try study.ask(lease: 600))
        let reopened = try Study(name: study.name, space: Fixtures.space, storage: try backend.open())
        #expect(try reopened.tell(asked.number, value: 0.25).state == .complete)
    }

    @Test("a result told after the lease is refused with the lease and the trial's fate", arguments: StorageBackend.all)
    func tellAfterLease(_ backend: StorageBackend) throws {
        let study = try leasedStudy(backend)
        let asked = try #require(try study.ask(lease: 0.2))
        Thread.sleep(forTimeInterval: 0.3)
        do {
            try study.tell(asked.number, value: 1)
            Issue.record("a result after the lease was recorded")
        } catch let error as StudyError {
            guard case .leaseExpired(_, let number, _, let state, let seconds) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(number == asked.number && state == .running && seconds == "0.2")
            #expect(error.description.contains("lease of 0.2 s expired"))
            #expect(error.description.contains("--lease"))
        }
        // Once swept, the refusal says the trial is failed; it is never finished twice.
        _ = try study.failStaleTrials(heartbeatOlderThan: 0.01)
        #expect(throws: StudyError.self) { try study.tell(asked.number, failedBecause: "late") }
        #expect(try study.trial(asked.number).failureReason?.hasPrefix("stale (lease of 0.2 s") == true)
    }

    @Test("a retry claimed by a leased ask gets the lease", arguments: StorageBackend.all)
    func claimedTrialGetsLease(_ backend: StorageBackend) throws {
        let study = try leasedStudy(backend)
        let queued = try study.enqueue(Fixtures.params)
        let asked = try #require(try study.ask(lease: 120))
        #expect(asked.number == queued.number)
        #expect(TrialLease.deadline(of: asked) != nil)
        #expect(TrialLease.deadline(of: try study.trial(asked.number)) == TrialLease.deadline(of: asked))
        // Trials asked without a lease have none.
        #expect(TrialLease.deadline(of: try #require(try study.ask())) == nil)
    }

    @Test("a lease must be positive, finite and at most a year", arguments: [0, -1, .infinity, .nan, 4e7])
    func invalidLease(_ seconds: Double) throws {
        let study = try Study(space: Fixtures.space)
        #expect(throws: StudyError.self) { try study.ask(lease: seconds) }
        #expect(try study.trials.isEmpty)
    }
}
