import Foundation
import Randomness
import Testing

@testable import Tuning

/// The split of multi-objective and constrained TPE on hand-made histories, and the sampler on small problems.
@Suite struct MultiObjectiveTPESplitTests {
    static let space: SearchSpace = try! SearchSpace([.float("x", 0, 1)])

    /// f1 minimized, `acc` maximized (its loss is −acc).
    static let twoObjectives = try! StudyObjectives(objectives: [
        ObjectiveMetric(name: "f1", direction: .minimize), ObjectiveMetric(name: "acc", direction: .maximize),
    ])

    static func complete(_ number: Int, _ metrics: [String: Double]) -> Trial {
        Trial(
            number: number, state: .complete, params: ["x": .float(Double(number) / 10)], value: metrics["f1"],
            metrics: metrics)
    }

    static func context(_ trials: [Trial], _ objectives: StudyObjectives, policy: FailurePolicy = .worstObserved)
        -> SamplingContext
    {
        SamplingContext(
            space: space, direction: .minimize, trials: trials, failurePolicy: policy, objectives: objectives)
    }

    /// Losses (f1, −acc): #3 (−1, −1) is front 0 alone; #0 (0, 4), #2 (2, 1), #4 (4, 0), #5 (1, 2.5) are front 1;
    /// #1 (5, 5) is front 2. γ = 3 takes front 0 and cuts 2 of front 1 by hypervolume. The reference point is the
    /// worst observed loss plus a tenth of the observed range, (5.6, 5.6). Boxes: #2 3.6 · 4.6 = 16.56,
    /// #5 4.6 · 3.1 = 14.26, #0 5.6 · 1.6 = 8.96, #4 1.6 · 5.6 = 8.96: #2 first. Then the gains over {#2}:
    /// #0 8.96 − 3.6 · 1.6 = 3.2, #5 14.26 − 3.6 · 3.1 = 3.1, #4 8.96 − 1.6 · 4.6 = 1.6: #0 second.
    @Test func theGoodGroupIsFilledByRankAndTheLastFrontCutByHypervolume() {
        let losses: [(Double, Double)] = [(0, 4), (5, 5), (2, 1), (-1, -1), (4, 0), (1, 2.5)]
        var trials = losses.enumerated().map { i, l in Self.complete(i, ["f1": l.0, "acc": -l.1]) }
        trials.append(Trial(number: 6, state: .running, params: ["x": 0.6]))
        let split = TPESplit.split(
            Self.context(trials, Self.twoObjectives), constantLiar: true, gamma: { _ in 3 }, weighting: .uniform)
        #expect(split.finished == 6)
        #expect(split.below.map(\.number) == [0, 2, 3])
        #expect(split.above.map(\.number) == [1, 4, 5, 6], "the running trial is a bad one (constant liar)")
        #expect(split.belowWeights == [0: 1, 2: 1, 3: 1])
        let noLiar = TPESplit.split(
            Self.context(trials, Self.twoObjectives), constantLiar: false, gamma: { _ in 3 }, weighting: .uniform)
        #expect(noLiar.above.map(\.number) == [1, 4, 5])
        // γ = 5 takes front 1 whole: no cut.
        let five = TPESplit.split(Self.context(trials, Self.twoObjectives), constantLiar: true, gamma: { _ in 5 })
        #expect(five.below.map(\.number) == [0, 2, 3, 4, 5])
    }

    /// Weights by hypervolume contribution inside the good group (reference: its worst plus a tenth of its range).
    /// Good group {#3 (−1, −1), #2 (2, 1), #0 (0, 4)}: #3 dominates the others, so they contribute 0 and get the
    /// floor. For (0, 1), (1, 0), (1, 1): reference (1.1, 1.1); (0, 1) and (1, 0) each hold 1.1 · 0.1 − 0.1 · 0.1
    /// = 0.1 alone and weigh 1; (1, 1) is dominated.
    @Test func goodTrialsAreWeightedByHypervolumeContribution() {
        let losses: [(Double, Double)] = [(0, 4), (5, 5), (2, 1), (-1, -1), (4, 0), (1, 2.5)]
        let trials = losses.enumerated().map { i, l in Self.complete(i, ["f1": l.0, "acc": -l.1]) }
        let split = TPESplit.split(
            Self.context(trials, Self.twoObjectives), constantLiar: true, gamma: { _ in 3 },
            weighting: .hypervolumeContribution)
        #expect(split.belowWeights == [3: 1, 2: TPESplit.minimumWeight, 0: TPESplit.minimumWeight])
        let w = TPESplit.hypervolumeWeights([[0, 1], [1, 0], [1, 1]])
        #expect(abs(w[0] - 1) < 1e-12 && abs(w[1] - 1) < 1e-12 && w[2] == TPESplit.minimumWeight)
        #expect(TPESplit.hypervolumeWeights([[3, 3]]) == [1])
        #expect(TPESplit.referencePoint(of: [[0, 2], [1, 2]]) == [1.1, 2.2])
    }

