/// The function a study tunes. `evaluate` reads the trial's parameters from `trial`, may report intermediate
/// values (`trial.report(_:step:)`) and stop early when `trial.shouldPrune()` says so (by throwing
/// `TrialPruned`), and returns the value to minimize or maximize.
///
/// Any other thrown error, or a NaN or infinite result, makes the trial failed; the study goes on.
///
/// An objective of a study with several objectives or constraints reports named metrics through `measure`
/// (`MetricsObjective`); the study calls `measure`, which by default wraps `evaluate`'s value.
public protocol Objective: Sendable {
    func evaluate(_ trial: TrialContext) throws -> Double
    /// The trial's value and named metrics.
    func measure(_ trial: TrialContext) throws -> TrialMeasurement
}

extension Objective {
    public func measure(_ trial: TrialContext) throws -> TrialMeasurement {
        TrialMeasurement(value: try evaluate(trial))
    }
}

/// An objective given as a Swift closure.
///
/// ```swift
/// let objective = ClosureObjective { trial in
///     let x = try trial.float("x")
///     return (x - 2) * (x - 2)
/// }
/// ```
public struct ClosureObjective: Objective {
    public let body: @Sendable (TrialContext) throws -> Double

    public init(_ body: @escaping @Sendable (TrialContext) throws -> Double) { self.body = body }

    public func evaluate(_ trial: TrialContext) throws -> Double { try body(trial) }
}

/// An objective given as a Swift closure that returns named metrics, for studies with several objectives or with
/// constraints.
///
/// ```swift
/// let objective = MetricsObjective { trial in
///     let width = try trial.int("width")
///     return ["accuracy": accuracy(width), "parameters": Double(width * 785)]
/// }
/// ```
public struct MetricsObjective: Objective {
    public let body: @Sendable (TrialContext) throws -> [String: Double]

    public init(_ body: @escaping @Sendable (TrialContext) throws -> [String: Double]) { self.body = body }

    public func measure(_ trial: TrialContext) throws -> TrialMeasurement {
        TrialMeasurement(metrics: try body(trial))
    }

    /// The metric `value`, for a study with one objective named `value`.
    public func evaluate(_ trial: TrialContext) throws -> Double {
        let name = StudyObjectives.singleObjectiveName
        guard let v = try body(trial)[name] else { throw MultiObjectiveError.missingMetric(name) }
        return v
    }
}
