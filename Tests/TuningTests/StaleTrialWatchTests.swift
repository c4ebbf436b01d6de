import Foundation
import Testing

@testable import Tuning

/// A worker at a shared study's budget waits for other workers' running trials and runs the retry of one whose
/// worker died (`StaleTrialWatch`), and a process that must stop at once fails its own running trials.
@Suite struct StaleTrialWatchTests {
    let space = try! SearchSpace([.float("x", 0, 1)])

    /// A study of budget 3 whose trial 0 was started by a worker that is gone (its heartbeat stops now).
    func studyWithDeadWorker(watch: StaleTrialWatch?) throws -> Study {
        let storage = InMemoryStorage()
        let study = try Study(space: space, storage: storage, seed: 5)
        let now = Date()
        _ = try storage.createTrial(
            in: study.name, Trial(state: .running, params: ["x": .float(0.5)], startedAt: now, heartbeat: now))
        study.staleTrialWatch = watch
        return study
    }

    @Test func atTheBudgetAWorkerWaitsOutTheGracePeriodAndRunsTheRetry() throws {
        let study = try studyWithDeadWorker(
            watch: StaleTrialWatch(gracePeriod: 0.3, retries: .init(enqueue: true), pollInterval: 0.05))
        let summary = try study.optimize(ClosureObjective { try $0.float("x") }, studyLimit: 3)
        let trials = try study.trials
        #expect(trials.filter { $0.state == .complete }.count == 3, "the budget of finished trials")
        #expect(trials.filter { $0.state == .running }.isEmpty, "no trial left running")
        #expect(trials[0].state == .failed && trials[0].failureReason?.hasPrefix("stale") == true)
        #expect(trials.last?.userAttributes[StaleTrials.retryOfKey] == "0")
        #expect(summary.trialsRun == 3)
    }

    @Test func withoutRetriesTheWorkerStopsOnceTheLostTrialIsFailed() throws {
        let study = try studyWithDeadWorker(
            watch: StaleTrialWatch(gracePeriod: 0.3, retries: .never, pollInterval: 0.05))
        try study.optimize(ClosureObjective { try $0.float("x") }, studyLimit: 3)
        let states = try study.trials.map(\.state)
        #expect(states == [.failed, .complete, .complete])
    }

    @Test func leasedTrialsOfAnotherProgramAreNotWaitedFor() throws {
        let study = try Study(space: space, seed: 5)
        _ = try study.ask(lease: 3600)
        study.staleTrialWatch = StaleTrialWatch(gracePeriod: 0.3, retries: .init(enqueue: true), pollInterval: 0.05)
        try study.optimize(ClosureObjective { try $0.float("x") }, studyLimit: 2)
        #expect(try study.trials.map(\.state) == [.running, .complete])
    }

    @Test func cancellingStopsTheWait() throws {
        let study = try studyWithDeadWorker(
            watch: StaleTrialWatch(gracePeriod: 3600, retries: .init(enqueue: true), pollInterval: 0.05))
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { study.cancel() }
        let summary = try study.optimize(ClosureObjective { try $0.float("x") }, studyLimit: 2)
        #expect(summary.cancelled)
        #expect(try study.trials.map(\.state) == [.running, .complete])
    }

    @Test func abandoningFailsOnlyThisProcesssRunningTrials() throws {
        let study = try studyWithDeadWorker(watch: nil)
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread {
            _ = try? study.optimize(
                ClosureObjective { _ in
                    started.signal()
                    release.wait()
                    return 1
                }, trials: 1)
            done.signal()
        }.start()
        started.wait()
        #expect(study.abandonRunningTrials() == [1])
        release.signal()
        done.wait()
        let trials = try study.trials
        #expect(trials[0].state == .running, "another worker's trial is not touched")
        #expect(trials[1].state == .failed && trials[1].failureReason == "interrupted")
    }
}
