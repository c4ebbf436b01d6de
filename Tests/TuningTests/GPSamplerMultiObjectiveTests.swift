import Testing

@testable import Tuning

/// Studies with several objectives and constraints under the `bayes` sampler: ZDT1 against random sampling, a
/// constrained problem, every acquisition path, pending trials, reproducibility. The acquisition's math:
/// `GPSamplerMultiObjectiveAcquisitionTests`; the models' data and notes: `GPSamplerOutcomeModelTests`; the
/// classic path: `GPSamplerClassicProposalTests`.
@Suite struct GPSamplerMultiObjectiveTests {
    static func fastSampler(startup: Int = 6) -> GPSampler {
        var options = GPSampler.Options()
        options.startupTrials = startup
        options.candidates = 512
        options.localStarts = 3
        return GPSampler(options: options)
    }

    /// ZDT1 (Zitzler, Deb & Thiele 2000) in d = 4:
    /// f₁ = x₁, g = 1 + 9·(x₂ + x₃ + x₄)/3, f₂ = g·(1 − √(f₁/g)).
    static let zdt1 = MetricsObjective { trial in
        let x = try (1...4).map { try trial.float("x\($0)") }
        let g = 1 + 9 * (x[1] + x[2] + x[3]) / 3
        return ["f1": x[0], "f2": g * (1 - (x[0] / g).squareRoot())]
    }
    static let zdtSpace = try! SearchSpace((1...4).map { .float("x\($0)", 0, 1) })
    static let twoObjectives = try! StudyObjectives(objectives: [
        ObjectiveMetric(name: "f1", direction: .minimize), ObjectiveMetric(name: "f2", direction: .minimize),
    ])

    static func frontHypervolume(_ study: Study, reference: [Double]) throws -> Double {
        let front = study.objectives.paretoFront(of: try study.trials)
        return Hypervolume.volume(of: front.compactMap { study.objectives.losses(of: $0) }, reference: reference)
    }

    /// The hypervolume (reference point (11, 11), as the ZDT benchmark problems use; at most 120.67) of the front
    /// after 40 trials, against random sampling with the same seed.
    @Test(arguments: [1, 2] as [UInt64])
    func zdt1FrontBeatsRandomSampling(seed: UInt64) throws {
        let bayes = try Study(
            space: Self.zdtSpace, objectives: Self.twoObjectives, sampler: Self.fastSampler(startup: 8), seed: seed)
        try bayes.optimize(Self.zdt1, trials: 40)
        let random = try Study(
            space: Self.zdtSpace, objectives: Self.twoObjectives, sampler: RandomSampler(), seed: seed)
        try random.optimize(Self.zdt1, trials: 40)
        let ours = try Self.frontHypervolume(bayes, reference: [11, 11])
        let theirs = try Self.frontHypervolume(random, reference: [11, 11])
        #expect(ours > theirs + 1, "hypervolume: bayes \(ours), random \(theirs)")
        #expect(ours > 120.5, "hypervolume of bayes: \(ours) (maximum 120.67)")
        #expect(try bayes.trials.last!.userAttributes["gp_acquisition"] == "log_ehvi")
    }

    /// A declared reference point bounds where improvement counts: with f₁ = x, f₂ = 1 − x + y² and the
    /// reference (0.3, 0.9), only x in [0.1, 0.3] (with small y) can improve the hypervolume, and most proposals
    /// after the start-up go there; without it, the region reaches the worst observations and proposals spread
    /// over x.
    @Test func aDeclaredReferencePointFocusesTheProposals() throws {
        let space = try SearchSpace([.float("x", 0, 1), .float("y", 0, 1)])
        let objective = MetricsObjective { trial in
            let (x, y) = (try trial.float("x"), try trial.float("y"))
            return ["f1": x, "f2": 1 - x + y * y]
        }
        func inWindow(_ objectives: StudyObjectives) throws -> Int {
            let study = try Study(space: space, objectives: objectives, sampler: Self.fastSampler(), seed: 4)
            try study.optimize(objective, trials: 22)
            return try study.trials.dropFirst(6).filter { (0.08...0.32).contains($0.params["x"]!.doubleValue!) }.count
        }
        let declared = try StudyObjectives(objectives: Self.twoObjectives.objectives, referencePoint: [0.3, 0.9])
        let focused = try inWindow(declared)
        let spread = try inWindow(Self.twoObjectives)
        #expect(focused >= 12, "\(focused) of 16 proposals in x ∈ [0.08, 0.32] with the reference point")
        #expect(focused > spread + 4, "with the reference point \(focused), without \(spread)")
    }

