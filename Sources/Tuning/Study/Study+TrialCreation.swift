import Foundation

extension Study {
    /// How many times `ask` proposes again after other workers recorded the trial number (or, grid, the point)
    /// it proposed for first. Each such clash means another worker recorded a trial meanwhile (so a worker
    /// retries at most as often as others record trials, and at most W − 1 times when W workers propose at once
    /// and then run their trials); the bound only stops a pathological livelock.
    public static let maximumProposalAttempts = 100

    /// What became of a proposal `record` was asked to record.
    enum Recording {
        /// Recorded: here is the trial with its number.
        case created(Trial)
        /// The study holds its budget of trials.
        case budgetSpent
        /// Another worker recorded the trial number the proposal was made for, or (grid) a trial with the same
        /// parameters, after the history was read: propose again.
        case taken
    }

    /// Records the proposed trial `template`, made for trial `number` (the number of trials read), with the
    /// strongest atomic insert the storage offers:
    /// - `unique` (the sampler `requiresUniqueParameters`) and a `UniqueParametersStorage`: inserted unless the
    ///   study holds `studyLimit` trials or a waiting/running/complete/pruned trial has the same parameters,
    ///   in one transaction;
    /// - a `TrialBudgetStorage`: inserted unless the study holds min(`studyLimit`, `number` + 1) trials, in one
    ///   transaction. Trials are never removed and numbers are gap-free, so the insert succeeds exactly when
    ///   the new trial gets `number`;
    /// - otherwise a plain insert after comparing `number` with the limit, which is exact within one process
    ///   only.
    func record(_ template: Trial, number: Int, studyLimit: Int?, unique: Bool) throws -> Recording {
        if unique, let uniqueStorage = storage as? any UniqueParametersStorage {
            switch try uniqueStorage.createTrialUnlessParametersTaken(in: name, template, ifFewerThan: studyLimit) {
            case .created(let trial): return .created(trial)
            case .budgetSpent: return .budgetSpent
            case .parametersTaken: return .taken
            }
        }
        if let budgeted = storage as? any TrialBudgetStorage {
            let limit = min(studyLimit ?? Int.max, number + 1)
            if let trial = try budgeted.createTrial(in: name, template, ifFewerThan: limit) { return .created(trial) }
            return studyLimit.map { number + 1 >= $0 } == true ? .budgetSpent : .taken
        }
        if let studyLimit, number >= studyLimit { return .budgetSpent }
        return .created(try storage.createTrial(in: name, template))
    }
}
