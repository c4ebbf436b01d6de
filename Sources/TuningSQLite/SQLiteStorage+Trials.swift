import Foundation
import GRDB
import Tuning

/// Trials: numbering, claiming, the changes a running trial goes through, and reading them back.
extension SQLiteStorage {
    public func createTrial(in study: String, _ template: Trial) throws -> Trial {
        let params = try StorageJSON.encode(template.params)
        return try write { db in
            let id = try studyID(db, study)
            var trial = template
            trial.number = try Self.nextNumber(db, study: id)
            try Self.insert(trial, params: params, study: id, db)
            return trial
        }
    }

    /// Takes the next number of study `id` from its counter (inside the caller's IMMEDIATE transaction).
    static func nextNumber(_ db: Database, study id: Int64) throws -> Int {
        try db.execute(
            sql: "UPDATE studies SET next_trial_number = next_trial_number + 1 WHERE id = ?",
            arguments: [id])
        return try Int.fetchOne(db, sql: "SELECT next_trial_number - 1 FROM studies WHERE id = ?", arguments: [id])!
    }

    static func insert(_ trial: Trial, params: String, study id: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO trials (study_id, number, state, params, value, failure_reason, created_at, started_at,
                                    finished_at, heartbeat)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, trial.number, trial.state.rawValue, params, trial.value, trial.failureReason,
                trial.createdAt.timeIntervalSince1970, trial.startedAt?.timeIntervalSince1970,
                trial.finishedAt?.timeIntervalSince1970, trial.heartbeat?.timeIntervalSince1970,
            ])
        for (step, value) in trial.intermediateValues {
            try db.execute(
                sql: "INSERT INTO trial_intermediate_values (study_id, number, step, value) VALUES (?, ?, ?, ?)",
                arguments: [id, trial.number, step, value.isNaN ? nil : value])
        }
        try insertMetrics(trial.metrics, number: trial.number, study: id, db)
        for (key, value) in trial.userAttributes {
            try db.execute(
                sql: "INSERT INTO trial_user_attributes (study_id, number, key, value) VALUES (?, ?, ?, ?)",
                arguments: [id, trial.number, key, value])
        }
    }

    /// Records a trial's metrics (`trial_metrics`, since schema v3); NaN is stored as NULL.
    static func insertMetrics(_ metrics: [String: Double], number: Int, study id: Int64, _ db: Database) throws {
        for (name, value) in metrics {
            try db.execute(
                sql: "INSERT OR REPLACE INTO trial_metrics (study_id, number, name, value) VALUES (?, ?, ?, ?)",
                arguments: [id, number, name, value.isNaN ? nil : value])
        }
    }

    public func claimWaitingTrial(in study: String, now: Date) throws -> Trial? {
        let number: Int? = try write { db in
            let id = try studyID(db, study)
            guard
                let number = try Int.fetchOne(
                    db,
                    sql: """
                        SELECT number FROM trials WHERE study_id = ? AND state = 'waiting' ORDER BY number LIMIT 1
                        """, arguments: [id])
            else { return nil }
            let t = now.timeIntervalSince1970
            try db.execute(
                sql: """
                    UPDATE trials SET state = 'running', started_at = ?, heartbeat = ? WHERE study_id = ? AND number = ?
                    """, arguments: [t, t, id, number])
            return number
        }
        return try number.map { try trial(in: study, number: $0) }
    }

    /// Runs `change` on running trial `number` in one transaction; otherwise throws `trialNotFound` or
    /// `invalidTransition(from: its state, to: target)`.
    func updateRunning(
        _ study: String, _ number: Int, to target: TrialState = .running,
        _ change: (Database, Int64) throws -> Void
    ) throws {
        try write { db in
            let id = try studyID(db, study)
            guard
                let raw = try String.fetchOne(
                    db, sql: "SELECT state FROM trials WHERE study_id = ? AND number = ?",
                    arguments: [id, number])
            else {
                throw StorageError.trialNotFound(study: study, number: number)
            }
            let state = TrialState(rawValue: raw) ?? .failed
            guard state == .running else {
                throw StorageError.invalidTransition(number: number, from: state, to: target)
            }
            try change(db, id)
        }
    }

    public func setParams(in study: String, number: Int, _ params: Parameters) throws {
        let json = try StorageJSON.encode(params)
        try updateRunning(study, number) { db, id in
            try db.execute(
                sql: "UPDATE trials SET params = ? WHERE study_id = ? AND number = ?",
                arguments: [json, id, number])
        }
    }

    public func reportIntermediate(in study: String, number: Int, step: Int, value: Double) throws {
        try updateRunning(study, number) { db, id in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO trial_intermediate_values (study_id, number, step, value) VALUES (?, ?, ?, ?)
                    """, arguments: [id, number, step, value.isNaN ? nil : value])
        }
    }

    public func heartbeat(in study: String, number: Int, at time: Date) throws {
        try updateRunning(study, number) { db, id in
            try db.execute(
                sql: "UPDATE trials SET heartbeat = ? WHERE study_id = ? AND number = ?",
                arguments: [time.timeIntervalSince1970, id, number])
        }
    }

    public func setUserAttribute(in study: String, number: Int, key: String, value: String) throws {
        try updateRunning(study, number) { db, id in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO trial_user_attributes (study_id, number, key, value) VALUES (?, ?, ?, ?)
                    """, arguments: [id, number, key, value])
        }
    }

    public func finishTrial(
        in study: String, number: Int, state: TrialState, value: Double?, metrics: [String: Double],
        reason: String?, at time: Date
    ) throws {
        guard state.isFinished else { throw StorageError.invalidTransition(number: number, from: .running, to: state) }
        try updateRunning(study, number, to: state) { db, id in
            try db.execute(
                sql: """
                    UPDATE trials SET state = ?, value = ?, failure_reason = ?, finished_at = ?
                    WHERE study_id = ? AND number = ?
                    """, arguments: [state.rawValue, value, reason, time.timeIntervalSince1970, id, number])
            try Self.insertMetrics(metrics, number: number, study: id, db)
        }
    }
}
