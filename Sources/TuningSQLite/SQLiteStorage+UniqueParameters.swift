import Foundation
import GRDB
import Tuning

/// The unique-parameters insert: the budget check, the look-up of a trial holding the same parameters (by the
/// `trials_by_params` index, comparing the canonical JSON text) and the insert run in one IMMEDIATE
/// transaction, which holds the file's write lock from `BEGIN`, so of several processes proposing the same
/// grid point at once exactly one records it.
extension SQLiteStorage: UniqueParametersStorage {
    public func createTrialUnlessParametersTaken(
        in study: String, _ template: Trial,
        ifFewerThan limit: Int?
    ) throws -> UniqueTrialCreation {
        let params = try StorageJSON.encode(template.params)
        return try write { db in
            let id = try studyID(db, study)
            if let limit {
                let next =
                    try Int.fetchOne(
                        db, sql: "SELECT next_trial_number FROM studies WHERE id = ?",
                        arguments: [id]) ?? 0
                guard next < limit else { return .budgetSpent }
            }
            if let holder = try Int.fetchOne(
                db,
                sql: """
                    SELECT number FROM trials
                    WHERE study_id = ? AND params = ? AND state IN (\(UniqueParameters.holdingStatesSQL))
                    ORDER BY number LIMIT 1
                    """, arguments: [id, params])
            {
                return .parametersTaken(byTrial: holder)
            }
            var trial = template
            trial.number = try Self.nextNumber(db, study: id)
            try Self.insert(trial, params: params, study: id, db)
            return .created(trial)
        }
    }
}
