import Foundation
import Randomness
import Testing

@testable import Tuning

/// `Study.ask` proposes for the number the next trial gets (generator and Sobol' index from it) and records the
/// proposal only under that number: when another worker recorded that trial first, the proposal is dropped and
/// made again from the history that includes it.
@Suite struct StudyProposalNumberTests {
    let space = try! SearchSpace([.float("x", 0, 1)])

    /// What a sampler was shown, proposal by proposal.
    final class ContextLog: @unchecked Sendable {
        private let lock = NSLock()
        private var contexts: [SamplingContext] = []
        func append(_ context: SamplingContext) { lock.withLock { contexts.append(context) } }
        var all: [SamplingContext] { lock.withLock { contexts } }
    }

    /// Proposes x = 0.25 and records the context.
    struct SpySampler: Sampler {
        let log: ContextLog
        var name: String { "spy" }
        mutating func propose(_ context: SamplingContext, using rng: inout Xoshiro256StarStar) throws -> Proposal {
            log.append(context)
            return .parameters(["x": .float(0.25)], notes: ["seen": String(context.trials.count)])
        }
    }

    /// Plays another worker: on its first `steals` budgeted inserts it first records a running trial at
    /// x = 0.9 itself, as a worker that read the same history and was quicker would.
    final class StealingStorage: TrialBudgetStorage, @unchecked Sendable {
        private let base = InMemoryStorage()
        private let lock = NSLock()
        private var steals: Int

        init(steals: Int) { self.steals = steals }

        func createTrial(in study: String, _ template: Trial, ifFewerThan limit: Int) throws -> Trial? {
            let steal: Bool = lock.withLock {
                defer { steals -= 1 }
                return steals > 0
            }
            if steal { _ = try base.createTrial(in: study, Trial(state: .running, params: ["x": .float(0.9)])) }
            return try base.createTrial(in: study, template, ifFewerThan: limit)
        }
        func createStudy(_ spec: StudySpec) throws { try base.createStudy(spec) }
        func study(named name: String) throws -> StudySpec? { try base.study(named: name) }
        func createTrial(in study: String, _ template: Trial) throws -> Trial {
            try base.createTrial(in: study, template)
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
    }

    @Test func theGeneratorIsThatOfTheTrialNumber() throws {
        let study = try Study(space: space, sampler: RandomSampler(), seed: 11)
        _ = try study.add(params: ["x": .float(0.5)], value: 1)
        let trial = try #require(try study.ask())
        var rng = Study.proposalGenerator(seed: 11, trialNumber: 1)
        #expect(trial.number == 1 && trial.params == RandomSampler.sample(space, using: &rng))
        var other = Study.proposalGenerator(seed: 11, trialNumber: 0)
        #expect(trial.params != RandomSampler.sample(space, using: &other))
    }

    @Test func theSobolIndexIsTheTrialNumber() throws {
        var sampler = SobolSampler()
        var rng = Xoshiro256StarStar(seed: 1)
        let five = (0..<5).map { Trial(number: $0, state: .complete, params: ["x": .float(0.1)], value: 1) }
        let afterFive = try sampler.propose(
            SamplingContext(space: space, direction: .minimize, trials: five, seed: 2), using: &rng)
        let forFive = try sampler.propose(
            SamplingContext(space: space, direction: .minimize, trials: [], seed: 2, trialNumber: 5), using: &rng)
        let forSix = try sampler.propose(
            SamplingContext(space: space, direction: .minimize, trials: five, seed: 2, trialNumber: 6), using: &rng)
        #expect(afterFive == forFive && forFive != forSix)
    }

    @Test func aProposalForANumberAnotherWorkerTookIsMadeAgainFromTheNewHistory() throws {
        let log = ContextLog()
        let storage = StealingStorage(steals: 1)
        let study = try Study(space: space, sampler: SpySampler(log: log), storage: storage, seed: 3)
        let trial = try #require(try study.ask(studyLimit: 10))
        #expect(trial.number == 1 && trial.params == ["x": .float(0.25)] && trial.userAttributes["seen"] == "1")
        #expect(log.all.map(\.trialNumber) == [0, 1])
        #expect(log.all.last?.trials.map(\.params) == [["x": .float(0.9)]], "the other worker's trial, running")
        #expect(try study.trials.map(\.params) == [["x": .float(0.9)], ["x": .float(0.25)]])
        // Without a study limit the insert is still refused when the number was taken.
        let again = try Study(
            name: "again", space: space, sampler: SpySampler(log: log), storage: StealingStorage(steals: 2))
        #expect(try again.ask()?.number == 2)
    }

    @Test func theBudgetEndsTheStudyWithoutAProposal() throws {
        let log = ContextLog()
        let study = try Study(space: space, sampler: SpySampler(log: log), storage: StealingStorage(steals: 1))
        #expect(try study.ask(studyLimit: 1) == nil, "the other worker took the last trial")
        #expect(try study.ask(studyLimit: 1) == nil)
        #expect(log.all.count == 1, "no proposal once the history holds the budget")
        #expect(try study.trials.count == 1)
    }

    @Test func oneWorkerProposesFromExactlyTheTrialsBefore() throws {
        // Trial n is the proposal for n from trials 0..<n with the generator of n, for every sampler.
        for sampler in [RandomSampler() as any Sampler, SobolSampler(), TPESampler(), GPSampler()] {
            let study = try Study(space: space, sampler: sampler, seed: 9)
            try study.optimize(ClosureObjective { t in abs(try t.float("x") - 0.3) }, trials: 8)
            let trials = try study.trials
            var fresh = sampler
            for n in [0, 7] {
                var rng = Study.proposalGenerator(seed: 9, trialNumber: n)
                let context = SamplingContext(
                    space: space, direction: .minimize, trials: Array(trials[..<n]), seed: 9)
                guard case .parameters(let expected, _) = try fresh.propose(context, using: &rng) else {
                    Issue.record("\(sampler.name) ended")
                    continue
                }
                #expect(trials[n].params == expected, "\(sampler.name), trial \(n)")
            }
        }
    }
}
