import Benchmarking
import Foundation
import Randomness
import Testing
import Tuning

/// The multi-objective columns of a run: hypervolume of the feasible front, its log gap and the feasible share
/// after the start-up, on a hand-worked history, against the hypervolume of every feasible point so far, and on a
/// whole run of a constrained problem.
@Suite struct HypervolumeProgressTests {
    static let objectives = try! StudyObjectives(
        objectives: [
            ObjectiveMetric(name: "f1", direction: .minimize), ObjectiveMetric(name: "f2", direction: .minimize),
        ],
        constraints: [OutcomeConstraint(metric: "g1", relation: .atMost, bound: 0)])

    static func trial(_ number: Int, _ f1: Double, _ f2: Double, g1: Double = 0) -> Trial {
        Trial(number: number, state: .complete, value: f1, metrics: ["f1": f1, "f2": f2, "g1": g1])
    }

    /// Reference (4, 4), HV* = 8, a start-up of 2 trials. By hand (boxes [f1, 4] × [f2, 4]):
    /// (1, 3) → 3; (3, 1) adds 3, minus the overlap 1 → 5; the infeasible (0.5, 0.5) and a failed trial add
    /// nothing; (2, 2) → the staircase 1·1 + 1·2 + 1·3 = 6; its repeat and (5, 0), outside the reference, add
    /// nothing. Feasible share of the complete trials after the first two: 0/1 (trial 3), 0/1 (the failed trial 4
    /// does not count), 1/2, 2/3, 3/4.
    @Test func aHandWorkedHistoryGivesTheHypervolumeGapAndShare() {
        let history = [
            Self.trial(0, 1, 3), Self.trial(1, 3, 1, g1: -1), Self.trial(2, 0.5, 0.5, g1: 2),
            Trial(number: 3, state: .failed, failureReason: "boom"), Self.trial(4, 2, 2), Self.trial(5, 2, 2),
            Self.trial(6, 5, 0),
        ]
        let measures = HypervolumeProgress.measures(
            of: history, objectives: Self.objectives, referencePoint: [4, 4], maximumHypervolume: 8, startupTrials: 2)
        #expect(measures.map(\.hypervolume) == [3, 5, 5, 5, 6, 6, 6])
        #expect(measures.map(\.hypervolumeGap) == [5, 3, 3, 3, 2, 2, 2])
        #expect(measures.map(\.logHypervolumeGap) == [5, 3, 3, 3, 2, 2, 2].map { log10(Double($0)) })
        #expect(measures.prefix(2).allSatisfy { $0.feasibleShare.isNaN })
        #expect(measures.dropFirst(2).map(\.feasibleShare) == [0, 0, 0.5, 2.0 / 3, 0.75])

        var progress = HypervolumeProgress(
            objectives: Self.objectives, referencePoint: [4, 4], maximumHypervolume: 8, startupTrials: 2)
        for t in history { _ = progress.record(t) }
        #expect(
            progress.count == 7 && progress.front.count == 4, "dominated and repeated points are not kept; (5, 0) is")
    }

    @Test func aGapBeyondTheMaximumIsFlooredAndAnEmptyFrontHasNoVolume() {
        let over = HypervolumeProgress.measures(
            of: [Self.trial(0, 0, 0)], objectives: Self.objectives, referencePoint: [4, 4], maximumHypervolume: 10)
        #expect(over[0].hypervolume == 16 && over[0].hypervolumeGap == 0 && over[0].logHypervolumeGap == -12)
        let none = HypervolumeProgress.measures(
            of: [Self.trial(0, 1, 1, g1: 0.1)], objectives: Self.objectives, referencePoint: [4, 4],
            maximumHypervolume: 10)
        #expect(none[0].hypervolume == 0 && none[0].hypervolumeGap == 10)
    }

    /// Keeping only the non-dominated feasible points must not change any hypervolume: compared with
    /// `Hypervolume.volume` of every feasible complete point so far, three objectives, random histories.
    @Test func theKeptFrontHasTheHypervolumeOfEveryFeasiblePointSoFar() throws {
        let objectives = try StudyObjectives(
            objectives: ["f1", "f2", "f3"].map { ObjectiveMetric(name: $0, direction: .minimize) },
            constraints: [OutcomeConstraint(metric: "g1", relation: .atMost, bound: 0)])
        var rng = Xoshiro256StarStar(seed: 18)
        for _ in 0..<20 {
            let history = (0..<30).map { n -> Trial in
                let f = (0..<3).map { _ in Double.random(in: 0..<1.2, using: &rng) }
                let state: TrialState = Double.random(in: 0..<1, using: &rng) < 0.1 ? .failed : .complete
                let g = Double.random(in: -1..<0.5, using: &rng)
                return Trial(
                    number: n, state: state, value: f[0], metrics: ["f1": f[0], "f2": f[1], "f3": f[2], "g1": g])
            }
            let measures = HypervolumeProgress.measures(
                of: history, objectives: objectives, referencePoint: [1, 1, 1], maximumHypervolume: 1)
            for n in 1...history.count {
                let feasible = history.prefix(n).filter { $0.state == .complete && $0.metrics["g1"]! <= 0 }
                let points = feasible.map { t in ["f1", "f2", "f3"].map { t.metrics[$0]! } }
                let expected = Hypervolume.volume(of: points, reference: [1, 1, 1])
                #expect(abs(measures[n - 1].hypervolume - expected) <= 1e-12)
            }
        }
    }

    /// A run of BNH (two constraints) by the random sampler: the rows carry the measures, the regret is the gap,
    /// the hypervolume never falls, and the share is NaN during the start-up and a fraction after it.
    @Test func aRunOfAConstrainedProblemFillsTheMultiObjectiveColumns() throws {
        let bnh = MultiObjectiveProblem.bnh
        let rows = try SamplerBenchmark.run(
            .multiObjective(bnh), sampler: RandomSampler(), samplerName: "random", seed: 3, trials: 14)
        #expect(rows.count == 14 && rows.map(\.trial) == Array(1...14))
        let volumes = rows.compactMap(\.hypervolume)
        #expect(volumes.count == 14 && zip(volumes, volumes.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(volumes.allSatisfy { $0 > 0 && $0 <= bnh.maximumHypervolume })
        for row in rows {
            let hypervolume = try #require(row.hypervolume)
            #expect(row.regret == max(bnh.maximumHypervolume - hypervolume, 0))
            #expect(row.logHypervolumeGap == bnh.logHypervolumeDifference(hypervolume))
            let share = try #require(row.feasibleShare)
            #expect(row.trial <= 10 ? share.isNaN : (0...1).contains(share))
            #expect(row.best == rows.prefix(row.trial).map(\.value).min())
        }
        let function = try SamplerBenchmark.run(
            .function(BenchmarkFunction.named("branin")!), sampler: RandomSampler(), samplerName: "random", seed: 3,
            trials: 3)
        #expect(function.allSatisfy { $0.hypervolume == nil && $0.logHypervolumeGap == nil && $0.feasibleShare == nil })
    }

    @Test func theProblemAsAStudyObjectiveDeclaresItsObjectivesAndConstraints() throws {
        let bnh = MultiObjectiveProblem.bnh
        #expect(bnh.studyObjectives.objectives.map(\.description) == ["f1:minimize", "f2:minimize"])
        #expect(bnh.studyObjectives.constraints.map(\.description) == ["g1 <= 0", "g2 <= 0"])
        let metrics = bnh.metrics(at: ["x1": .float(0), "x2": .float(0)])
        #expect(metrics == ["f1": 0, "f2": 50, "g1": 0, "g2": 7.7 - 64 - 9])
        #expect(BenchmarkProblem(named: "bnh")?.objectives == bnh.studyObjectives)
        #expect(BenchmarkProblem(named: "branin")?.objectives == nil)
        #expect(try BenchmarkProblem.parseList("multiobjective").map(\.name) == BenchmarkProblem.multiObjectiveNames)
        #expect(
            try BenchmarkProblem.parseSamplerBenchmarkList("zdt1,branin,multiobjective").map(\.name)
                == ["zdt1", "branin", "zdt2", "zdt3", "dtlz2", "bnh", "c2dtlz2"])
        #expect(throws: BenchmarkError.self) { try BenchmarkProblem.parseSamplerBenchmarkList("mlp-iris") }
    }
}
