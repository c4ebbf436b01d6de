import Testing
import Tuning

@testable import TuningReport

/// ε² main-effect importance: known answers on constructed studies.
@Suite struct ParameterImportanceTests {
    /// y depends on x only (plus a category that does nothing): x must dominate, the category near zero.
    @Test func theParameterThatDrivesTheValueRanksFirst() throws {
        let space = try SearchSpace([.float("x", 0, 1), .categorical("c", ["a", "b"]), .fixed("f", 3)])
        let trials = (0..<60).map { i -> Trial in
            let x = Double((i * 37) % 60) / 60  // a permutation of 0, 1/60, …: x and i are unrelated
            let c: ParameterValue = i % 2 == 0 ? "a" : "b"
            return Trial(number: i, state: .complete, params: ["x": .float(x), "c": c, "f": 3], value: 10 * x * x)
        }
        let entries = ParameterImportance.compute(space: space, trials: trials)
        #expect(entries.map(\.parameter) == ["x", "c"])  // fixed parameters are left out
        #expect(entries[0].importance > 0.8)
        #expect(entries[1].importance < 0.1)
        #expect(entries[0].trials == 60)
    }

    /// A categorical parameter whose two choices shift y by a constant explains all of the variance.
    @Test func aCategoryThatSplitsTheValuesExplainsEverything() throws {
        let space = try SearchSpace([.categorical("c", ["a", "b"])])
        let trials = (0..<20).map { i in
            Trial(number: i, state: .complete, params: ["c": i % 2 == 0 ? "a" : "b"], value: i % 2 == 0 ? 1 : 5)
        }
        let entry = try #require(ParameterImportance.compute(space: space, trials: trials).first)
        #expect(abs(entry.importance - 1) < 1e-12)
    }

    /// Kelley's ε² against a hand computation: groups {1, 2, 3} and {4, 6, 8}, n = 6, B = 2.
    /// ȳ = 4, SS_total = 9+4+1+0+4+16 = 34, SS_between = 3·(2−4)² + 3·(6−4)² = 24, SS_within = 10,
    /// ε² = (24 − 1·10/4) / 34 = 21.5 / 34.
    @Test func epsilonSquaredMatchesAHandComputation() {
        let e = ParameterImportance.epsilonSquared(values: [1, 2, 3, 4, 6, 8], groups: [0, 0, 0, 1, 1, 1])
        #expect(abs(e - 21.5 / 34) < 1e-12)
    }

    /// Pruned, failed and running trials are not used; constant values give zero importance.
    @Test func onlyCompleteTrialsCountAndConstantValuesGiveZero() throws {
        let space = try SearchSpace([.float("x", 0, 1)])
        var trials = (0..<10).map {
            Trial(number: $0, state: .complete, params: ["x": .float(Double($0) / 10)], value: 2)
        }
        trials.append(Trial(number: 10, state: .pruned, params: ["x": 0.5], value: 100))
        trials.append(Trial(number: 11, state: .failed, params: ["x": 0.7]))
        let entry = try #require(ParameterImportance.compute(space: space, trials: trials).first)
        #expect(entry.importance == 0)
        #expect(entry.trials == 10)
    }

    /// Equal parameter values share a rank bin.
    @Test func tiedValuesShareABin() {
        let bins = ParameterImportance.rankBins([3, 1, 3, 3, 2, 5, 4, 3, 0])
        #expect(bins[0] == bins[2] && bins[2] == bins[3] && bins[3] == bins[7])
        #expect(Set(bins).count >= 2)
    }
}
