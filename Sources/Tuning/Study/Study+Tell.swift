import Foundation

/// Ending trials: `tell` a value, a measurement (several objectives or constraints), a failure or pruning; the
/// storage records the outcome under the study's objectives (`StudyObjectives.record`).
extension Study {
    /// Finishes a running trial with the objective's value; a NaN or infinite value makes it failed. A trial
    /// whose lease (`ask(lease:)`) has passed is refused with `StudyError.leaseExpired`.
    @discardableResult
    public func tell(_ number: Int, value: Double) throws -> Trial {
        try checkLease(of: number)
        return try finish(number, value: value)
    }

    /// Finishes a running trial with what the objective measured: a value, or the metrics of a study with several
    /// objectives or constraints (`StudyObjectives.record`). A missing or non-finite metric makes the trial failed
    /// with that reason. Refused like `tell(_:value:)` after its lease.
    @discardableResult
    public func tell(_ number: Int, measurement: TrialMeasurement) throws -> Trial {
        try checkLease(of: number)
        return try finish(number, measurement: measurement)
    }

    /// Ends a running trial as failed with `reason` (refused like `tell(_:value:)` after its lease).
    @discardableResult
    public func tell(_ number: Int, failedBecause reason: String) throws -> Trial {
        try checkLease(of: number)
        return try finish(number, failedBecause: reason)
    }

    /// Ends a running trial as pruned; its value is its last intermediate value (refused like
    /// `tell(_:value:)` after its lease).
    @discardableResult
    public func tellPruned(_ number: Int) throws -> Trial {
        try checkLease(of: number)
        return try finishPruned(number)
    }

    func finish(_ number: Int, value: Double) throws -> Trial {
        try finish(number, measurement: TrialMeasurement(value: value))
    }

    func finish(_ number: Int, measurement: TrialMeasurement) throws -> Trial {
        let recorded: (value: Double, metrics: [String: Double])
        do {
            recorded = try objectives.record(measurement)
        } catch {
            return try finish(number, failedBecause: "\(error)")
        }
        guard recorded.value.isFinite else {
            return try finish(number, failedBecause: "objective returned \(recorded.value)")
        }
        try storage.finishTrial(
            in: name, number: number, state: .complete, value: recorded.value, metrics: recorded.metrics,
            reason: nil, at: Date())
        return try trial(number)
    }

    func finish(_ number: Int, failedBecause reason: String) throws -> Trial {
        try storage.finishTrial(in: name, number: number, state: .failed, value: nil, reason: reason, at: Date())
        return try trial(number)
    }

    func finishPruned(_ number: Int) throws -> Trial {
        let t = try trial(number)
        let last = t.lastStep.flatMap { t.intermediateValues[$0] }
        try storage.finishTrial(in: name, number: number, state: .pruned, value: last, reason: nil, at: Date())
        return try trial(number)
    }
}
