import Foundation
import Testing
import Tuning

/// Objectives, constraints and metrics of a study: what a measurement records, losses, violations, and a
/// study with several objectives from `MetricsObjective` to stored trials.
@Suite struct StudyObjectivesTests {
    let objectives = try! StudyObjectives(
        objectives: [
            ObjectiveMetric(name: "accuracy", direction: .maximize),
            ObjectiveMetric(name: "latency_ms", direction: .minimize),
        ],
        constraints: [
            OutcomeConstraint(metric: "latency_ms", relation: .atMost, bound: 20),
            OutcomeConstraint(metric: "memory_mb", relation: .atLeast, bound: 1),
        ])

    @Test func recordKeepsTheRequiredMetricsAndThePrimaryValue() throws {
        let m = TrialMeasurement(metrics: ["accuracy": 0.9, "latency_ms": 25, "memory_mb": 0.5, "extra": 1])
        let recorded = try objectives.record(m)
        #expect(recorded.value == 0.9)
        #expect(recorded.metrics == ["accuracy": 0.9, "latency_ms": 25, "memory_mb": 0.5])
        let bare = try objectives.record(TrialMeasurement(value: 0.8, metrics: ["latency_ms": 1, "memory_mb": 2]))
        #expect(bare.value == 0.8 && bare.metrics["accuracy"] == 0.8)
        #expect(throws: MultiObjectiveError.missingMetric("memory_mb")) {
            try objectives.record(TrialMeasurement(metrics: ["accuracy": 0.9, "latency_ms": 25]))
        }
        #expect(throws: MultiObjectiveError.nonFiniteMetric("latency_ms", .infinity)) {
            try objectives.record(TrialMeasurement(metrics: ["accuracy": 1, "latency_ms": .infinity, "memory_mb": 2]))
        }
        let single = StudyObjectives.single(.minimize)
        #expect(try single.record(TrialMeasurement(value: 3, metrics: ["x": 1])).metrics.isEmpty)
        #expect(try single.record(TrialMeasurement(metrics: ["value": 2])).value == 2)
        #expect(throws: MultiObjectiveError.missingMetric("value")) { try single.record(TrialMeasurement()) }
    }

    @Test func lossesAndViolations() {
        let t = Trial(state: .complete, value: 0.9, metrics: ["accuracy": 0.9, "latency_ms": 25, "memory_mb": 0.5])
        #expect(objectives.losses(of: t) == [-0.9, 25])
        #expect(objectives.violation(of: t) == 5.5)
        #expect(!objectives.isFeasible(t))
        let missing = Trial(state: .complete, value: 0.9, metrics: ["accuracy": 0.9])
        #expect(objectives.losses(of: missing) == nil && objectives.violation(of: missing) == nil)
        #expect(OutcomeConstraint(metric: "a", relation: .atMost, bound: 1).violation(.nan) == .infinity)
        #expect(OutcomeConstraint(metric: "a", relation: .atLeast, bound: 1).slack(3) == -2)
    }

    @Test func aReferencePointIsOneFiniteValuePerObjective() throws {
        let two = [ObjectiveMetric(name: "a", direction: .maximize), ObjectiveMetric(name: "b", direction: .minimize)]
        #expect(try StudyObjectives(objectives: two, referencePoint: [0.5, 3]).referencePoint == [0.5, 3])
        for bad in [[1.0], [1, 2, 3], [.nan, 1], [1, .infinity]] {
            #expect(throws: MultiObjectiveError.invalidReferencePoint(count: 2)) {
                try StudyObjectives(objectives: two, referencePoint: bad)
            }
        }
    }

    @Test func theParetoFrontHoldsFeasibleNondominatedCompleteTrials() {
        func trial(_ n: Int, _ a: Double, _ l: Double, memory: Double = 2, state: TrialState = .complete) -> Trial {
            Trial(number: n, state: state, value: a, metrics: ["accuracy": a, "latency_ms": l, "memory_mb": memory])
        }
        let trials = [
            trial(0, 0.9, 10), trial(1, 0.95, 15), trial(2, 0.85, 12),  // 2 is dominated by 0
            trial(3, 0.99, 30),  // infeasible: latency above 20
            trial(4, 0.99, 5, memory: 0),  // infeasible: memory below 1
            trial(5, 0.97, 1, state: .pruned), trial(6, 0.95, 15),  // 6 equals 1: both kept
        ]
        #expect(objectives.paretoFront(of: trials).map(\.number) == [0, 1, 6])
        #expect(objectives.feasibility(of: trials)! == (4, 6))
    }

    @Test func aStudyWithSeveralObjectivesStoresMetricsAndFailsTrialsMissingOne() throws {
        let space = try SearchSpace([.float("x", 0, 1)])
        let study = try Study(space: space, objectives: objectives, sampler: RandomSampler(), seed: 3)
        #expect(study.direction == .maximize)
        let objective = MetricsObjective { trial in
            let x = try trial.float("x")
            return x < 0.3 ? ["accuracy": x] : ["accuracy": x, "latency_ms": 40 * x, "memory_mb": 2]
        }
        _ = try study.optimize(objective, trials: 30)
        let trials = try study.trials
        for t in trials {
            let x = t.params["x"]!.doubleValue!
            if x < 0.3 {
                #expect(t.state == .failed && t.failureReason == "the result has no metric 'latency_ms'")
            } else {
                #expect(
                    t.state == .complete && t.value == x
                        && t.metrics == ["accuracy": x, "latency_ms": 40 * x, "memory_mb": 2])
            }
        }
        let reopened = try Study(space: space, objectives: objectives, storage: study.storage)
        #expect(try reopened.trials.count == 30)
        #expect(throws: StudyError.self) { try Study(space: space, direction: .maximize, storage: study.storage) }
    }

    @Test func pruningFollowsThePrimaryObjective() throws {
        let space = try SearchSpace([.float("x", 0, 1)])
        let study = try Study(
            space: space, objectives: objectives, sampler: RandomSampler(),
            pruner: try MedianPruner(startupTrials: 3, warmupSteps: 0), seed: 5)
        let objective = MetricsObjective { trial in
            let x = try trial.float("x")
            for step in 0..<5 {
                try trial.report(x * Double(step + 1), step: step)
                if try trial.shouldPrune() { throw TrialPruned() }
            }
            return ["accuracy": x, "latency_ms": 1, "memory_mb": 2]
        }
        _ = try study.optimize(objective, trials: 20)
        let trials = try study.trials
        #expect(trials.contains { $0.state == .pruned }, "low accuracy is pruned when maximizing it")
        for t in trials where t.state == .pruned {
            #expect(t.params["x"]!.doubleValue! < trials.filter { $0.state == .complete }.map { $0.value! }.max()!)
        }
    }
}
