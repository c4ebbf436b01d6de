import Foundation

/// A storage that can create a trial only if no trial of the study already holds the same parameters,
/// atomically (the look-up and the insert in one transaction). This is what makes "a grid point is run by
/// exactly one worker" hold across processes and machines: two workers whose samplers read the same history
/// propose the same point, and only one of them gets to record it; the other is told, re-reads the history and
/// asks its sampler again (`Study.ask`).
///
/// Which trials hold a point (`UniqueParameters.holdingStates`): waiting (enqueued: a worker will run it),
/// running, complete and pruned ones. A *failed* trial does not hold its point, so that a failed point can be
/// tried again (a stale trial's retry, or a sampler that proposes it again).
///
/// Equality of points is equality of the stored parameters: the canonical sorted-key JSON of `StorageJSON`
/// for the persistent backends, `Parameters` equality in memory (they agree on every assignment a search space
/// produces; only a float −0.0 versus 0.0 is one point in memory and two in JSON).
public protocol UniqueParametersStorage: StudyStorage {
    /// Inserts a trial built from `template` (its number is ignored) and returns `.created` with it, unless
    /// the study already has `limit` or more trials (`.budgetSpent`; no limit when nil) or a trial in a
    /// holding state has exactly `template.params` (`.parametersTaken`, with that trial's number). Nothing is
    /// inserted (and no number is used up) in the last two cases. The budget is checked first.
    func createTrialUnlessParametersTaken(
        in study: String, _ template: Trial,
        ifFewerThan limit: Int?
    ) throws -> UniqueTrialCreation
}

/// The outcome of `UniqueParametersStorage.createTrialUnlessParametersTaken`.
public enum UniqueTrialCreation: Sendable, Hashable {
    /// The trial was inserted; here it is with its number.
    case created(Trial)
    /// The study already holds its budget of trials.
    case budgetSpent
    /// Trial `number` (waiting, running, complete or pruned) already has these parameters.
    case parametersTaken(byTrial: Int)

    /// The created trial, if any.
    public var trial: Trial? {
        if case .created(let trial) = self { return trial }
        return nil
    }
}

/// The uniqueness rule, shared by every backend so they agree.
public enum UniqueParameters {
    /// The states in which a trial holds its parameters: every state but `failed`.
    public static let holdingStates: [TrialState] = [.waiting, .running, .complete, .pruned]

    /// The states as an SQL list, `'waiting', 'running', 'complete', 'pruned'` (constant text, never user input).
    public static var holdingStatesSQL: String { holdingStates.map { "'\($0.rawValue)'" }.joined(separator: ", ") }

    /// Whether `trial` holds the point `params`.
    public static func holds(_ trial: Trial, _ params: Parameters) -> Bool {
        trial.state != .failed && trial.params == params
    }
}

extension UniqueParametersStorage {
    /// `createTrialUnlessParametersTaken(in:_:ifFewerThan:)` without a budget.
    public func createTrialUnlessParametersTaken(in study: String, _ template: Trial) throws -> UniqueTrialCreation {
        try createTrialUnlessParametersTaken(in: study, template, ifFewerThan: nil)
    }
}
