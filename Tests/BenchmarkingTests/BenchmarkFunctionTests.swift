import Benchmarking
import Foundation
import Randomness
import Testing
import Tuning

@Suite struct BenchmarkFunctionTests {
    @Test func theTenFunctionsOfTheSuiteExist() {
        #expect(
            BenchmarkFunction.all.map(\.name) == [
                "branin", "camel6", "hartmann3", "hartmann6", "ackley5",
                "rosenbrock4", "levy5", "styblinski4", "mixed", "hartmann6_noisy",
            ])
        #expect(BenchmarkFunction.named("hartmann6")?.space.count == 6)
        #expect(BenchmarkFunction.named("mixed")?.space["c"]?.domain == .categorical(["a", "b", "c"]))
        #expect(BenchmarkFunction.named("nope") == nil)
    }

    @Test func knownMinimizersAttainTheOptimum() {
        for f in BenchmarkFunction.all {
            for x in f.minimizers {
                // The published minimizers carry 10 digits; the optimum values are the true minima.
                #expect(abs(f.value(x) - f.optimum) < 1e-8, "\(f.name) at \(x)")
            }
        }
    }

    @Test func noSampledPointBeatsTheOptimum() {
        var rng = Xoshiro256StarStar(seed: 42)
        for f in BenchmarkFunction.all {
            for _ in 0..<2000 {
                let p = RandomSampler.sample(f.space, using: &rng)
                #expect(f.value(p) >= f.optimum - 1e-12, "\(f.name) at \(p)")
            }
        }
    }

    @Test func formulasMatchIndependentSpotValues() {
        // Values at simple points worked out by hand from the docs/bench/FUNCTIONS.md formulas.
        #expect(abs(SyntheticFunctions.rosenbrock([0, 0, 0, 0]) - 3) < 1e-12)
        #expect(abs(SyntheticFunctions.styblinskiTang([0, 0, 0, 0])) < 1e-12)
        #expect(abs(SyntheticFunctions.camel6([1, 1]) - (4 - 2.1 + 1.0 / 3 + 1 + 0)) < 1e-12)
        #expect(abs(SyntheticFunctions.ackley([0, 0, 0, 0, 0])) < 1e-12)
        #expect(abs(SyntheticFunctions.levy([1, 1, 1, 1, 1])) < 1e-12)
        #expect(abs(SyntheticFunctions.mixed(x1: 0.2, x2: 0.8, k: 3, c: "a") - 0.3) < 1e-12)
        #expect(abs(SyntheticFunctions.mixed(x1: 0.7, x2: 0.3, k: 8, c: "b") - 0.4) < 1e-12)
        let b = 5.1 / (4 * Double.pi * Double.pi)
        let c = 5 / Double.pi
        let u = 0 - b * 0 + c * 0 - 6
        #expect(abs(SyntheticFunctions.branin([0, 0]) - (u * u + 10 * (1 - 1 / (8 * Double.pi)) + 10)) < 1e-12)
    }

    @Test func noiseIsOnlyOnTheNoisyFunctionAndHasTheStatedScale() {
        let noisy = BenchmarkFunction.named("hartmann6_noisy")!
        let clean = BenchmarkFunction.named("hartmann6")!
        let x = clean.minimizers[0]
        var stream = BenchmarkFunction.noiseStream(seed: 0)
        #expect(clean.observe(x, noiseStream: &stream) == clean.value(x))
        let draws = (0..<4000).map { _ in noisy.observe(x, noiseStream: &stream) - noisy.value(x) }
        let mean = draws.reduce(0, +) / 4000
        let sd = (draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 3999).squareRoot()
        #expect(abs(mean) < 0.01 && abs(sd - 0.1) < 0.01)
    }

    @Test func theHarnessReportsMonotoneNonNegativeRegret() throws {
        let f = BenchmarkFunction.named("hartmann6_noisy")!
        let rows = try SamplerBenchmark.run(f, sampler: RandomSampler(), seed: 3, trials: 25)
        #expect(rows.count == 25 && rows.map(\.trial) == Array(1...25))
        #expect(rows.allSatisfy { $0.regret >= 0 && $0.proposalSeconds >= 0 && $0.sampler == "random" })
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $1.best <= $0.best && $1.elapsedSeconds >= $0.elapsedSeconds })
        let again = try SamplerBenchmark.run(f, sampler: RandomSampler(), seed: 3, trials: 25)
        #expect(again.map(\.value) == rows.map(\.value), "same seed, same observations (noise included)")
        #expect(Quantiles.median([3, 1, 2]) == 2 && Quantiles.quantile([0, 10], 0.25) == 2.5)
    }

    @Test func rowsCarryTheNameAskedForAndTheRegretOfTheBestObservedPoint() throws {
        let f = BenchmarkFunction.named("branin")!
        let rows = try SamplerBenchmark.run(
            .function(f), sampler: RandomSampler(), samplerName: "random-ablation",
            seed: 1, trials: 8)
        #expect(rows.allSatisfy { $0.sampler == "random-ablation" && $0.problem == "branin" && $0.seed == 1 })
        // Noiseless: the best observed value is f_true at the best point, so regret = best − f*.
        for row in rows {
            #expect(row.best == rows.prefix(row.trial).map(\.value).min())
            #expect(abs(row.regret - (row.best - f.optimum)) <= 1e-12)
        }
    }

    @Test func problemListsExpandAllAndMlpAndNameTheFirstUnknownProblem() throws {
        let all = try BenchmarkProblem.parseList("all, branin")
        #expect(all.map(\.name) == BenchmarkFunction.all.map(\.name))
        let mlp = try BenchmarkProblem.parseList("mlp")
        #expect(mlp.map(\.name).contains("mlp-iris") && mlp.allSatisfy { $0.name.hasPrefix("mlp-") })
        #expect(BenchmarkProblem(named: "mlp-iris")?.space.parameters.isEmpty == false)
        #expect(
            throws: BenchmarkError.unknownProblem(
                "nope", known: ["all", "inert", "mlp", "multiobjective"] + BenchmarkProblem.knownNames)
        ) {
            try BenchmarkProblem.parseList("branin,nope")
        }
    }
}
