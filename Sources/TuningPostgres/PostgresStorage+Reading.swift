#if PostgreSQL
import Foundation
import PostgresNIO
import Tuning

/// Reading trials back: one REPEATABLE READ snapshot, three queries (trials, intermediate values, user
/// attributes) joined in memory by trial number.
extension PostgresStorage {
    public func trials(in study: String) throws -> [Trial] {
        try session.transaction(readOnly: true) { run, _ in
            try Self.fetchTrials(run, study: try Self.studyID(run, study), numbers: nil)
        }
    }

    /// The trials of study `id` (numbers in `numbers`, if given), by number, with values and attributes.
    static func fetchTrials(_ run: Run, study id: Int, numbers: ClosedRange<Int>?) throws -> [Trial] {
        let low = numbers?.lowerBound ?? Int.min, high = numbers?.upperBound ?? Int.max
        var trials: [Trial] = []
        var index: [Int: Int] = [:]
        for row in try run("""
            SELECT number, state, params, value, failure_reason, created_at, started_at, finished_at, heartbeat
            FROM tuner_trials WHERE study_id = \(id) AND number BETWEEN \(low) AND \(high) ORDER BY number
            """) {
            let (number, stateText, params, value, reason, created, started, finished, beat) = try row.decode(
                (Int, String, String, Double?, String?, Double, Double?, Double?, Double?).self)
            guard let state = TrialState(rawValue: stateText) else {
                throw StorageError.backend("trial \(number) has an unknown state '\(stateText)'")
            }
            let date = { (t: Double?) in t.map(Date.init(timeIntervalSince1970:)) }
            index[number] = trials.count
            trials.append(Trial(number: number, state: state,
                                params: try StorageJSON.decode(Parameters.self, from: params, what: "params of trial \(number)"),
                                value: value, failureReason: reason, createdAt: Date(timeIntervalSince1970: created),
                                startedAt: date(started), finishedAt: date(finished), heartbeat: date(beat)))
        }
        for row in try run("""
            SELECT number, step, value FROM tuner_trial_intermediate_values
            WHERE study_id = \(id) AND number BETWEEN \(low) AND \(high)
            """) {
            let (number, step, value) = try row.decode((Int, Int, Double).self)
            if let i = index[number] { trials[i].intermediateValues[step] = value }
        }
        for row in try run("""
            SELECT number, key, value FROM tuner_trial_user_attributes
            WHERE study_id = \(id) AND number BETWEEN \(low) AND \(high)
            """) {
            let (number, key, value) = try row.decode((Int, String, String).self)
            if let i = index[number] { trials[i].userAttributes[key] = value }
        }
        return trials
    }
}
#endif