    /// Two objectives (x, y) under one constraint that holds on a disc of area 0.126: after the start-up trials,
    /// most proposals of `bayes` are feasible, against about an eighth of random ones.
    @Test func constrainedProposalsAreMostlyFeasible() throws {
        let objectives = try StudyObjectives(
            objectives: [
                ObjectiveMetric(name: "f1", direction: .minimize), ObjectiveMetric(name: "f2", direction: .minimize),
            ], constraints: [OutcomeConstraint(metric: "c", relation: .atMost, bound: 0.04)])
        let space = try SearchSpace([.float("x", 0, 1), .float("y", 0, 1)])
        let objective = MetricsObjective { trial in
            let (x, y) = (try trial.float("x"), try trial.float("y"))
            return ["f1": x, "f2": y, "c": (x - 0.6) * (x - 0.6) + (y - 0.6) * (y - 0.6)]
        }
        func feasibleAfterStartup(_ sampler: any Sampler) throws -> Int {
            let study = try Study(space: space, objectives: objectives, sampler: sampler, seed: 5)
            try study.optimize(objective, trials: 30)
            return try study.trials.dropFirst(6).filter { objectives.isFeasible($0) }.count
        }
        let ours = try feasibleAfterStartup(Self.fastSampler(startup: 6))
        let theirs = try feasibleAfterStartup(RandomSampler())
        #expect(ours > theirs && ours >= 18, "feasible proposals of 24 after start-up: bayes \(ours), random \(theirs)")
    }

    /// Every path records its acquisition: one objective with a constraint (log EI × PoF, or PoF alone while
    /// nothing is feasible), three objectives (log EHVI), four (ParEGO, with its weights).
    @Test func eachPathProposesValidPointsAndSaysWhichAcquisition() throws {
        let space = try SearchSpace([.float("x", 0, 1), .float("y", 0, 1), .int("k", 1, 4)])
        let names = ["a", "b", "c", "d"]
        let objective = MetricsObjective { trial in
            let (x, y, k) = (try trial.float("x"), try trial.float("y"), Double(try trial.int("k")))
            return ["a": x + 0.1 * k, "b": 1 - x + y, "c": (x - y) * (x - y) + 0.05 * k, "d": y * k, "s": x + y]
        }
        func lastNotes(_ objectives: StudyObjectives, trials: Int = 9) throws -> [String: String] {
            let study = try Study(space: space, objectives: objectives, sampler: Self.fastSampler(startup: 5), seed: 3)
            try study.optimize(objective, trials: trials)
            for t in try study.trials { #expect(try space.validate(t.params) == t.params) }
            return try study.trials.last!.userAttributes
        }
        func lastAcquisition(_ objectives: StudyObjectives, trials: Int = 9) throws -> String? {
            try lastNotes(objectives, trials: trials)["gp_acquisition"]
        }
        let single = ObjectiveMetric(name: "a", direction: .minimize)
        let constrained = try StudyObjectives(
            objectives: [single], constraints: [OutcomeConstraint(metric: "s", relation: .atMost, bound: 1)])
        #expect(try lastAcquisition(constrained) == "log_ei+log_pof")
        let impossible = try StudyObjectives(
            objectives: [single], constraints: [OutcomeConstraint(metric: "s", relation: .atLeast, bound: 5)])
        #expect(try lastAcquisition(impossible, trials: 7) == "log_pof")
        let three = try StudyObjectives(
            objectives: names.prefix(3).map { ObjectiveMetric(name: $0, direction: .minimize) })
        #expect(try lastAcquisition(three) == "log_ehvi")
        let four = try StudyObjectives(objectives: names.map { ObjectiveMetric(name: $0, direction: .maximize) })
        let parEGO = try lastNotes(four)
        #expect(parEGO["gp_acquisition"] == "parego_log_ei")
        let weights = try #require(parEGO["gp_parego_weights"]).split(separator: ",").compactMap { Double($0) }
        #expect(weights.count == 4 && weights.allSatisfy { $0 > 0 } && abs(weights.reduce(0, +) - 1) < 1e-12)
    }

    @Test func sameSeedGivesTheSameTrialsAndPendingTrialsSpreadProposals() throws {
        func run() throws -> (trials: [Parameters], batch: [Parameters]) {
            let study = try Study(
                space: Self.zdtSpace, objectives: Self.twoObjectives, sampler: Self.fastSampler(), seed: 9)
            try study.optimize(Self.zdt1, trials: 10)
            let batch = try (0..<2).map { _ in try #require(try study.ask()).params }
            return (try study.trials.map(\.params), batch)
        }
        let (first, second) = (try run(), try run())
        #expect(first.trials == second.trials && first.batch == second.batch)
        #expect(first.batch[0] != first.batch[1], "the second proposal conditions on the first, still running")
    }
}
