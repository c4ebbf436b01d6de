import Foundation
import Tuning

/// A hand-made study for the formatting tests: a complete, a pruned, a failed and a running trial, with a
/// parameter outside the space (imported history), user attributes and fixed times.
enum StudyFixture {
    static let start = Date(timeIntervalSince1970: 1_000_000)

    static func spec(direction: Direction = .minimize) throws -> StudySpec {
        let space = try SearchSpace([.float("lr", 1e-4, 1e-1, log: true), .categorical("act", ["relu", "tanh"])])
        return StudySpec(name: "demo", direction: direction, space: space, seed: 7)
    }

    static func trial(
        _ number: Int, _ state: TrialState, value: Double? = nil, params: Parameters, seconds: Double? = nil,
        attributes: [String: String] = [:], reason: String? = nil, steps: [Int: Double] = [:]
    ) -> Trial {
        Trial(
            number: number, state: state, params: params, value: value, intermediateValues: steps,
            failureReason: reason, createdAt: start, startedAt: start,
            finishedAt: seconds.map { start.addingTimeInterval($0) }, userAttributes: attributes)
    }

    static var trials: [Trial] {
        [
            trial(
                0, .complete, value: 0.25, params: ["lr": 0.001, "act": "relu"], seconds: 1.5,
                attributes: ["note": "a, \"quoted\" note"]),
            trial(
                1, .pruned, value: 0.9, params: ["lr": 0.01, "act": "tanh"], seconds: 0.25, steps: [1: 0.8, 3: 0.9]),
            trial(2, .failed, params: ["lr": 0.05, "act": "relu", "extra": 3], seconds: 2, reason: "out of memory"),
            trial(3, .running, params: ["lr": 0.002, "act": "tanh"]),
        ]
    }
}
