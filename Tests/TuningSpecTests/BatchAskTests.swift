import Foundation
import Testing
import Tuning

@testable import TuningSpec

/// `tuner ask --count K`: K trials asked one after the other, each conditioned on the ones before it.
@Suite struct BatchAskTests {
    /// A 6-D continuous space (the shape of Hartmann-6).
    static let space: [Parameter] = (1...6).map { .float("x\($0)", 0, 1) }

    static func asked(sampler: String, storage: InMemoryStorage = InMemoryStorage()) throws -> AskedStudy {
        var config = StudyConfig()
        (config.space, config.sampler, config.seed) = (space, sampler, 5)
        return try AskedStudy(name: "batch", config: config, storage: storage, file: "f")
    }

    /// A quadratic bowl with its minimum at 0.3 in every coordinate.
    static func bowl(_ params: Parameters) -> Double {
        params.values.reduce(0) { $0 + pow(($1.doubleValue ?? 0) - 0.3, 2) }
    }

    @Test(arguments: ["tpe", "bayes", "random", "sobol"])
    func eightProposalsOnASixDimensionalSpaceAreDistinct(sampler: String) throws {
        let asked = try Self.asked(sampler: sampler)
        // Past the start-up design, so that the model-based samplers propose from their models.
        for trial in try asked.ask(count: 12) { try asked.study.tell(trial.number, value: Self.bowl(trial.params)) }
        let batch = try asked.ask(count: 8)
        #expect(batch.count == 8)
        #expect(Set(batch.map(\.params)).count == 8)
        #expect(Set(batch.map(\.number)) == Set(12..<20))
        #expect(batch.allSatisfy { $0.state == .running && TrialLease.deadline(of: $0) != nil })
    }

    @Test func aGridThatRunsOutEndsTheBatchEarly() throws {
        var config = StudyConfig()
        (config.space, config.sampler) = ([.categorical("c", ["a", "b", "c"])], "grid")
        let asked = try AskedStudy(name: "grid", config: config, storage: InMemoryStorage(), file: "f")
        let batch = try asked.ask(count: 5)
        #expect(batch.map { $0.params["c"]!.description }.sorted() == ["a", "b", "c"])
        #expect(try asked.ask(count: 2).isEmpty)
    }

    @Test func enqueuedConfigurationsComeFirst() throws {
        let asked = try Self.asked(sampler: "random")
        let queued: Parameters = Dictionary(uniqueKeysWithValues: (1...6).map { ("x\($0)", .float(0.5)) })
        try asked.study.enqueue(queued)
        let batch = try asked.ask(count: 3)
        #expect(batch.first?.params == queued)
        #expect(Set(batch.map(\.params)).count == 3)
    }

    @Test(arguments: [0, -1, AskedStudy.maximumBatch + 1])
    func aCountOutsideTheLimitsIsRefusedBeforeAnyTrialStarts(count: Int) throws {
        let asked = try Self.asked(sampler: "random")
        #expect(throws: StudyError.self) { try asked.ask(count: count) }
        #expect(try asked.study.trials.isEmpty)
    }
}