    /// Constrained, two objectives, `c <= 1`: feasible trials first (by rank), then the pruned one, then the
    /// infeasible ones by violation, then the failed ones (a trial missing the metric `c` counts as failed).
    @Test func feasibleTrialsRankFirstThenPrunedThenInfeasibleByViolationThenFailed() throws {
        let objectives = try StudyObjectives(
            objectives: Self.twoObjectives.objectives,
            constraints: [OutcomeConstraint(metric: "c", relation: .atMost, bound: 1)])
        let trials = [
            Self.complete(0, ["f1": 1, "acc": -1, "c": 0]),
            Self.complete(1, ["f1": 0, "acc": 0, "c": 3]),
            Self.complete(2, ["f1": 0, "acc": 0, "c": 1.5]),
            Self.complete(3, ["f1": 0, "acc": 0]),
            Trial(number: 4, state: .failed, params: ["x": 0.4], failureReason: "boom"),
            Trial(number: 5, state: .pruned, params: ["x": 0.5], value: 2, intermediateValues: [0: 2]),
            Self.complete(6, ["f1": 2, "acc": -2, "c": 1]),
            Trial(number: 7, state: .running, params: ["x": 0.7]),
        ]
        let order = [0, 6, 5, 2, 1, 3, 4]
        for size in 1...7 {
            let split = TPESplit.split(Self.context(trials, objectives), constantLiar: true, gamma: { _ in size })
            #expect(split.finished == 7)
            #expect(split.below.map(\.number) == order.prefix(size).sorted(), "γ = \(size)")
            #expect(split.above.map(\.number) == (order.dropFirst(size) + [7]).sorted(), "γ = \(size)")
        }
        let ignoring = TPESplit.split(
            Self.context(trials, objectives, policy: .ignore), constantLiar: true, gamma: { _ in 4 })
        #expect(ignoring.finished == 5 && ignoring.below.map(\.number) == [0, 2, 5, 6])
        #expect(ignoring.above.map(\.number) == [1, 7], "failed trials are left out under .ignore")
    }

    /// One objective with a constraint: feasible trials by loss, Optuna's ramp for the weights (none given).
    @Test func aConstrainedSingleObjectiveRanksFeasibleTrialsByLoss() throws {
        let objectives = try StudyObjectives(
            objectives: [ObjectiveMetric(name: "f1", direction: .maximize)],
            constraints: [OutcomeConstraint(metric: "c", relation: .atLeast, bound: 0)])
        let trials = [
            Self.complete(0, ["f1": 1, "c": 1]), Self.complete(1, ["f1": 9, "c": -1]),
            Self.complete(2, ["f1": 3, "c": 0]), Self.complete(3, ["f1": 2, "c": 5]),
            Self.complete(4, ["f1": 9, "c": -0.5]),
        ]
        let split = TPESplit.split(Self.context(trials, objectives), constantLiar: true, gamma: { _ in 4 })
        // Feasible by loss (−f1): #2, #3, #0; then infeasible by violation: #4 (0.5), #1 (1).
        #expect(split.below.map(\.number) == [0, 2, 3, 4] && split.above.map(\.number) == [1])
        #expect(split.belowWeights == nil)
    }

    /// While no trial is complete and measured, failed ones (and complete ones missing a metric) are left out, so
    /// the sampler stays at random start-up proposals instead of modelling failures as good trials.
    @Test func failuresAloneAreLeftOut() {
        let trials = [
            Self.complete(0, ["f1": 1]),
            Trial(number: 1, state: .failed, params: ["x": 0.1], failureReason: "boom"),
        ]
        let split = TPESplit.split(Self.context(trials, Self.twoObjectives), constantLiar: true, gamma: { _ in 1 })
        #expect(split.finished == 0 && split.below.isEmpty && split.above.isEmpty)
    }
}
