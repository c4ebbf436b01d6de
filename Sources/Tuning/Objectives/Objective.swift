/// The function a study tunes. `evaluate` reads the trial's parameters from `trial`, may report intermediate
/// values (`trial.report(_:step:)`) and stop early when `trial.shouldPrune()` says so (by throwing
/// `TrialPruned`), and returns the value to minimize or maximize.
///
/// Any other thrown error, or a NaN or infinite result, makes the trial failed; the study goes on.
public protocol Objective: Sendable {
    func evaluate(_ trial: TrialContext) throws -> Double
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
