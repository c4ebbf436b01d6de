import Foundation
import GRDB
import Tuning

/// The budgeted insert: the study's trial counter is read and advanced in the same IMMEDIATE transaction as the
/// insert, so concurrent workers in several processes can never create more than `limit` trials.
extension SQLiteStorage: TrialBudgetStorage {
    public func createTrial(in study: String, _ template: Trial, ifFewerThan limit: Int) throws -> Trial? {
        let params = try StorageJSON.encode(template.params)
        return try write { db in
            let id = try studyID(db, study)
            let next =
                try Int.fetchOne(db, sql: "SELECT next_trial_number FROM studies WHERE id = ?", arguments: [id]) ?? 0
            guard next < limit else { return nil }
            var trial = template
            trial.number = try Self.nextNumber(db, study: id)
            try Self.insert(trial, params: params, study: id, db)
            return trial
        }
    }
}
