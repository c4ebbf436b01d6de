import Foundation
import Randomness
import Testing

@testable import Tuning

/// The `nsga2` sampler: valid proposals on a mixed space with conditional parameters, reproducible ones (same
/// seed and history, a fresh sampler), generations by trial number, which trials may be parents, and its options.
@Suite struct NSGAIISamplerTests {
    @Test func proposalsAreValidForAMixedSpaceWithConditionals() throws {
        let space = try SearchSpace([
            .float("lr", 1e-4, 1e-1, log: true), .int("units", 8, 512, log: true),
            .int("width", 32, 256, step: 32),
            .categorical("optimizer", [.string("adam"), .string("sgd"), .string("rmsprop")]),
            .float("momentum", 0, 0.99).when("optimizer", in: [.string("sgd")]),
            .categorical("nesterov", [.bool(true), .bool(false)]).when("optimizer", in: [.string("sgd")]),
            .int("restarts", 1, 10).when("nesterov", in: [.bool(true)]),
            .fixed("epochs", .int(20)),
        ])
        let study = try Study(
            space: space, objectives: NSGAIIFixture.twoObjectives, sampler: NSGAIIFixture.sampler(population: 8),
            seed: 4)
        _ = try study.optimize(
            MetricsObjective { trial in
                let lr = try trial.float("lr")
                let momentum = (try? trial.float("momentum")) ?? 0.5
                return ["f1": abs(log10(lr) + 2.5) + momentum, "f2": Double(try trial.int("units")) / 512]
            }, trials: 64)
        let trials = try study.trials
        #expect(trials.count == 64 && trials.allSatisfy { $0.state == .complete })
        for t in trials { #expect(try space.validate(t.params) == t.params, "trial \(t.number): \(t.params)") }
        let bred = trials.filter { $0.number >= 8 }
        #expect(bred.allSatisfy { $0.userAttributes["nsga2_parents"] != nil })
        #expect(bred.contains { $0.params["restarts"] != nil } && bred.contains { $0.params["momentum"] == nil })
        #expect(trials[20].userAttributes["nsga2_generation"] == "2")
    }

    @Test func theSameSeedAndHistoryGiveTheSameProposalAndAFreshSamplerReproducesIt() throws {
        let history = try NSGAIIFixture.zdtRun(NSGAIIFixture.sampler(population: 10), seed: 2, trials: 30)
        let context = SamplingContext(
            space: NSGAIIFixture.zdtSpace, direction: .minimize, trials: history, seed: 2,
            objectives: NSGAIIFixture.twoObjectives)
        var used = NSGAIIFixture.sampler(population: 10)
        func propose(_ sampler: inout NSGAIISampler, seed: UInt64) throws -> Proposal {
            var rng = Xoshiro256StarStar(seed: seed)
            return try sampler.propose(context, using: &rng)
        }
        let first = try propose(&used, seed: 77)
        #expect(try propose(&used, seed: 77) == first)
        var fresh = NSGAIIFixture.sampler(population: 10)
        #expect(try propose(&fresh, seed: 77) == first)
        #expect(try propose(&fresh, seed: 78) != first, "another trial number's generator breeds another child")
        // The study's own run recorded what a fresh sampler proposes from the same history and generator.
        let rerun = try NSGAIIFixture.zdtRun(NSGAIIFixture.sampler(population: 10), seed: 2, trials: 30)
        #expect(rerun.map(\.params) == history.map(\.params))
    }

    @Test func membersOfTheCurrentGenerationDoNotChangeTheParents() throws {
        let history = try NSGAIIFixture.zdtRun(NSGAIIFixture.sampler(population: 10), seed: 5, trials: 36)
        var withPending = history
        withPending[33].state = .running
        withPending[33].value = nil
        withPending[33].metrics = [:]
        // Generation 3 (trials 30-39) is bred from the elite of trials 0-29, whatever trials 30-35 did.
        for trials in [Array(history.prefix(30)), history, withPending] {
            let context = SamplingContext(
                space: NSGAIIFixture.zdtSpace, direction: .minimize, trials: trials, seed: 5, trialNumber: 36,
                objectives: NSGAIIFixture.twoObjectives)
            var sampler = NSGAIIFixture.sampler(population: 10)
            var rng = Xoshiro256StarStar(seed: 9)
            let proposal = try sampler.propose(context, using: &rng)
            var reference = NSGAIIFixture.sampler(population: 10)
            var referenceRNG = Xoshiro256StarStar(seed: 9)
            let expected = try reference.propose(
                SamplingContext(
                    space: NSGAIIFixture.zdtSpace, direction: .minimize, trials: Array(history.prefix(30)), seed: 5,
                    trialNumber: 36, objectives: NSGAIIFixture.twoObjectives), using: &referenceRNG)
            #expect(proposal == expected)
        }
    }

    @Test func failedPrunedAndRunningTrialsAreNeverParents() throws {
        var history = try NSGAIIFixture.zdtRun(NSGAIIFixture.sampler(population: 6), seed: 8, trials: 12)
        let excluded = [1, 4, 7, 10]
        history[1].state = .failed
        history[4].state = .pruned
        history[7].state = .running
        history[10].state = .waiting
        let elite = NSGAIISampler.elite(
            before: 2, populationSize: 6, trials: history, objectives: NSGAIIFixture.twoObjectives)
        #expect(elite.count == 6 && Set(elite.map(\.number)).isDisjoint(with: excluded))
        for number in 12..<40 {
            let context = SamplingContext(
                space: NSGAIIFixture.zdtSpace, direction: .minimize, trials: history, seed: 8, trialNumber: number,
                objectives: NSGAIIFixture.twoObjectives)
            var sampler = NSGAIIFixture.sampler(population: 6)
            var rng = Xoshiro256StarStar(seed: UInt64(number))
            guard case .parameters(_, let notes) = try sampler.propose(context, using: &rng) else {
                Issue.record("no proposal")
                return
            }
            let parents = try #require(notes["nsga2_parents"]).split(separator: ",").compactMap { Int($0) }
            #expect(parents.count == 2 && parents.allSatisfy { !excluded.contains($0) })
        }
    }

    @Test func withoutAnEvaluatedTrialItFallsBackToRandomSampling() throws {
        let failed = (0..<4).map { Trial(number: $0, state: .failed, params: ["x0": .float(0.5)]) }
        let context = SamplingContext(
            space: NSGAIIFixture.zdtSpace, direction: .minimize, trials: failed, objectives: NSGAIIFixture.twoObjectives
        )
        var sampler = NSGAIIFixture.sampler(population: 4)
        var rng = Xoshiro256StarStar(seed: 1)
        guard case .parameters(let params, let notes) = try sampler.propose(context, using: &rng) else {
            Issue.record("no proposal")
            return
        }
        #expect(try NSGAIIFixture.zdtSpace.validate(params) == params)
        #expect(notes["nsga2_fallback"] != nil && notes["nsga2_generation"] == "1")
    }

    @Test func optionsOutOfRangeAreRefused() {
        var options = NSGAIISampler.Options()
        options.populationSize = 1
        #expect(throws: NSGAIISampler.OptionError.populationSize(1)) { try NSGAIISampler(options: options) }
        options = NSGAIISampler.Options()
        options.mutationProbability = 1.5
        #expect(throws: NSGAIISampler.OptionError.probability(name: "mutation probability", value: 1.5)) {
            try NSGAIISampler(options: options)
        }
        options = NSGAIISampler.Options()
        options.crossoverEta = .infinity
        #expect(throws: NSGAIISampler.OptionError.self) { try NSGAIISampler(options: options) }
    }
}
