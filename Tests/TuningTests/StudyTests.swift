import Foundation
import Randomness
import Testing

@testable import Tuning

@Suite struct StudyTests {
    let space = try! SearchSpace([.float("x", -5, 5), .int("k", 1, 4), .categorical("c", ["a", "b"])])

    static func quadratic(_ t: TrialContext) throws -> Double {
        let x = try t.float("x")
        return (x - 1) * (x - 1) + Double(try t.int("k")) + (try t.string("c") == "b" ? 0 : 1)
    }

    @Test func askAndTellRecordTheLifeCycle() throws {
        let study = try Study(space: space, seed: 1)
        let t = try #require(try study.ask())
        #expect(t.state == .running && t.number == 0 && t.startedAt != nil)
        try study.report(t.number, step: 1, value: 3)
        let done = try study.tell(t.number, value: 2.5)
        #expect(
            done.state == .complete && done.value == 2.5 && done.intermediateValues == [1: 3] && done.finishedAt != nil)
        #expect(throws: StorageError.self) { try study.tell(t.number, value: 1) }
    }

    @Test func sameSeedOneJobGivesIdenticalTrials() throws {
        func run(_ seed: UInt64, _ sampler: any Sampler) throws -> [Parameters] {
            let study = try Study(space: space, sampler: sampler, seed: seed)
            try study.optimize(ClosureObjective(Self.quadratic), trials: 15)
            return try study.trials.map(\.params)
        }
        for sampler in [RandomSampler() as any Sampler, SobolSampler(), TPESampler()] {
            #expect(try run(7, sampler) == run(7, sampler), "\(sampler.name)")
            #expect(try run(7, sampler) != run(8, sampler), "\(sampler.name)")
        }
    }

    @Test func failingObjectivesLeaveFailedTrialsAndTheStudyGoesOn() throws {
        struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }
        let study = try Study(space: space, seed: 2)
        let objective = ClosureObjective { t in
            switch t.number % 4 {
            case 0: throw Boom()
            case 1: return .nan
            case 2: return .infinity
            default: return 1
            }
        }
        let summary = try study.optimize(objective, trials: 8)
        #expect(summary.trialsRun == 8)
        let trials = try study.trials
        #expect(trials.map(\.state) == [.failed, .failed, .failed, .complete, .failed, .failed, .failed, .complete])
        #expect(trials[0].failureReason == "boom")
        #expect(trials[1].failureReason?.contains("nan") == true)
        #expect(try study.bestTrial?.number == 3)
    }

    @Test func failurePolicyCountsFailedConfigurationsAsTheWorstObservedValue() throws {
        let trials = [
            Trial(number: 0, state: .complete, params: ["x": 0.0], value: 2),
            Trial(number: 1, state: .failed, params: ["x": 1.0], failureReason: "crash"),
            Trial(number: 2, state: .complete, params: ["x": 2.0], value: 5),
            Trial(number: 3, state: .running, params: ["x": 3.0]),
        ]
        let space = try SearchSpace([.float("x", 0, 5)])
        let worst = SamplingContext(space: space, direction: .minimize, trials: trials, failurePolicy: .worstObserved)
        #expect(worst.completedObservations().map(\.loss) == [2, 5, 5])
        #expect(worst.completedObservations().map(\.trial.number) == [0, 1, 2])
        let ignore = SamplingContext(space: space, direction: .minimize, trials: trials, failurePolicy: .ignore)
        #expect(ignore.completedObservations().map(\.trial.number) == [0, 2])
        let maximize = SamplingContext(space: space, direction: .maximize, trials: trials)
        #expect(
            maximize.completedObservations().map(\.loss) == [-2, -2, -5], "worst when maximizing is the lowest value")
        #expect(worst.pendingTrials.map(\.number) == [3])
    }

    @Test func enqueuedParametersRunFirstAndImportedTrialsCount() throws {
        let study = try Study(space: space, direction: .maximize, seed: 3)
        try study.enqueue(["x": 4.0, "k": 2, "c": "a"])
        #expect(throws: SearchSpaceError.invalidValue(parameter: "x", value: 9.0)) {
            try study.enqueue(["x": 9.0, "k": 2, "c": "a"])
        }
        try study.add(params: ["x": 0.5, "k": 1, "c": "b"], value: 100)
        #expect(throws: StudyError.self) {
            try study.add(Trial(state: .running, params: ["x": 0.5, "k": 1, "c": "b"]))
        }
        let first = try #require(try study.ask())
        #expect(first.number == 0 && first.params == ["x": 4.0, "k": 2, "c": "a"])
        try study.tell(first.number, value: 3)
        #expect(try study.bestTrial?.number == 1, "maximize: the imported 100 is best")
        #expect(try study.bestValue == 100)
    }

    @Test func reopeningAStudyContinuesFromStorage() throws {
        let storage = InMemoryStorage()
        let a = try Study(name: "s", space: space, storage: storage, seed: 9)
        try a.optimize(ClosureObjective(Self.quadratic), trials: 3)
        let b = try Study(name: "s", space: space, storage: storage, seed: 1234)
        #expect(b.seed == 9)
        try b.optimize(ClosureObjective(Self.quadratic), trials: 2)
        #expect(try b.trials.count == 5)
        #expect(throws: StudyError.specMismatch(study: "s", field: "direction")) {
            try Study(name: "s", space: space, direction: .maximize, storage: storage)
        }
    }

    @Test func parallelJobsRunEveryTrialOnce() throws {
        let study = try Study(space: space, sampler: TPESampler(), seed: 4)
        let finished = ClaimLog()
        let summary = try study.optimize(
            ClosureObjective { t in
                Thread.sleep(forTimeInterval: 0.002)
                return try Self.quadratic(t)
            }, trials: 24, jobs: 3, onTrialFinished: { finished.add($0.number) })
        #expect(summary.trialsRun == 24)
        #expect(finished.numbers.sorted() == Array(0..<24))
        #expect(try study.trials.allSatisfy { $0.state == .complete })
    }

    @Test func cancellationStopsTheStudyAndInterruptsRunningTrials() throws {
        let study = try Study(space: space, seed: 5)
        let summary = try study.optimize(
            ClosureObjective { t in
                if t.number == 2 { study.cancel() }
                if t.isCancelled { throw TrialInterrupted() }
                return 1
            }, trials: 50)
        #expect(summary.cancelled)
        let trials = try study.trials
        #expect(trials.count == 3)
        #expect(trials[2].state == .failed && trials[2].failureReason == "interrupted")
        #expect(try study.ask() == nil)
    }

    @Test func badArgumentsAreRejectedByName() throws {
        let study = try Study(space: space)
        #expect(throws: StudyError.invalidArgument(name: "jobs", reason: "must be ≥ 1")) {
            try study.optimize(ClosureObjective { _ in 0 }, trials: 1, jobs: 0)
        }
        #expect(throws: StudyError.self) { try study.optimize(ClosureObjective { _ in 0 }, trials: -1) }
    }
}

