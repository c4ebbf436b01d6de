import Benchmarking
import Foundation
import Randomness
import Testing

@testable import Tuning

/// `GPSampler+ModelSubset.swift`: past `maximumModelPoints` observations the model is fitted on the best half and
/// an evenly spread half of the rest, chosen without random numbers.
@Suite struct GPSamplerModelSubsetTests {
    @Test func theSubsetIsTheBestHalfAndAnEvenSpreadOfTheRest() {
        let losses = (0..<20).map { Double(($0 * 7) % 20) }  // a permutation of 0…19
        let subset = GPSampler.modelSubset(losses: losses, limit: 8)
        #expect(subset.count == 8 && subset == subset.sorted() && Set(subset).count == 8)
        let best = Set(losses.indices.sorted { losses[$0] < losses[$1] }.prefix(4))
        #expect(best.isSubset(of: Set(subset)), "the four lowest losses are kept")
        let others = (0..<20).filter { !best.contains($0) }
        let spread = others.sorted { GPSampler.spreadKey($0) < GPSampler.spreadKey($1) }.prefix(4)
        #expect(Set(subset).subtracting(best) == Set(spread), "the rest with the lowest keys")
        #expect(GPSampler.modelSubset(losses: losses, limit: 20) == Array(0..<20))
        #expect(GPSampler.modelSubset(losses: losses, limit: 99) == Array(0..<20))
        #expect(GPSampler.modelSubset(losses: [], limit: 4).isEmpty)
    }

    @Test func tiesAndNaNAreOrderedWithoutAmbiguity() {
        let losses: [Double] = [3, .nan, 1, 1, .infinity, -.infinity, .nan, 1]
        // Lowest first: −∞ (5), then the 1s by position (2, 3, 7), NaN last. The best three are 5, 2 and 3; of the
        // rest (0, 1, 4, 6, 7) the three with the lowest keys frac(iφ) (0, 0.618, 0.472, 0.708, 0.326) are 0, 7, 4.
        #expect(GPSampler.modelSubset(losses: losses, limit: 6) == [0, 2, 3, 4, 5, 7])
        #expect(GPSampler.modelSubset(losses: losses, limit: 2) == [0, 5])
    }

    /// Spread keys are evenly distributed (Weyl) and fixed per position, so one more observation changes the
    /// subset by at most two points.
    @Test func theSubsetBarelyMovesAsTheHistoryGrows() {
        let keys = (0..<1000).map(GPSampler.spreadKey)
        for decile in 0..<10 {
            let count = keys.filter { Int($0 * 10) == decile }.count
            #expect((95...105).contains(count), "decile \(decile): \(count) keys")
        }
        var losses: [Double] = (0..<400).map { i in sin(Double(i) * 0.37) + Double(i % 7) * 0.1 }
        var previous = Set(GPSampler.modelSubset(losses: losses, limit: 100))
        for step in 0..<50 {
            losses.append(cos(Double(step) * 1.3))
            let current = Set(GPSampler.modelSubset(losses: losses, limit: 100))
            #expect(current.subtracting(previous).count <= 2, "step \(step)")
            previous = current
        }
    }

    @Test func aStudyPastTheLimitFitsTheSubsetAndSaysSo() throws {
        let branin = try #require(BenchmarkFunction.named("branin"))
        func run() throws -> (Study, GPSampler) {
            var sampler = GPSamplerTests.fastSampler(startup: 5)
            sampler.options.maximumModelPoints = 12
            let study = try Study(space: branin.space, sampler: sampler, seed: 3)
            try study.optimize(branin.objective(), trials: 20)
            return (study, sampler)
        }
        let (study, _) = try run()
        let (again, _) = try run()
        #expect(try study.trials.map(\.params) == again.trials.map(\.params), "same seed, same trials")
        let late = try study.trials.filter { $0.number >= 13 }
        #expect(late.allSatisfy { $0.userAttributes[GPSampler.modelPointsNoteKey] == "12" })
        let early = try study.trials.filter { $0.number < 13 }
        #expect(early.allSatisfy { $0.userAttributes[GPSampler.modelPointsNoteKey] == nil })
        // The model behind the last proposal has 12 points.
        var sampler = GPSamplerTests.fastSampler(startup: 5)
        sampler.options.maximumModelPoints = 12
        var rng = Xoshiro256StarStar(seed: 1)
        let context = SamplingContext(space: branin.space, direction: .minimize, trials: try study.trials, seed: 3)
        _ = try sampler.propose(context, using: &rng)
        #expect(sampler.lastModel?.count == 12)
        let best = try study.bestTrial?.value ?? .infinity
        #expect(best < 2, "it still optimizes: best \(best)")
    }
}
