import Foundation
import GRDB
import Tuning

/// Stale-trial sweeping in one IMMEDIATE transaction: the running trials are read, the stale ones failed and
/// their retries inserted while this connection holds the write lock, so two workers (threads or processes)
/// sweeping at once fail each trial once and enqueue each retry once; a crash rolls back both or neither.
extension SQLiteStorage {
    public func failStaleTrials(
        in study: String, gracePeriod: TimeInterval, now: Date,
        retries: StaleTrialRetryPolicy
    ) throws -> StaleTrialSweep {
        try StaleTrials.validate(gracePeriod: gracePeriod)
        return try write { db in
            let id = try studyID(db, study)
            let cutoff = now.timeIntervalSince1970 - gracePeriod
            let stale = try Int.fetchAll(
                db,
                sql: """
                    SELECT number FROM trials
                    WHERE study_id = ? AND state = 'running' AND COALESCE(heartbeat, started_at, created_at) < ?
                    ORDER BY number
                    """, arguments: [id, cutoff])
            var sweep = StaleTrialSweep()
            for number in stale {
                guard let trial = try Self.fetchTrials(db, study: id, numbers: number...number).first,
                    StaleTrials.isStale(trial, gracePeriod: gracePeriod, now: now)
                else { continue }
                let reason = StaleTrials.reason(for: trial, now: now)
                try db.execute(
                    sql: """
                        UPDATE trials SET state = 'failed', failure_reason = ?, finished_at = ?
                        WHERE study_id = ? AND number = ? AND state = 'running'
                        """, arguments: [reason, now.timeIntervalSince1970, id, number])
                sweep.failed.append(number)
                if var retry = StaleTrials.retry(of: trial, policy: retries, now: now) {
                    retry.number = try Self.nextNumber(db, study: id)
                    try Self.insert(retry, params: try StorageJSON.encode(retry.params), study: id, db)
                    sweep.retries.append(retry.number)
                }
            }
            return sweep
        }
    }
}
