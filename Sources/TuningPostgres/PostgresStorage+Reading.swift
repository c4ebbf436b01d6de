#if PostgreSQL
    import Foundation
    import PostgresNIO
    import Tuning

    /// Reading trials back in one statement (so one snapshot and one round trip): each trial row carries its
    /// intermediate values, user attributes and metrics as arrays (`array_agg` in correlated subqueries), decoded
    /// in binary so NaN and ±∞ survive exactly.
    extension PostgresStorage {
        public func trials(in study: String) throws -> [Trial] {
            try session.transaction(.singleStatements) { run, _ in
                try Self.fetchTrials(run, study: try studyID(run, study), numbers: nil)
            }
        }

        /// The trials of study `id` (numbers in `numbers`, if given), by number, with values and attributes.
        static func fetchTrials(_ run: Run, study id: Int, numbers: ClosedRange<Int>?) throws -> [Trial] {
            let low = numbers?.lowerBound ?? Int.min
            let high = numbers?.upperBound ?? Int.max
            let rows = try run(
                """
                SELECT t.number, t.state, t.params, t.value, t.failure_reason, \
                t.created_at, t.started_at, t.finished_at,
                       t.heartbeat,
                       (SELECT array_agg(v.step ORDER BY v.step) FROM tuner_trial_intermediate_values v
                        WHERE v.study_id = t.study_id AND v.number = t.number),
                       (SELECT array_agg(v.value ORDER BY v.step) FROM tuner_trial_intermediate_values v
                        WHERE v.study_id = t.study_id AND v.number = t.number),
                       (SELECT array_agg(a.key ORDER BY a.key) FROM tuner_trial_user_attributes a
                        WHERE a.study_id = t.study_id AND a.number = t.number),
                       (SELECT array_agg(a.value ORDER BY a.key) FROM tuner_trial_user_attributes a
                        WHERE a.study_id = t.study_id AND a.number = t.number),
                       (SELECT array_agg(m.name ORDER BY m.name) FROM tuner_trial_metrics m
                        WHERE m.study_id = t.study_id AND m.number = t.number),
                       (SELECT array_agg(m.value ORDER BY m.name) FROM tuner_trial_metrics m
                        WHERE m.study_id = t.study_id AND m.number = t.number)
                FROM tuner_trials t
                WHERE t.study_id = \(id) AND t.number BETWEEN \(low) AND \(high)
                ORDER BY t.number
                """)
            return try rows.map { row in
                let (
                    number, stateText, params, value, reason, created, started, finished, beat,
                    steps, values, keys, attributeValues, metricNames, metricValues
                ) = try row.decode(
                    (
                        Int, String, String, Double?, String?, Double, Double?, Double?, Double?,
                        [Int]?, [Double]?, [String]?, [String]?, [String]?, [Double]?
                    ).self)
                guard let state = TrialState(rawValue: stateText) else {
                    throw StorageError.backend("trial \(number) has an unknown state '\(stateText)'")
                }
                let date = { (t: Double?) in t.map(Date.init(timeIntervalSince1970:)) }
                return Trial(
                    number: number, state: state,
                    params: try StorageJSON.decode(Parameters.self, from: params, what: "params of trial \(number)"),
                    value: value,
                    metrics: Dictionary(zip(metricNames ?? [], metricValues ?? []), uniquingKeysWith: { $1 }),
                    intermediateValues: Dictionary(zip(steps ?? [], values ?? []), uniquingKeysWith: { $1 }),
                    failureReason: reason, createdAt: Date(timeIntervalSince1970: created),
                    startedAt: date(started), finishedAt: date(finished), heartbeat: date(beat),
                    userAttributes: Dictionary(zip(keys ?? [], attributeValues ?? []), uniquingKeysWith: { $1 }))
            }
        }
    }
#endif
