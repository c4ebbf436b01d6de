import Foundation

extension Study {
    /// How many times `ask` proposes again after other workers took its proposed point first. Each such
    /// clash means another worker recorded a trial meanwhile, so with W workers proposing at once a worker
    /// needs at most W − 1 retries; the bound only stops a pathological livelock.
    public static let maximumProposalAttempts = 100

    /// Records the proposed trial `template` with the strongest atomic insert the storage offers:
    /// - `unique` (the sampler `requiresUniqueParameters`) and a `UniqueParametersStorage`: inserted unless the
    ///   study holds `studyLimit` trials or a waiting/running/complete/pruned trial has the same parameters,
    ///   in one transaction;
    /// - a `studyLimit` and a `TrialBudgetStorage`: inserted unless the study holds `studyLimit` trials, in one
    ///   transaction;
    /// - otherwise a plain insert after comparing `historyCount` (the trials read before proposing) with the
    ///   limit, which is exact within one process only.
    func record(_ template: Trial, historyCount: Int, studyLimit: Int?, unique: Bool) throws -> UniqueTrialCreation {
        if unique, let uniqueStorage = storage as? any UniqueParametersStorage {
            return try uniqueStorage.createTrialUnlessParametersTaken(in: name, template, ifFewerThan: studyLimit)
        }
        if let studyLimit {
            if let budgeted = storage as? any TrialBudgetStorage {
                return try budgeted.createTrial(in: name, template, ifFewerThan: studyLimit).map { .created($0) }
                    ?? .budgetSpent
            }
            if historyCount >= studyLimit { return .budgetSpent }
        }
        return .created(try storage.createTrial(in: name, template))
    }
}
