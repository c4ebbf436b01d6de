import Testing
import Tuning

@testable import TuningSpec

/// The grid the registry builds for ranges at the edges of `Double` and `Int`, and for huge budgets: finite values
/// inside the domain, and a refusal (not an allocation of billions of points) when the grid cannot be served.
@Suite struct ExtremeGridTests {
    @Test func floatValuesOfARangeWhoseWidthOverflowsAreFiniteAndSpread() throws {
        let space = try SearchSpace([.float("x", -1e308, 1e308)])
        let x = try #require(SamplerFactory.floatGrid(space, points: 5)["x"]).compactMap(\.doubleValue)
        #expect(x == [-1e308, -5e307, 0, 5e307, 1e308])
        let points = try GridSampler(values: SamplerFactory.floatGrid(space, points: 5)).points(of: space)
        #expect(points.allSatisfy { (try? space.validate($0)) == $0 })
    }

    @Test func aStudyGridOverAHugeFloatRangeEndsWithValuesInsideIt() throws {
        let space = try SearchSpace([.float("x", -1e308, 1e308), .int("k", Int.max - 2, Int.max)])
        let sampler = try SamplerFactory.make("grid", options: ["points": 3], space: space)
        let study = try Study(space: space, sampler: sampler, seed: 1)
        let summary = try study.optimize(ClosureObjective { t in try t.float("x") / 1e308 }, trials: 20)
        #expect(summary.samplerExhausted && summary.trialsRun == 9)
        for trial in try study.trials {
            let x = try #require(trial.params["x"]?.doubleValue)
            #expect(x.isFinite && x >= -1e308 && x <= 1e308)
            #expect(trial.state == .complete)
        }
    }

    @Test func gridPointsCountIntRangesWithoutOverflowAndStopAtTheGridLimit() throws {
        let whole = try SearchSpace([.int("k", Int.min, Int.max), .float("x", 0, 1)])
        #expect(SamplerFactory.gridPoints(whole, trials: 100) == 2)
        let floats = try SearchSpace([.float("x", 0, 1)])
        #expect(SamplerFactory.gridPoints(floats, trials: Int.max) == GridSampler.maximumPoints)
    }

    @Test func aGridOfABillionIntegersIsRefusedNamingTheParameterBeforeTheStudyStarts() throws {
        let space = try SearchSpace([.int("x", 0, 1_000_000_000)])
        let tooLarge = GridSampler.GridError.tooLarge(parameter: "x", limit: GridSampler.maximumPoints)
        #expect(throws: SpecError(file: "", line: nil, field: "", message: "\(tooLarge)")) {
            try SamplerFactory.make("grid", options: [:], space: space, file: "s.yaml")
        }
        #expect("\(tooLarge)".hasPrefix("grid: parameter 'x' makes the grid larger than 10000000 points"))
        // A grid built directly refuses at its first proposal, before building any point or recording a trial.
        let study = try Study(space: space, sampler: GridSampler(), seed: 1)
        #expect(throws: tooLarge) { try study.optimize(ClosureObjective { _ in 0 }, trials: 1) }
        #expect(try study.trials.isEmpty)
    }

    @Test func aGridWhoseCombinedSizePassesTheLimitIsRefusedBeforeTheStudyStarts() throws {
        let ints = try SearchSpace([.int("a", 0, 1000), .int("b", 0, 1000), .int("c", 0, 1000)])
        let floats = try SearchSpace([.float("x", 0, 1), .float("y", 0, 1)])
        for (space, options, last) in [(ints, [:], "c"), (floats, ["points": ParameterValue.int(10_000)], "y")] {
            let tooLarge = GridSampler.GridError.tooLarge(parameter: last, limit: GridSampler.maximumPoints)
            #expect(throws: SpecError(file: "", line: nil, field: "", message: "\(tooLarge)")) {
                try SamplerFactory.make("grid", options: options, space: space, file: "s.yaml")
            }
        }
    }

    @Test func thePointsOptionIsCappedAtTheGridLimit() throws {
        let space = try SearchSpace([.float("x", 0, 1)])
        #expect(throws: SpecError.self) {
            try SamplerFactory.make("grid", options: ["points": .int(1_000_000_000_000)], space: space)
        }
    }
}
