import Testing

@testable import Tuning

/// The models of a multi-objective or constrained `bayes` proposal: the history they are fitted to
/// (`OutcomeHistory`) and the notes each records and reuses under its own keys.
@Suite struct GPSamplerOutcomeModelTests {
    /// What the models see: complete trials with every loss and slack, failed ones at the worst observation of each
    /// outcome (never feasible), pruned ones for the primary objective only, running ones not at all.
    @Test func theHistoryCountsFailedTrialsAtTheWorstAndPrunedOnesForThePrimaryObjective() throws {
        let space = try SearchSpace([.float("x", 0, 1)])
        let objectives = try StudyObjectives(
            objectives: [
                ObjectiveMetric(name: "acc", direction: .maximize), ObjectiveMetric(name: "ms", direction: .minimize),
            ], constraints: [OutcomeConstraint(metric: "ms", relation: .atMost, bound: 20)])
        func trial(_ n: Int, _ state: TrialState, _ metrics: [String: Double] = [:]) -> Trial {
            Trial(
                number: n, state: state, params: ["x": .float(Double(n) / 10)], value: metrics["acc"],
                metrics: metrics, intermediateValues: state == .pruned ? [1: 0.5, 3: 0.7] : [:])
        }
        let trials = [
            trial(0, .complete, ["acc": 0.9, "ms": 25]), trial(1, .failed), trial(2, .pruned),
            trial(3, .complete, ["acc": 0.8, "ms": 10]), trial(4, .running), trial(5, .complete, ["acc": 0.95]),
        ]
        let context = SamplingContext(space: space, direction: .maximize, trials: trials, objectives: objectives)
        let history = OutcomeHistory(context, encoding: UnitCubeEncoding(space))
        #expect(history.points == [[0], [0.1], [0.3]])
        #expect(history.losses == [[-0.9, 25], [-0.8, 25], [-0.8, 10]])
        #expect(history.slacks == [[5], [5], [-10]] && history.feasible == [false, false, true])
        #expect(history.primaryExtra.points == [[0.2]] && history.primaryExtra.losses == [-0.7])
        #expect(
            history.objectiveSeries(0).values == [-0.9, -0.8, -0.8, -0.7]
                && history.objectiveSeries(1).values.count == 3)
        var ignoring = context
        ignoring.failurePolicy = .ignore
        #expect(OutcomeHistory(ignoring, encoding: UnitCubeEncoding(space)).points == [[0], [0.3]])
    }

    /// Each model records its θ and fit under its own keys and, past `fullRefitBelow` observations, reuses its own.
    @Test func everyModelKeepsItsOwnNotesAndReusesItsOwnFit() throws {
        var options = GPSampler.Options()
        options.startupTrials = 5
        options.candidates = 256
        options.localStarts = 2
        options.fullRefitBelow = 8
        options.refitGrowth = 0.5
        options.refitLikelihoodDrop = .infinity
        let objectives = try StudyObjectives(
            objectives: GPSamplerMultiObjectiveTests.twoObjectives.objectives,
            constraints: [OutcomeConstraint(metric: "f2", relation: .atMost, bound: 4)])
        let study = try Study(
            space: GPSamplerMultiObjectiveTests.zdtSpace, objectives: objectives, sampler: GPSampler(options: options),
            seed: 4)
        try study.optimize(GPSamplerMultiObjectiveTests.zdt1, trials: 11)
        let trials = try study.trials
        let fitted = trials[8].userAttributes
        for suffix in ["", "@f2", "@f2<=4"] {
            #expect(fitted["gp_fitted_at" + suffix] == "8" && fitted["gp_reused" + suffix] == nil, "\(suffix)")
            for reusing in trials[9...10].map(\.userAttributes) {
                #expect(reusing["gp_reused" + suffix] == "true" && reusing["gp_fitted_at" + suffix] == "8", "\(suffix)")
            }
        }
        // Constraints, and the objectives of EHVI, are fitted without warping.
        for suffix in ["", "@f2", "@f2<=4"] {
            #expect(fitted["gp_output_warping" + suffix] == "none" && fitted["gp_theta_boxcox" + suffix] == nil)
        }
    }
}
