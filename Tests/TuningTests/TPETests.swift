import Foundation
import Randomness
import Testing

@testable import Tuning

@Suite struct TPETests {
    @Test func gammaAndWeightsFollowOptunaDefaults() {
        #expect([1, 10, 11, 60, 300].map(TPESplit.defaultGamma) == [1, 1, 2, 6, 25])
        #expect(TPESplit.defaultWeights(3) == [1, 1, 1])
        let w = TPESplit.defaultWeights(30)
        #expect(w.count == 30 && abs(w[0] - 1.0 / 30) < 1e-12 && w[4] == 1 && w[29] == 1)
    }

    @Test func bandwidthsAreTheLargerNeighbourGap() {
        let s = ParzenEstimator.neighbourBandwidths([0.2, 0.5, 0.6], low: 0, high: 1, considerEndpoints: false)
        // Sorted with ends: 0 | 0.2 0.5 0.6 | 1 → gaps 0.3 (inner for the first), max(0.3, 0.1), 0.1 (inner for the
        // last).
        #expect(zip(s, [0.3, 0.3, 0.1]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func theParzenDensityIntegratesToOne() {
        let est = ParzenEstimator(
            observations: [[0.2, 1], [0.7, 0], [0.5, 2]], weights: [1, 1, 1],
            dimensions: [.numeric(low: 0, high: 1, step: nil), .categorical(count: 3)],
            settings: .init(priorWeight: 1, magicClip: true, considerEndpoints: false))
        let grid = (0..<2000).map { (Double($0) + 0.5) / 2000 }
        var total = 0.0
        for c in 0..<3 { total += est.logPDF(grid.map { [$0, Double(c)] }).reduce(0) { $0 + exp($1) } / 2000 }
        #expect(abs(total - 1) < 1e-3)
        let discrete = ParzenEstimator(
            observations: [[2], [4]], weights: [1, 1],
            dimensions: [.numeric(low: 0, high: 10, step: 2)],
            settings: .init(priorWeight: 1, magicClip: true, considerEndpoints: false))
        let mass = discrete.logPDF(stride(from: 0.0, through: 10, by: 2).map { [$0] }).reduce(0) { $0 + exp($1) }
        #expect(abs(mass - 1) < 1e-9)
    }

    @Test func proposalsAreValidInConditionalSpaces() throws {
        let space = try SearchSpace([
            .categorical("optimizer", ["sgd", "adam"]),
            .float("momentum", 0, 0.99).when("optimizer", in: ["sgd"]),
            .float("lr", 1e-5, 1, log: true), .int("units", 8, 512, log: true), .int("layers", 1, 4),
        ])
        let study = try Study(space: space, sampler: TPESampler(), seed: 1)
        try study.optimize(
            ClosureObjective { t in
                let base = abs(log10(try t.float("lr")) + 2) + Double(try t.int("layers"))
                return base + (try t.string("optimizer") == "sgd" ? abs(try t.float("momentum") - 0.9) : 0.5)
            }, trials: 40)
        for t in try study.trials { #expect(try space.validate(t.params) == t.params) }
    }

    /// TPE against random search on a 4-D quadratic bowl, 8 seeds × 40 trials: TPE's final best value is lower
    /// on at least 7 seeds (under the null of equal strength that happens with probability 9/256).
    @Test func tpeBeatsRandomSearchOnASimpleFunction() throws {
        let space = try SearchSpace((1...4).map { .float("x\($0)", -5, 5) })
        let objective = ClosureObjective { t in
            try (1...4).reduce(0.0) { sum, i in
                let x = try t.float("x\(i)") - 1
                return sum + x * x
            }
        }
        var wins = 0
        for seed in 0..<8 as Range<UInt64> {
            let tpe = try Study(space: space, sampler: TPESampler(), seed: seed)
            try tpe.optimize(objective, trials: 40)
            let random = try Study(space: space, sampler: RandomSampler(), seed: seed)
            try random.optimize(objective, trials: 40)
            if try tpe.bestValue! < random.bestValue! { wins += 1 }
        }
        #expect(wins >= 7)
    }

    @Test func runningTrialsPushParallelProposalsApart() throws {
        let space = try SearchSpace([.float("x", 0, 1)])
        var trials = (0..<20).map { i in
            Trial(
                number: i, state: .complete, params: ["x": .float(Double(i) / 19)],
                value: abs(Double(i) / 19 - 0.5))
        }
        var sampler = TPESampler()
        var rng = Xoshiro256StarStar(seed: 1)
        let alone = try sampler.propose(
            SamplingContext(space: space, direction: .minimize, trials: trials), using: &rng)
        guard case .parameters(let p, _) = alone else {
            Issue.record("no proposal")
            return
        }
        // The same proposal is pending: a constant liar counts it as bad, so the next proposal differs.
        trials.append(Trial(number: 20, state: .running, params: p))
        var rng2 = Xoshiro256StarStar(seed: 1)
        let next = try sampler.propose(
            SamplingContext(space: space, direction: .minimize, trials: trials), using: &rng2)
        #expect(next != alone)
    }
}

@Suite struct TPESplitTests {
    @Test func completeTrialsFillTheGoodGroupThenPrunedOnesByProgress() throws {
        let space = try SearchSpace([.float("x", 0, 1)])
        var trials: [Trial] = []
        for (i, v) in [5.0, 1, 4, 2, 3].enumerated() {
            trials.append(Trial(number: i, state: .complete, params: ["x": .float(Double(i) / 10)], value: v))
        }
        // Pruned: number 5 reached step 3 with 9, number 6 reached step 1 with 0.1, number 7 step 3 with 8.
        trials.append(Trial(number: 5, state: .pruned, params: ["x": 0.5], intermediateValues: [0: 9, 3: 9]))
        trials.append(Trial(number: 6, state: .pruned, params: ["x": 0.6], intermediateValues: [1: 0.1]))
        trials.append(Trial(number: 7, state: .pruned, params: ["x": 0.7], intermediateValues: [3: 8]))
        trials.append(Trial(number: 8, state: .running, params: ["x": 0.8]))
        trials.append(Trial(number: 9, state: .failed, params: ["x": 0.9]))
        let context = SamplingContext(space: space, direction: .minimize, trials: trials)
        // n = 6 complete (5 + the failed one at the worst value) + 3 pruned = 9; γ = 1.
        let one = TPESplit.split(context, constantLiar: true, gamma: { _ in 1 })
        #expect(one.finished == 9 && one.below.map(\.number) == [1])
        #expect(one.above.map(\.number) == [0, 2, 3, 4, 5, 6, 7, 8, 9])
        // γ = 8: all 6 complete, then the pruned trials that got furthest (step 3), the better first.
        let eight = TPESplit.split(context, constantLiar: false, gamma: { _ in 8 })
        #expect(eight.below.map(\.number) == [0, 1, 2, 3, 4, 5, 7, 9])
        #expect(eight.above.map(\.number) == [6], "no constant liar: the running trial is left out")
    }
}
