import Foundation
import Tuning

/// A hand-made study with two objectives (accuracy maximized, latency_ms minimized) and the constraint
/// `latency_ms <= 20`:
///
/// | trial | state | accuracy | latency_ms | |
/// |---|---|---|---|---|
/// | 0 | complete | 0.80 | 10 | front |
/// | 1 | complete | 0.90 | 15 | front |
/// | 2 | complete | 0.85 | 18 | dominated by 1 |
/// | 3 | complete | 0.95 | 25 | infeasible |
/// | 4 | complete | 0.70 | 5 | front (worst accuracy: adds no volume) |
/// | 5 | failed | | | |
/// | 6 | complete | 0.80 | 10 | front (equal to 0) |
///
/// The reference point is the worst feasible value of each objective, (accuracy 0.70, latency_ms 18). Trial 0
/// dominates [0.7, 0.8] × [10, 18] (area 0.8), trial 1 [0.7, 0.9] × [15, 18] (0.6), overlapping in
/// [0.7, 0.8] × [15, 18] (0.3): the hypervolume is 0.8 + 0.6 − 0.3 = 1.1, reached after trial 1.
enum ParetoFixture {
    static let objectives = try! StudyObjectives(
        objectives: [
            ObjectiveMetric(name: "accuracy", direction: .maximize),
            ObjectiveMetric(name: "latency_ms", direction: .minimize),
        ],
        constraints: [OutcomeConstraint(metric: "latency_ms", relation: .atMost, bound: 20)])

    static func spec(objectives: StudyObjectives = objectives) throws -> StudySpec {
        let space = try SearchSpace([.float("lr", 1e-4, 1e-1, log: true), .int("units", 8, 256)])
        return StudySpec(name: "mo", direction: .maximize, space: space, seed: 3, objectives: objectives)
    }

    static func trial(_ number: Int, _ accuracy: Double, _ latency: Double) -> Trial {
        StudyFixture.trial(
            number, .complete, value: accuracy, params: ["lr": .float(0.001 * Double(number + 1)), "units": 16],
            seconds: 1
        )
        .with(metrics: ["accuracy": accuracy, "latency_ms": latency])
    }

    static var trials: [Trial] {
        [
            trial(0, 0.80, 10), trial(1, 0.90, 15), trial(2, 0.85, 18), trial(3, 0.95, 25), trial(4, 0.70, 5),
            StudyFixture.trial(5, .failed, params: ["lr": 0.01, "units": 32], seconds: 1, reason: "boom"),
            trial(6, 0.80, 10),
        ]
    }
}

extension Trial {
    func with(metrics: [String: Double]) -> Trial {
        var t = self
        t.metrics = metrics
        return t
    }
}
