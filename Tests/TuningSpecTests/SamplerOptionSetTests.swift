import Testing
import Tuning
import TuningSpec

/// The sampler registry's named option sets (the benchmarks' ablations) and the names sweeps accept.
@Suite struct SamplerOptionSetTests {
    static let space = try! SearchSpace([.float("x", 0, 1), .float("y", 0, 1), .int("k", 1, 4)])

    func bayes(_ name: String) throws -> GPSampler.Options {
        try #require(try SamplerFactory.make(named: name, space: Self.space) as? GPSampler).options
    }

    func tpe(_ name: String) throws -> TPESampler.Options {
        try #require(try SamplerFactory.make(named: name, space: Self.space) as? TPESampler).options
    }

    /// Each `bayes-…` set and what it changes in the default options.
    static let bayesChanges: [(name: String, change: @Sendable (inout GPSampler.Options) -> Void)] = [
        ("bayes", { _ in }),
        ("bayes-boxcox", { $0.outputWarping = .boxCox }),
        ("bayes-nowarp", { $0.outputWarping = .none }),
        ("bayes-floor6", { $0.noiseFloor = 1e-6 }),
        ("bayes-startup10", { $0.startupTrials = 10 }),
        (
            "bayes-random10",
            {
                $0.startupDesign = .random
                $0.startupTrials = 10
            }
        ),
        ("bayes-samples8", { $0.hyperparameterSamples = 8 }),
        ("bayes-noisysamples8", { $0.noisyHyperparameterSamples = 8 }),
        ("bayes-r1", { $0.restarts = 1 }),
        ("bayes-warm", { $0.warmStart = true }),
        ("bayes-gamma", { $0.lengthScalePrior = .gamma }),
        ("bayes-ei", { $0.acquisition = .expectedImprovement }),
        ("bayes-noisyei", { $0.noisyIncumbent = true }),
        ("bayes-fullrefit", { $0.fullRefitBelow = 1_000_000 }),
        ("bayes-subset100", { $0.maximumModelPoints = 100 }),
        ("bayes-stagnation", { $0.stagnationTrials = 10 }),
    ]

    @Test func eachOptionSetChangesOnlyItsOption() throws {
        for (name, change) in Self.bayesChanges {
            var expected = GPSampler.Options()
            change(&expected)
            #expect(try bayes(name) == expected, "\(name)")
        }

        let tpeBase = TPESampler.Options()
        var tpeExpected = tpeBase
        tpeExpected.multivariate = false
        #expect(try tpe("tpe-independent") == tpeExpected)
        tpeExpected = tpeBase
        tpeExpected.studySizeClip = false
        #expect(try tpe("tpe-optuna") == tpeExpected)
    }

    @Test func theNamesKeepTheirOrderAndEverySetIsBuilt() throws {
        #expect(
            SamplerFactory.benchmarkNames == [
                "bayes", "bayes-boxcox", "bayes-nowarp", "bayes-floor6", "bayes-startup10", "bayes-random10",
                "bayes-samples8", "bayes-noisysamples8", "bayes-r1", "bayes-warm", "bayes-gamma", "bayes-ei",
                "bayes-noisyei",
                "bayes-fullrefit", "bayes-subset100", "bayes-stagnation", "random", "sobol", "tpe",
                "tpe-independent", "tpe-optuna",
            ])
        #expect(SamplerFactory.sweepNames.prefix(5) == ["bayes", "tpe", "random", "sobol", "grid"])
        #expect(SamplerFactory.sweepNames.count == StudyConfig.samplers.count + SamplerOptionSet.all.count)
        for set in SamplerOptionSet.all { _ = try set.make(space: Self.space) }
        #expect(SamplerOptionSet.named("bayes-ei")?.sampler == "bayes" && SamplerOptionSet.named("nope") == nil)
    }

    @Test func sweepListsExpandAllAndNameTheFirstUnknownSampler() throws {
        #expect(
            try SamplerFactory.parseSweepList("all, tpe, bayes-ei")
                == ["bayes", "tpe", "random", "sobol", "grid", "bayes-ei"])
        #expect(try SamplerFactory.parseSweepList("all, nsga2") == SamplerFactory.sweepAllNames + ["nsga2"])
        do {
            _ = try SamplerFactory.parseSweepList("tpe,foo")
            Issue.record("an unknown sampler was accepted")
        } catch {
            #expect("\(error)".hasPrefix("unknown sampler 'foo' (known: all, bayes, tpe"), "\(error)")
        }
        #expect(throws: SpecError.self) { try SamplerFactory.make(named: "foo", space: Self.space) }
    }

    @Test func aGridForABudgetHasAtLeastThatManyPoints() throws {
        // k has 4 values; 4·p² ≥ 60 first at p = 4.
        #expect(SamplerFactory.gridPoints(Self.space, trials: 60) == 4)
        #expect(SamplerFactory.gridPoints(Self.space, trials: 1) == 2)
        let grid = try #require(try SamplerFactory.make(named: "grid", space: Self.space, trials: 60) as? GridSampler)
        #expect(grid.values["x"]?.count == 4 && grid.values["y"]?.count == 4)
        let defaultGrid = try #require(try SamplerFactory.make(named: "grid", space: Self.space) as? GridSampler)
        #expect(defaultGrid.values["x"]?.count == 5)
    }

    @Test func tpeTakesTheStudySizeClipOption() throws {
        let sampler = try SamplerFactory.make("tpe", options: ["study_size_clip": false], space: Self.space)
        #expect((sampler as? TPESampler)?.options.studySizeClip == false)
        #expect(throws: SpecError.self) {
            try SamplerFactory.make("tpe", options: ["study_size_clip": 3], space: Self.space)
        }
    }
}
