import Benchmarking
import Randomness
import Testing

@testable import Tuning

/// `GPSampler+Stagnation.swift`: once the best loss has not improved for `stagnationTrials` trials, one proposal in
/// `stagnationPeriod` averages log EI over sampled models.
@Suite struct GPSamplerStagnationTests {
    @Test func trialsWithoutImprovementCountFromTheLastRealImprovement() {
        #expect(GPSampler.trialsWithoutImprovement([]) == 0)
        #expect(GPSampler.trialsWithoutImprovement([7]) == 0)
        // 3 and 2 improve, 2.5 does not, 1 does, then 1 and 1.5 do not.
        #expect(GPSampler.trialsWithoutImprovement([3, 2, 2.5, 1, 1, 1.5]) == 2)
        // s of [10, 0, −1e-9] is about 4.7, so an improvement must exceed about 4.7e-6: 1e-9 does not, 1e-3 does.
        #expect(GPSampler.trialsWithoutImprovement([10, 0, -1e-9]) == 1)
        #expect(GPSampler.trialsWithoutImprovement([10, 0, -1e-3]) == 0)
        // NaN and ±∞ never improve, and do not end a stall.
        #expect(GPSampler.trialsWithoutImprovement([1, .nan, 2, .infinity, -.infinity]) == 4)
        #expect(GPSampler.trialsWithoutImprovement([.nan, .nan]) == 2)
        #expect(GPSampler.trialsWithoutImprovement([.nan, 5, 4]) == 0)
    }

    @Test func onlyAStalledSearchHedgesAndOnlyOnEveryFourthTrial() {
        var sampler = GPSampler()
        #expect(sampler.stagnation(losses: Array(repeating: 1, count: 20), trialNumber: 12, noiseVariance: 0) == nil)
        sampler.options.stagnationTrials = 10  // off by default
        let stalled = [0.0] + (1...10).map { 1 + 0.1 * Double($0) }  // 10 trials without improvement
        #expect(GPSampler.stagnationPeriod == 4)
        #expect(sampler.stagnation(losses: stalled, trialNumber: 12, noiseVariance: 0) == 10)
        for number in [9, 10, 11, 13, 14, 15] {
            #expect(sampler.stagnation(losses: stalled, trialNumber: number, noiseVariance: 0) == nil)
        }
        #expect(
            sampler.stagnation(losses: Array(stalled.dropLast()), trialNumber: 12, noiseVariance: 0) == nil,
            "9 are not a stall")
        #expect(sampler.stagnation(losses: stalled + [-1], trialNumber: 12, noiseVariance: 0) == nil, "it improved")
        #expect(sampler.stagnation(losses: stalled, trialNumber: 12, noiseVariance: 1e-3) == nil, "noisy values")
        #expect(sampler.stagnation(losses: stalled, trialNumber: 12, noiseVariance: 0.9e-3) == 10)
        var off = sampler
        off.options.stagnationTrials = 0
        #expect(off.stagnation(losses: stalled, trialNumber: 12, noiseVariance: 0) == nil)
        off = sampler
        off.options.stagnationHyperparameterSamples = 0
        #expect(off.stagnation(losses: stalled, trialNumber: 12, noiseVariance: 0) == nil)
    }

    /// A branin history whose first trial is the best of all: the proposal for trial 12 hedges (and says so in its
    /// notes), the proposal for trial 13 does not, and the same context gives the same proposal.
    @Test func aHedgingProposalAveragesSampledModelsAndSaysSo() throws {
        let branin = try #require(BenchmarkFunction.named("branin"))
        var rng = Xoshiro256StarStar(seed: 5)
        var trials: [Trial] = []
        let best: Parameters = ["x1": .float(3.14), "x2": .float(2.3)]
        trials.append(Trial(number: 0, state: .complete, params: best, value: branin.value(best)))
        while trials.count < 13 {
            let params: Parameters = [
                "x1": .float(Double.random(in: 0...2, using: &rng)),
                "x2": .float(Double.random(in: 10...15, using: &rng)),
            ]
            trials.append(Trial(number: trials.count, state: .complete, params: params, value: branin.value(params)))
        }
        func propose(_ count: Int) throws -> Proposal {
            var sampler = GPSamplerTests.fastSampler(startup: 5)
            sampler.options.stagnationTrials = 10
            var generator = Xoshiro256StarStar(seed: 9)
            let context = SamplingContext(
                space: branin.space, direction: .minimize, trials: Array(trials.prefix(count)), seed: 3)
            return try sampler.propose(context, using: &generator)
        }
        func notes(_ proposal: Proposal) -> [String: String] {
            if case .parameters(_, let notes) = proposal { return notes }
            return [:]
        }
        let hedged = notes(try propose(12))
        #expect(hedged[GPSampler.stagnationNoteKey] == "11")
        #expect(hedged[GPSampler.hyperparameterSamplesNoteKey] == "8")
        #expect(try propose(12) == propose(12), "same context, same proposal")
        let plain = notes(try propose(13))
        #expect(plain[GPSampler.stagnationNoteKey] == nil && plain[GPSampler.hyperparameterSamplesNoteKey] == nil)
    }
}
