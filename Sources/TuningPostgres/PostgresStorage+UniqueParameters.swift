#if PostgreSQL
    import Foundation
    import PostgresNIO
    import Tuning

    /// The unique-parameters insert, serialized per study by the counter row: `SELECT … FOR UPDATE` takes the
    /// study's row lock first (every trial insert, budgeted or not, updates that row, so it waits for them all),
    /// then — the lock held, and each READ COMMITTED statement seeing every commit before it — the budget is
    /// checked, a trial holding the same parameters is looked for (index on `md5(params)`, then the JSON text
    /// compared exactly), and only then is the counter advanced and the trial inserted. Of several workers on
    /// several machines proposing the same grid point, exactly one records it; the others insert nothing and use
    /// up no number. A retry after a lost commit acknowledgement finds its own trial by `request_id`.
    extension PostgresStorage: UniqueParametersStorage {
        public func createTrialUnlessParametersTaken(
            in study: String, _ template: Trial,
            ifFewerThan limit: Int?
        ) throws -> UniqueTrialCreation {
            let params = try StorageJSON.encode(template.params)
            let requestID = UUID().uuidString
            return try session.transaction { run, attempt in
                if attempt > 0, let trial = try Self.trialCreated(by: requestID, from: template, run) {
                    return .created(trial)
                }
                guard
                    let counter = try run(
                        """
                        SELECT id, next_trial_number FROM tuner_studies WHERE name = \(study) FOR UPDATE
                        """
                    ).first
                else { throw StorageError.studyNotFound(study) }
                let (id, next) = try counter.decode((Int, Int).self)
                if let limit, next >= limit { return .budgetSpent }
                if let holder = try run(
                    """
                    SELECT number FROM tuner_trials
                    WHERE study_id = \(id) AND md5(params) = md5(\(params)) AND params = \(params)
                      AND state IN (\(unescaped: UniqueParameters.holdingStatesSQL))
                    ORDER BY number LIMIT 1
                    """
                ).first {
                    return .parametersTaken(byTrial: try holder.decode(Int.self))
                }
                var trial = template
                (_, trial.number) = try Self.nextNumber(run, study: study)
                try Self.insert(trial, params: params, requestID: requestID, study: id, run)
                return .created(trial)
            }
        }
    }
#endif