@Suite struct StudyBudgetTests {
    /// Each trial outlasts the time limit, so the limit has passed whenever a trial ends: exactly one trial
    /// starts (of a budget of 5), and it is allowed to finish.
    @Test func aTimeLimitStopsStartingTrials() throws {
        let study = try Study(space: try SearchSpace([.float("x", 0, 1)]), seed: 1)
        let summary = try study.optimize(
            ClosureObjective { _ in
                Thread.sleep(forTimeInterval: 0.3)
                return 1
            },
            trials: 5, timeout: 0.1)
        #expect(summary.trialsRun == 1)
        #expect(try study.trials.map(\.state) == [.complete])
    }

    @Test func samplerNotesAreRecordedWithTheTrial() throws {
        struct NotingSampler: Sampler {
            var name: String { "noting" }
            mutating func propose(_ context: SamplingContext, using rng: inout Xoshiro256StarStar) throws -> Proposal {
                .parameters(["x": 0.5], notes: ["jitter": "1e-8"])
            }
        }
        let study = try Study(space: try SearchSpace([.float("x", 0, 1)]), sampler: NotingSampler())
        let t = try #require(try study.ask())
        #expect(t.userAttributes["jitter"] == "1e-8")
        try study.report(t.number, step: 0, value: 1)
        #expect(try study.trial(t.number).heartbeat! >= t.heartbeat!)
    }
}

@Suite struct StaleTrialTests {
    @Test func runningTrialsWithoutRecentHeartbeatAreFailed() throws {
        let study = try Study(space: try SearchSpace([.float("x", 0, 1)]), seed: 1)
        let old = try #require(try study.ask())
        let fresh = try #require(try study.ask())
        let later = Date().addingTimeInterval(100)
        try study.storage.heartbeat(in: study.name, number: fresh.number, at: later)
        #expect(try study.failStaleTrials(heartbeatOlderThan: 60, now: later.addingTimeInterval(10)) == [old.number])
        #expect(try study.trial(old.number).state == .failed)
        #expect(try study.trial(fresh.number).state == .running)
    }
}
