import Benchmarking
import Foundation
import Randomness
import Testing
import Tuning

@Suite struct InertDimensionTests {
    /// The documented layout: every original parameter is followed by its inert twin.
    static func twinNames(_ f: BenchmarkFunction) -> [String] {
        f.space.parameters.enumerated().filter { $0.offset % 2 == 1 }.map(\.element.name)
    }

    @Test func everyFunctionOfTheSuiteHasAnInertVariantOfTwiceItsDimension() {
        #expect(BenchmarkFunction.inert.map(\.name) == BenchmarkFunction.all.map { $0.name + "_inert" })
        for (original, embedded) in zip(BenchmarkFunction.all, BenchmarkFunction.inert) {
            #expect(embedded.space.count == 2 * original.space.count, "\(embedded.name)")
            #expect(embedded.optimum == original.optimum && embedded.noise == original.noise, "\(embedded.name)")
            #expect(BenchmarkFunction.named(embedded.name)?.name == embedded.name)
            // Each twin has its active parameter's kind and range.
            let parameters = embedded.space.parameters
            for j in stride(from: 0, to: parameters.count, by: 2) {
                #expect(parameters[j].domain == parameters[j + 1].domain, "\(embedded.name) \(parameters[j].name)")
                #expect(parameters[j].domain == original.space.parameters[j / 2].domain, "\(embedded.name)")
            }
        }
        #expect(BenchmarkFunction.catalog.count == 20)
        #expect(BenchmarkFunction.named("hartmann6_inert_inert") == nil)
    }

    @Test func namesFollowTheDocumentedRule() throws {
        let hartmann = try #require(BenchmarkFunction.named("hartmann6_inert"))
        #expect(hartmann.space.parameters.map(\.name) == (1...12).map { "x\($0)" })
        #expect(Self.twinNames(hartmann) == ["x2", "x4", "x6", "x8", "x10", "x12"])
        let mixed = try #require(BenchmarkFunction.named("mixed_inert"))
        #expect(mixed.space.parameters.map(\.name) == ["x1", "x2", "x3", "x4", "k1", "k2", "c1", "c2"])
        #expect(mixed.space["k2"]?.domain == .int(low: 1, high: 8, step: 1, log: false))
        #expect(mixed.space["c2"]?.domain == .categorical(["a", "b", "c"]))
    }

    @Test func changingOnlyInertInputsNeverChangesTheValue() {
        var rng = Xoshiro256StarStar(seed: 2026)
        for (original, embedded) in zip(BenchmarkFunction.all, BenchmarkFunction.inert) {
            let twins = Self.twinNames(embedded)
            let activeNames = embedded.space.parameters.map(\.name).filter { !twins.contains($0) }
            for _ in 0..<300 {
                let point = RandomSampler.sample(embedded.space, using: &rng)
                let other = RandomSampler.sample(embedded.space, using: &rng)
                var moved = point
                for twin in twins { moved[twin] = other[twin] }
                #expect(embedded.value(moved) == embedded.value(point), "\(embedded.name) at \(point)")
                // The value is the original's at the active inputs, in the original's order.
                let originalPoint = Dictionary(
                    uniqueKeysWithValues: zip(original.space.parameters.map(\.name), activeNames.map { point[$0]! }))
                #expect(embedded.value(point) == original.value(originalPoint), "\(embedded.name) at \(point)")
            }
        }
    }

    @Test func activeInputsStillMatter() throws {
        let f = try #require(BenchmarkFunction.named("branin_inert"))
        let x = f.minimizers[0]
        var shifted = x
        shifted["x1"] = .float(0)
        #expect(f.value(shifted) > f.optimum + 1)
        var twinShifted = x
        twinShifted["x2"] = .float(0)
        #expect(abs(f.value(twinShifted) - f.optimum) < 1e-8)
    }

