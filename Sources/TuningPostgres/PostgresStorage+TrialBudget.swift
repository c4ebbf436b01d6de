#if PostgreSQL
    import Foundation
    import PostgresNIO
    import Tuning

    /// The budgeted insert: the counter row is advanced only while it is below `limit`
    /// (`UPDATE … WHERE next_trial_number < limit RETURNING`), in the transaction that inserts the trial, so workers
    /// on any number of machines stop at exactly the budget. Numbers are gap-free, so the counter is the trial count.
    extension PostgresStorage: TrialBudgetStorage {
        public func createTrial(in study: String, _ template: Trial, ifFewerThan limit: Int) throws -> Trial? {
            let params = try StorageJSON.encode(template.params)
            let requestID = UUID().uuidString
            return try session.transaction { run, attempt in
                if attempt > 0, let trial = try Self.trialCreated(by: requestID, from: template, run) { return trial }
                guard
                    let row = try run(
                        """
                        UPDATE tuner_studies SET next_trial_number = next_trial_number + 1
                        WHERE name = \(study) AND next_trial_number < \(limit)
                        RETURNING id, next_trial_number - 1
                        """
                    ).first
                else {
                    _ = try Self.studyID(run, study)  // throws studyNotFound when the study is missing
                    return nil
                }
                var trial = template
                let id: Int
                (id, trial.number) = try row.decode((Int, Int).self)
                try Self.insert(trial, params: params, requestID: requestID, study: id, run)
                return trial
            }
        }
    }
#endif
