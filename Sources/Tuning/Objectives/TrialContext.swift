import Foundation

/// What an objective sees of its running trial: the parameters, a way to report intermediate values and to
/// ask the pruner, and the study's cancellation.
public final class TrialContext: @unchecked Sendable {
    /// The trial's number in the study.
    public let number: Int
    /// The active parameters.
    public let params: Parameters
    /// The name of the trial's study.
    public var studyName: String { study.name }
    private let study: Study

    /// Errors reading parameters.
    public enum ParameterError: Error, Equatable, CustomStringConvertible {
        case missing(String)
        case wrongType(String, expected: String)
        public var description: String {
            switch self {
            case .missing(let p): return "parameter '\(p)' is not set in this trial"
            case .wrongType(let p, let e): return "parameter '\(p)' is not a \(e)"
            }
        }
    }

    init(study: Study, trial: Trial) {
        self.study = study
        self.number = trial.number
        self.params = trial.params
    }

    /// The value of `name`, or nil if it is inactive in this trial.
    public func value(_ name: String) -> ParameterValue? { params[name] }

    /// A float (or int) parameter as a Double.
    public func float(_ name: String) throws -> Double {
        guard let v = params[name] else { throw ParameterError.missing(name) }
        guard let x = v.doubleValue else { throw ParameterError.wrongType(name, expected: "number") }
        return x
    }

    /// An integer parameter.
    public func int(_ name: String) throws -> Int {
        guard let v = params[name] else { throw ParameterError.missing(name) }
        guard let i = v.intValue else { throw ParameterError.wrongType(name, expected: "integer") }
        return i
    }

    /// A string parameter.
    public func string(_ name: String) throws -> String {
        guard let v = params[name] else { throw ParameterError.missing(name) }
        guard let s = v.stringValue else { throw ParameterError.wrongType(name, expected: "string") }
        return s
    }

    /// A boolean parameter.
    public func bool(_ name: String) throws -> Bool {
        guard let v = params[name] else { throw ParameterError.missing(name) }
        guard let b = v.boolValue else { throw ParameterError.wrongType(name, expected: "boolean") }
        return b
    }

    /// Records the value after `step` (an epoch); the pruner decides from these.
    public func report(_ value: Double, step: Int) throws {
        try study.report(number, step: step, value: value)
    }

    /// Whether the pruner would stop this trial now.
    public func shouldPrune() throws -> Bool { try study.shouldPrune(number) }

    /// Throws `TrialPruned` if the pruner stops this trial, `TrialInterrupted` if the study was cancelled.
    public func pruneIfNeeded() throws {
        if isCancelled { throw TrialInterrupted() }
        if try shouldPrune() { throw TrialPruned() }
    }

    /// Whether the study was cancelled (long objectives should poll this and throw `TrialInterrupted`).
    public var isCancelled: Bool { study.isCancelled }

    /// Stores a note with the trial (a jitter, a command line, a host name).
    public func setUserAttribute(_ key: String, _ value: String) throws {
        try study.storage.setUserAttribute(in: study.name, number: number, key: key, value: value)
    }
}
