import Benchmarking
import Randomness
import Testing

@testable import Tuning

/// `GPSampler+Reuse.swift`: past `fullRefitBelow` observations, θ recorded by the latest proposal is reused while
/// the history grows by less than `refitGrowth` and the likelihood holds; the decision reads only the history.
@Suite struct GPSamplerReuseTests {
    static let branin = BenchmarkFunction.named("branin")!

    static func sampler(fullRefitBelow: Int = 20) -> GPSampler {
        var options = GPSampler.Options()
        options.candidates = 256
        options.localStarts = 2
        options.fullRefitBelow = fullRefitBelow
        return GPSampler(options: options)
    }

    /// `n` random complete trials of Branin.
    static func history(_ n: Int) -> [Trial] {
        var rng = Xoshiro256StarStar(seed: 5)
        return (0..<n).map { i in
            let params = branin.space.assign { $0.domain.randomValue(using: &rng) }
            return Trial(number: i, state: .complete, params: params, value: branin.value(params))
        }
    }

    /// The proposal for `trials` by a fresh sampler, with its notes.
    static func propose(_ trials: [Trial], sampler: GPSampler = sampler()) throws -> (Parameters, [String: String]) {
        var sampler = sampler
        var rng = Xoshiro256StarStar(seed: UInt64(trials.count))
        let context = SamplingContext(space: branin.space, direction: .minimize, trials: trials, seed: 1)
        guard case .parameters(let params, let notes) = try sampler.propose(context, using: &rng) else {
            throw StudyError.invalidArgument(name: "proposal", reason: "none")
        }
        return (params, notes)
    }

    /// A history of `n` trials whose last one carries the notes of the proposal made from the `n − 1` before it.
    static func historyWithNotes(_ n: Int) throws -> [Trial] {
        var trials = history(n)
        trials[n - 1].userAttributes = try propose(Array(trials.dropLast())).1
        return trials
    }

    @Test func aFewNewPointsReuseTheRecordedFitAndAFreshSamplerAgrees() throws {
        let trials = try Self.historyWithNotes(40)
        let (params, notes) = try Self.propose(trials)
        #expect(notes["gp_reused"] == "true" && notes["gp_fitted_at"] == "39", "\(notes)")
        #expect(try Self.propose(trials).0 == params)
    }

    @Test func growthPastTheThresholdRefits() throws {
        var trials = try Self.historyWithNotes(40)
        trials += Self.history(44).suffix(4).map { t in
            var t = t
            t.number += 40
            return t
        }
        let notes = try Self.propose(trials).1
        #expect(notes["gp_reused"] == nil && notes["gp_fitted_at"] == "44", "\(notes)")
    }

    @Test func aLikelihoodThatNoLongerSupportsTheFitRefits() throws {
        var trials = try Self.historyWithNotes(40)
        trials[39].userAttributes["gp_lml_per_point"] = "1000"
        let notes = try Self.propose(trials).1
        #expect(notes["gp_reused"] == nil && notes["gp_fitted_at"] == "40", "\(notes)")
    }

    @Test func smallHistoriesAlwaysFitFromScratch() throws {
        let trials = try Self.historyWithNotes(40)
        let notes = try Self.propose(trials, sampler: Self.sampler(fullRefitBelow: 100)).1
        #expect(notes["gp_reused"] == nil && notes["gp_fitted_at"] == "40", "\(notes)")
    }
}
