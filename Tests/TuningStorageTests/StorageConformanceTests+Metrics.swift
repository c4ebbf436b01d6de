import Foundation
import Testing
import Tuning

/// The metrics of studies with several objectives or constraints, on every backend.
extension StorageConformanceTests {
    static func multiObjectiveSpec() throws -> StudySpec {
        let objectives = try StudyObjectives(
            objectives: [
                ObjectiveMetric(name: "accuracy", direction: .maximize),
                ObjectiveMetric(name: "latency_ms", direction: .minimize),
            ],
            constraints: [OutcomeConstraint(metric: "memory_mb", relation: .atMost, bound: 64)])
        return StudySpec(
            name: Fixtures.uniqueName("mo"), direction: .minimize, space: Fixtures.space, seed: 7,
            objectives: objectives)
    }

    /// After a migration: the study `spec` with its one trial of value 1, written before it, reads back unchanged;
    /// a new study with several objectives stores its metrics.
    static func checkMigrated(_ storage: any StudyStorage, keeping spec: StudySpec) throws {
        #expect(try storage.study(named: spec.name) == spec, "an old spec decodes as a single-objective study")
        #expect(try storage.study(named: spec.name)?.declaredObjectives == nil)
        let old = try storage.trials(in: spec.name)
        #expect(old.map(\.value) == [1] && old[0].metrics.isEmpty)
        let mo = try multiObjectiveSpec()
        try storage.createStudy(mo)
        let t = try storage.createTrial(in: mo.name, Trial(state: .running, params: Fixtures.params))
        let metrics = ["accuracy": 0.9, "latency_ms": 4, "memory_mb": 10]
        try storage.finishTrial(
            in: mo.name, number: t.number, state: .complete, value: 0.9, metrics: metrics, reason: nil, at: Date())
        #expect(try storage.trials(in: mo.name)[0].metrics == metrics)
    }

    @Test("a study's objectives and constraints round-trip, primary direction first", arguments: StorageBackend.all)
    func objectivesRoundTrip(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = try Self.multiObjectiveSpec()
        #expect(spec.direction == .maximize, "the primary objective's direction")
        try storage.createStudy(spec)
        let reopened = try #require(try backend.open().study(named: spec.name))
        #expect(reopened == spec)
        #expect(reopened.objectives.requiredMetrics == ["accuracy", "latency_ms", "memory_mb"])
        #expect(reopened.objectives.constraints.map(\.description) == ["memory_mb <= 64"])
    }

    @Test("metrics are stored by finishTrial and by an imported trial, exactly", arguments: StorageBackend.all)
    func metricsRoundTrip(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = try Self.multiObjectiveSpec()
        try storage.createStudy(spec)
        let metrics = ["accuracy": 0.975, "latency_ms": 12.5e-3, "memory_mb": -1e300]
        let running = try storage.createTrial(in: spec.name, Trial(state: .running, params: Fixtures.params))
        try storage.finishTrial(
            in: spec.name, number: running.number, state: .complete, value: 0.975, metrics: metrics, reason: nil,
            at: Date())
        let imported = try storage.createTrial(
            in: spec.name,
            Trial(state: .complete, params: Fixtures.params, value: 0.5, metrics: ["accuracy": 0.5, "latency_ms": 3]))
        let plain = try storage.createTrial(in: spec.name, Trial(state: .running, params: Fixtures.params))
        try storage.finishTrial(
            in: spec.name, number: plain.number, state: .failed, value: nil, reason: "x", at: Date())
        let trials = try backend.open().trials(in: spec.name)
        #expect(trials[running.number].metrics == metrics)
        #expect(trials[imported.number].metrics == ["accuracy": 0.5, "latency_ms": 3])
        #expect(trials[plain.number].metrics.isEmpty)
        #expect(trials.count == 3)
    }

    @Test("metrics cannot be written to a finished trial", arguments: StorageBackend.all)
    func metricsOnlyWhileRunning(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = try Self.multiObjectiveSpec()
        try storage.createStudy(spec)
        let t = try storage.createTrial(in: spec.name, Trial(state: .running, params: Fixtures.params))
        try storage.finishTrial(
            in: spec.name, number: t.number, state: .complete, value: 1, metrics: ["accuracy": 1], reason: nil,
            at: Date())
        #expect(throws: StorageError.self) {
            try storage.finishTrial(
                in: spec.name, number: t.number, state: .complete, value: 2, metrics: ["accuracy": 2], reason: nil,
                at: Date())
        }
        #expect(try storage.trials(in: spec.name)[t.number].metrics == ["accuracy": 1])
    }
}