    @Test func theMinimizersCarryOver() {
        for (original, embedded) in zip(BenchmarkFunction.all, BenchmarkFunction.inert) {
            #expect(embedded.minimizers.count == original.minimizers.count, "\(embedded.name)")
            for (x, y) in zip(original.minimizers, embedded.minimizers) {
                #expect(y.count == 2 * x.count)
                #expect(embedded.value(y) == original.value(x), "\(embedded.name) at \(y)")
                #expect(abs(embedded.value(y) - embedded.optimum) < 1e-8, "\(embedded.name) at \(y)")
                #expect((try? embedded.space.validate(y)) != nil, "\(embedded.name): \(y) outside the space")
            }
        }
    }

    @Test func theNoisyVariantObservesTheSameNoiseStream() throws {
        let noisy = try #require(BenchmarkFunction.named("hartmann6_noisy"))
        let embedded = try #require(BenchmarkFunction.named("hartmann6_noisy_inert"))
        var a = BenchmarkFunction.noiseStream(seed: 4)
        var b = BenchmarkFunction.noiseStream(seed: 4)
        var rng = Xoshiro256StarStar(seed: 5)
        for _ in 0..<50 {
            let y = RandomSampler.sample(embedded.space, using: &rng)
            let x = Dictionary(uniqueKeysWithValues: (1...6).map { ("x\($0)", y["x\(2 * $0 - 1)"]!) })
            #expect(noisy.observe(x, noiseStream: &a) == embedded.observe(y, noiseStream: &b))
        }
        let rows = try SamplerBenchmark.run(embedded, sampler: RandomSampler(), seed: 0, trials: 6)
        #expect(rows.count == 6 && rows.allSatisfy { $0.problem == "hartmann6_noisy_inert" && $0.regret >= 0 })
    }

    @Test func problemListsAcceptTheInertKeywordAndNames() throws {
        let inert = try BenchmarkProblem.parseList("inert")
        #expect(inert.map(\.name) == BenchmarkFunction.inert.map(\.name))
        let mixedList = try BenchmarkProblem.parseList("branin, hartmann6_inert, inert, mlp-iris")
        #expect(
            mixedList.map(\.name) == ["branin", "hartmann6_inert"]
                + BenchmarkFunction.inert.map(\.name).filter { $0 != "hartmann6_inert" } + ["mlp-iris"])
        let functions = try BenchmarkProblem.parseFunctionList("all,inert")
        #expect(functions.map(\.name) == BenchmarkFunction.catalog.map(\.name))
        #expect(BenchmarkProblem.knownNames.contains("mixed_inert"))
        let known = ["all", "inert"] + BenchmarkProblem.functionNames + BenchmarkProblem.inertFunctionNames
        #expect(throws: BenchmarkError.unknownProblem("mlp-iris", known: known)) {
            try BenchmarkProblem.parseFunctionList("inert,mlp-iris")
        }
        #expect(throws: BenchmarkError.unknownProblem("branin_inert2", known: known)) {
            try BenchmarkProblem.parseFunctionList("branin_inert2")
        }
    }

    @Test func hostileProblemListsAreRejectedWithTheirFirstUnknownName() {
        var rng = Xoshiro256StarStar(seed: 17)
        let pieces = ["all", "inert", "mlp", "branin_inert", "_inert", "inert ", ",", " ", "x", "é", "\u{0}", "ALL"]
        for _ in 0..<300 {
            let list = (0..<Int.random(in: 1...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                .joined(separator: ",")
            do {
                let names = try BenchmarkProblem.parseFunctionList(list).map(\.name)
                #expect(Set(names).count == names.count, "duplicates from '\(list)'")
                #expect(names.allSatisfy { BenchmarkFunction.named($0) != nil })
            } catch {
                guard case .unknownProblem(let name, _) = error else {
                    Issue.record("unexpected \(error) for '\(list)'")
                    continue
                }
                #expect(BenchmarkFunction.named(name) == nil && !["all", "inert"].contains(name), "'\(list)'")
            }
        }
    }
}
