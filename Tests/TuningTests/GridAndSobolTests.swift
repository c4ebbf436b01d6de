import Foundation
import Randomness
import Testing

@testable import Tuning

@Suite struct GridSamplerTests {
    let space = try! SearchSpace([
        .int("units", 16, 64, step: 16),
        .categorical("optimizer", ["sgd", "adam"]),
        .float("momentum", 0, 0.99).when("optimizer", in: ["sgd"]),
        .float("lr", 1e-4, 1e-1, log: true),
        .fixed("epochs", 5),
    ])
    let values: [String: [ParameterValue]] = ["momentum": [0.0, 0.9], "lr": [1e-3, 1e-2]]

    @Test func theGridIsEveryCombinationOfActiveValues() throws {
        let points = try GridSampler(values: values).points(of: space)
        // units (4) × [sgd × momentum (2) + adam] × lr (2) = 4 × 3 × 2
        #expect(points.count == 24)
        #expect(Set(points).count == 24)
        #expect(points.allSatisfy { (try? space.validate($0)) == $0 })
        #expect(points.filter { $0["optimizer"] == "adam" }.allSatisfy { $0["momentum"] == nil })
    }

    @Test func aFloatWithoutListedValuesIsAnErrorNamingIt() {
        #expect(throws: GridSampler.GridError.floatNeedsValues(parameter: "momentum")) {
            try GridSampler(values: ["lr": [1e-3]]).points(of: space)
        }
        #expect(throws: GridSampler.GridError.valueOutsideDomain(parameter: "lr", value: 5.0)) {
            try GridSampler(values: ["lr": [5.0], "momentum": [0.5]]).points(of: space)
        }
    }

    @Test func aStudyVisitsEachPointOnceThenEnds() throws {
        let study = try Study(space: space, sampler: GridSampler(values: values), seed: 1)
        let summary = try study.optimize(ClosureObjective { _ in 1 }, trials: 100)
        #expect(summary.samplerExhausted && summary.trialsRun == 24)
        let params = try study.trials.map(\.params)
        #expect(Set(params) == Set(try GridSampler(values: values).points(of: space)))
    }

    @Test func parallelJobsNeverShareAPoint() throws {
        let study = try Study(space: space, sampler: GridSampler(values: values), seed: 2)
        let summary = try study.optimize(
            ClosureObjective { _ in
                Thread.sleep(forTimeInterval: 0.003)
                return 1
            }, jobs: 4)
        #expect(summary.samplerExhausted && summary.trialsRun == 24)
        let params = try study.trials.map(\.params)
        #expect(params.count == 24 && Set(params).count == 24)
    }

    @Test func enqueuedAndImportedPointsAreNotRepeated() throws {
        let study = try Study(space: space, sampler: GridSampler(values: values), seed: 3)
        try study.add(params: ["units": 16, "optimizer": "adam", "lr": 1e-3], value: 0.5)
        try study.optimize(ClosureObjective { _ in 1 })
        #expect(try study.trials.count == 24)
        #expect(Set(try study.trials.map(\.params)).count == 24)
    }
}

@Suite struct SobolTests {
    @Test func unscrambledPointsMatchTheKnownSequence() {
        let s = SobolSequence(dimension: 3, scrambleSeed: nil)
        // Gray-code order, Joe–Kuo directions: the classic first points.
        #expect(s.point(0) == [0, 0, 0])
        #expect(s.point(1) == [0.5, 0.5, 0.5])
        #expect(s.point(2) == [0.75, 0.25, 0.25])
        #expect(s.point(3) == [0.25, 0.75, 0.75])
        #expect(s.point(4) == [0.375, 0.375, 0.625])
    }

    @Test func everyPrefixOfPowerOfTwoLengthStratifiesEachCoordinate() {
        for seed: UInt64? in [nil, 1, 2] {
            let s = SobolSequence(dimension: 8, scrambleSeed: seed)
            let points = (0..<64).map(s.point)
            for j in 0..<8 {
                let cells = Set(points.map { Int($0[j] * 64) })
                #expect(cells.count == 64, "dimension \(j), seed \(String(describing: seed))")
            }
            // 2-D projections are (0, m, 2)-nets for the first two coordinates: 16 points, one per 4×4 cell.
            let pairs = Set(points.prefix(16).map { [Int($0[0] * 4), Int($0[1] * 4)] })
            #expect(pairs.count == 16)
        }
    }

    @Test func scramblingDependsOnTheSeedAndStaysInTheUnitCube() {
        let a = SobolSequence(dimension: 5, scrambleSeed: 1)
        let b = SobolSequence(dimension: 5, scrambleSeed: 2)
        #expect(a.point(0) != b.point(0))
        for n in 0..<200 { #expect(a.point(n).allSatisfy { $0 >= 0 && $0 < 1 }) }
        #expect(SobolSequence.maximumDimension == 57)
    }

    @Test func theSamplerContinuesTheSequenceFromTheHistory() throws {
        let space = try SearchSpace([.float("x", 0, 1), .int("k", 0, 7), .categorical("c", ["a", "b"])])
        let study = try Study(space: space, sampler: SobolSampler(), seed: 4)
        try study.optimize(ClosureObjective { _ in 0 }, trials: 16)
        let trials = try study.trials
        #expect(Set(trials.map { Int($0.params["x"]!.doubleValue! * 16) }).count == 16)
        #expect(Dictionary(grouping: trials, by: { $0.params["k"]! }).values.allSatisfy { $0.count == 2 })
        #expect(Dictionary(grouping: trials, by: { $0.params["c"]! }).values.allSatisfy { $0.count == 8 })
        // A fresh sampler given the same history proposes what the study's own sampler would next.
        var fresh = SobolSampler()
        var rng = Xoshiro256StarStar(seed: 0)
        let context = SamplingContext(space: space, direction: .minimize, trials: trials, seed: 4)
        let next = try fresh.propose(context, using: &rng)
        var again = SobolSampler()
        #expect(try again.propose(context, using: &rng) == next)
    }
}
