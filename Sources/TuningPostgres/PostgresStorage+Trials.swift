#if PostgreSQL
    import Foundation
    import PostgresNIO
    import Tuning

    /// Trials: numbering from the study's counter row, claiming with `FOR UPDATE SKIP LOCKED`, the changes a
    /// running trial goes through (each under the trial's row lock), and reading them back from one snapshot.
    extension PostgresStorage {
        typealias Run = (PostgresQuery) throws -> PostgresQueryResult

        public func createTrial(in study: String, _ template: Trial) throws -> Trial {
            let params = try StorageJSON.encode(template.params)
            let requestID = UUID().uuidString
            return try session.transaction { run, attempt in
                if attempt > 0, let trial = try Self.trialCreated(by: requestID, from: template, run) { return trial }
                var trial = template
                let id: Int
                (id, trial.number) = try Self.nextNumber(run, study: study)
                try Self.insert(trial, params: params, requestID: requestID, study: id, run)
                return trial
            }
        }

        /// The trial an earlier attempt of this transaction inserted under `requestID`, if it committed although its
        /// acknowledgement was lost (the connection dropped after COMMIT); nil when nothing was committed.
        static func trialCreated(by requestID: String, from template: Trial, _ run: Run) throws -> Trial? {
            guard let row = try run("SELECT number FROM tuner_trials WHERE request_id = \(requestID)").first else {
                return nil
            }
            var trial = template
            trial.number = try row.decode(Int.self)
            return trial
        }

        /// The study's id and its next trial number (row-locks the counter until commit).
        static func nextNumber(_ run: Run, study: String) throws -> (id: Int, number: Int) {
            guard
                let row = try run(
                    """
                    UPDATE tuner_studies SET next_trial_number = next_trial_number + 1 WHERE name = \(study)
                    RETURNING id, next_trial_number - 1
                    """
                ).first
            else { throw StorageError.studyNotFound(study) }
            return try row.decode((Int, Int).self)
        }

        static func insert(_ t: Trial, params: String, requestID: String?, study id: Int, _ run: Run) throws {
            let created = t.createdAt.timeIntervalSince1970
            let started = t.startedAt?.timeIntervalSince1970
            let finished = t.finishedAt?.timeIntervalSince1970
            let beat = t.heartbeat?.timeIntervalSince1970
            _ = try run(
                """
                INSERT INTO tuner_trials (study_id, number, state, params, value, failure_reason, created_at,
                                          started_at, finished_at, heartbeat, request_id)
                VALUES (\(id), \(t.number), \(t.state.rawValue), \(params), \(t.value), \(t.failureReason), \(created),
                        \(started), \(finished), \(beat), \(requestID))
                """)
            for (step, value) in t.intermediateValues {
                _ = try run(
                    """
                    INSERT INTO tuner_trial_intermediate_values (study_id, number, step, value)
                    VALUES (\(id), \(t.number), \(step), \(value))
                    """)
            }
            for (key, value) in t.userAttributes {
                _ = try run(
                    """
                    INSERT INTO tuner_trial_user_attributes (study_id, number, key, value)
                    VALUES (\(id), \(t.number), \(key), \(value))
                    """)
            }
            try insertMetrics(t.metrics, number: t.number, study: id, run)
        }

        /// Records a trial's metrics (`tuner_trial_metrics`, since schema version 3).
        static func insertMetrics(_ metrics: [String: Double], number: Int, study id: Int, _ run: Run) throws {
            for (name, value) in metrics {
                _ = try run(
                    """
                    INSERT INTO tuner_trial_metrics (study_id, number, name, value)
                    VALUES (\(id), \(number), \(name), \(value))
                    ON CONFLICT (study_id, number, name) DO UPDATE SET value = EXCLUDED.value
                    """)
            }
        }

        public func claimWaitingTrial(in study: String, now: Date) throws -> Trial? {
            let t = now.timeIntervalSince1970
            return try session.transaction { run, _ in
                let id = try studyID(run, study)
                guard
                    let row = try run(
                        """
                        UPDATE tuner_trials SET state = 'running', started_at = \(t), heartbeat = \(t)
                        WHERE study_id = \(id) AND number = (
                            SELECT number FROM tuner_trials WHERE study_id = \(id) AND state = 'waiting'
                            ORDER BY number LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING number
                        """
                    ).first
                else { return nil }
                let number = try row.decode(Int.self)
                return try Self.fetchTrials(run, study: id, numbers: number...number).first
            }
        }

        /// Applies `change` — one statement guarded by `state = 'running'` that returns a row when it changed
        /// something — to running trial `number`, in one round trip; when it changes nothing, finds out why and
        /// throws `studyNotFound`, `trialNotFound` or `invalidTransition(from: its state, to: target)`, unless
        /// `accept` recognises the row as this call's own earlier write (a retry after a lost acknowledgement).
        func updateRunning(
            _ study: String, _ number: Int, to target: TrialState = .running,
            accept: ((PostgresRow, Int) throws -> Bool)? = nil,
            _ change: (Run, Int) throws -> PostgresQueryResult
        ) throws {
            try session.transaction(.singleStatements) { run, attempt in
                let id = try studyID(run, study)
                for _ in 0..<3 {
                    if try withoutActuallyEscaping(run, do: { try change($0, id) }).first != nil { return }
                    guard
                        let row = try run(
                            """
                            SELECT state, finished_at, value FROM tuner_trials \
                            WHERE study_id = \(id) AND number = \(number)
                            """
                        ).first
                    else { throw StorageError.trialNotFound(study: study, number: number) }
                    let state = TrialState(rawValue: try row.decode((String, Double?, Double?).self).0) ?? .failed
                    if state == .running { continue }  // claimed between the two statements: apply again
                    if let accept, try accept(row, attempt) { return }
                    throw StorageError.invalidTransition(number: number, from: state, to: target)
                }
                throw StorageError.backend("trial \(number) of study '\(study)' kept changing state; try again")
            }
        }

        public func setParams(in study: String, number: Int, _ params: Parameters) throws {
            let json = try StorageJSON.encode(params)
            try updateRunning(study, number) { run, id in
                try run(
                    """
                    UPDATE tuner_trials SET params = \(json)
                    WHERE study_id = \(id) AND number = \(number) AND state = 'running' RETURNING number
                    """)
            }
        }

        public func reportIntermediate(in study: String, number: Int, step: Int, value: Double) throws {
            try updateRunning(study, number) { run, id in
                try run(
                    """
                    WITH t AS (SELECT study_id, number FROM tuner_trials
                               WHERE study_id = \(id) AND number = \(number) AND state = 'running' FOR UPDATE)
                    INSERT INTO tuner_trial_intermediate_values (study_id, number, step, value)
                    SELECT study_id, number, \(step), \(value) FROM t
                    ON CONFLICT (study_id, number, step) DO UPDATE SET value = EXCLUDED.value
                    RETURNING number
                    """)
            }
        }

        public func heartbeat(in study: String, number: Int, at time: Date) throws {
            let t = time.timeIntervalSince1970
            try updateRunning(study, number) { run, id in
                try run(
                    """
                    UPDATE tuner_trials SET heartbeat = \(t)
                    WHERE study_id = \(id) AND number = \(number) AND state = 'running' RETURNING number
                    """)
            }
        }

        public func setUserAttribute(in study: String, number: Int, key: String, value: String) throws {
            try updateRunning(study, number) { run, id in
                try run(
                    """
                    WITH t AS (SELECT study_id, number FROM tuner_trials
                               WHERE study_id = \(id) AND number = \(number) AND state = 'running' FOR UPDATE)
                    INSERT INTO tuner_trial_user_attributes (study_id, number, key, value)
                    SELECT study_id, number, \(key), \(value) FROM t
                    ON CONFLICT (study_id, number, key) DO UPDATE SET value = EXCLUDED.value
                    RETURNING number
                    """)
            }
        }

        public func finishTrial(
            in study: String, number: Int, state: TrialState, value: Double?, metrics: [String: Double],
            reason: String?, at time: Date
        ) throws {
            guard state.isFinished else {
                throw StorageError.invalidTransition(number: number, from: .running, to: state)
            }
            let t = time.timeIntervalSince1970
            // A retry after a lost commit acknowledgement finds its own finish: same state, time and value.
            let ownEarlierFinish: (PostgresRow, Int) throws -> Bool = { row, attempt in
                let (s, finished, v) = try row.decode((String, Double?, Double?).self)
                return attempt > 0 && s == state.rawValue && finished == t
                    && (v == value || (v?.isNaN ?? false && value?.isNaN ?? false))
            }
            try updateRunning(study, number, to: state, accept: ownEarlierFinish) { run, id in
                let updated = try run(
                    """
                    UPDATE tuner_trials SET state = \(state.rawValue), value = \(value), failure_reason = \(reason),
                                            finished_at = \(t)
                    WHERE study_id = \(id) AND number = \(number) AND state = 'running' RETURNING number
                    """)
                if updated.first != nil { try Self.insertMetrics(metrics, number: number, study: id, run) }
                return updated
            }
        }
    }
#endif
