import Foundation
import Randomness
import Testing

@testable import Tuning

/// Multi-objective and constrained TPE on seeded problems, against random search on the same seeds.
@Suite struct MultiObjectiveTPETests {
    /// ZDT1 with d = 4 (Zitzler, Deb & Thiele 2000): f1 = x1, g = 1 + 9 · mean(x2…x4), f2 = g · (1 − √(f1 / g)),
    /// both minimized, reference point (11, 11) as in the benchmark suite.
    static let zdt1Space: SearchSpace = try! SearchSpace((1...4).map { .float("x\($0)", 0, 1) })
    static let zdt1Objectives = try! StudyObjectives(objectives: [
        ObjectiveMetric(name: "f1", direction: .minimize), ObjectiveMetric(name: "f2", direction: .minimize),
    ])
    static let zdt1 = MetricsObjective { t in
        let x = try (1...4).map { try t.float("x\($0)") }
        let g = 1 + 9 * x.dropFirst().reduce(0, +) / 3
        return ["f1": x[0], "f2": g * (1 - (x[0] / g).squareRoot())]
    }

    static func frontVolume(_ study: Study, reference: [Double]) throws -> Double {
        let front = study.objectives.paretoFront(of: try study.trials)
        return Hypervolume.volume(of: front.compactMap { study.objectives.losses(of: $0) }, reference: reference)
    }

    static func zdt1Volume(_ sampler: any Sampler, seed: UInt64) throws -> Double {
        let study = try Study(space: zdt1Space, objectives: zdt1Objectives, sampler: sampler, seed: seed)
        try study.optimize(zdt1, trials: 80)
        return try frontVolume(study, reference: [11, 11])
    }

    /// 80 trials on ZDT1, seeds 0–9: TPE's front has the larger hypervolume on every seed (under the null of equal
    /// strength that happens with probability 1/1024), and its median is at least 5 above random search's.
    /// Recorded: TPE 118.58, 116.73, 117.23, 119.77, 118.98, 119.09, 119.52, 118.62, 115.53, 117.57 (median
    /// 118.60); random 110.81, 112.01, 111.87, 118.25, 116.22, 109.46, 109.12, 103.27, 106.92, 108.39 (median
    /// 110.13); the ideal front has 120.66. (Optuna 5.0's multi-objective TPE: median 115.44 on its seeds 0–9.)
    @Test func tpeFrontsOnZDT1HaveMoreHypervolumeThanRandomSearch() throws {
        var tpe: [Double] = []
        var random: [Double] = []
        for seed in 0..<10 as Range<UInt64> {
            tpe.append(try Self.zdt1Volume(TPESampler(), seed: seed))
            random.append(try Self.zdt1Volume(RandomSampler(), seed: seed))
        }
        func median(_ v: [Double]) -> Double { v.sorted()[4...5].reduce(0, +) / 2 }
        #expect(median(tpe) > median(random) + 5, "TPE \(tpe), random \(random)")
        #expect(zip(tpe, random).allSatisfy { $0 > $1 }, "TPE \(tpe), random \(random)")
    }

    /// Two objectives f1 = x1 + x3², f2 = x2 + x4², both minimized, under `distance <= 0.25`, the distance of
    /// (x1, x2) from (0.6, 0.6): about a fifth of the box is feasible. Of trials 10–59 (after the 10 start-up
    /// trials) TPE proposed a feasible point more often than random search on each of seeds 0–4, and more than
    /// twice as often in all. Recorded: TPE 64 %, 56 %, 74 %, 60 %, 62 %; random 22 %, 34 %, 20 %, 8 %, 20 %.
    /// (Optuna 5.0's TPE with `constraints_func` on its seeds 0–4: 44 %, 44 %, 42 %, 48 %, 58 %.)
    @Test func constrainedTPEProposesMoreFeasiblePointsThanRandomSearch() throws {
        let space = try SearchSpace((1...4).map { .float("x\($0)", 0, 1) })
        let objectives = try StudyObjectives(
            objectives: [
                ObjectiveMetric(name: "f1", direction: .minimize), ObjectiveMetric(name: "f2", direction: .minimize),
            ],
            constraints: [OutcomeConstraint(metric: "distance", relation: .atMost, bound: 0.25)])
        let objective = MetricsObjective { t in
            let x = try (1...4).map { try t.float("x\($0)") }
            let distance = ((x[0] - 0.6) * (x[0] - 0.6) + (x[1] - 0.6) * (x[1] - 0.6)).squareRoot()
            return ["f1": x[0] + x[2] * x[2], "f2": x[1] + x[3] * x[3], "distance": distance]
        }
        func feasibleShare(_ sampler: any Sampler, seed: UInt64) throws -> Double {
            let study = try Study(space: space, objectives: objectives, sampler: sampler, seed: seed)
            try study.optimize(objective, trials: 60)
            let late = try study.trials.filter { $0.number >= 10 }
            return Double(late.filter(objectives.isFeasible).count) / Double(late.count)
        }
        var tpe: [Double] = []
        var random: [Double] = []
        for seed in 0..<5 as Range<UInt64> {
            tpe.append(try feasibleShare(TPESampler(), seed: seed))
            random.append(try feasibleShare(RandomSampler(), seed: seed))
        }
        #expect(zip(tpe, random).allSatisfy { $0 > $1 }, "TPE \(tpe), random \(random)")
        #expect(tpe.reduce(0, +) > 2 * random.reduce(0, +), "TPE \(tpe), random \(random)")
    }

    /// The same seed gives the same proposals; another seed does not.
    @Test func multiObjectiveProposalsAreReproducible() throws {
        func run(_ seed: UInt64) throws -> [Parameters] {
            let study = try Study(
                space: Self.zdt1Space, objectives: Self.zdt1Objectives, sampler: TPESampler(), seed: seed)
            try study.optimize(Self.zdt1, trials: 30)
            return try study.trials.map(\.params)
        }
        let first = try run(3)
        #expect(try run(3) == first)
        #expect(try run(4) != first)
    }
}
