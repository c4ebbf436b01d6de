import Foundation
import GRDB
import Tuning

/// Reading trials back: one WAL snapshot, four queries (trials, intermediate values, user attributes, metrics)
/// joined in memory by trial number.
extension SQLiteStorage {
    public func trials(in study: String) throws -> [Trial] {
        try read { db in try Self.fetchTrials(db, study: try studyID(db, study), numbers: nil) }
    }

    /// Trial `number` of `study`.
    func trial(in study: String, number: Int) throws -> Trial {
        guard
            let trial = try read({ db in
                try Self.fetchTrials(db, study: try studyID(db, study), numbers: number...number).first
            })
        else { throw StorageError.trialNotFound(study: study, number: number) }
        return trial
    }

    /// The trials of study `id` (with numbers in `numbers`, if given), by number, with their intermediate
    /// values and user attributes.
    static func fetchTrials(_ db: Database, study id: Int64, numbers: ClosedRange<Int>?) throws -> [Trial] {
        let range = numbers ?? Int.min...Int.max
        let args: StatementArguments = [id, range.lowerBound, range.upperBound]
        let filter = "study_id = ? AND number BETWEEN ? AND ?"
        var trials: [Trial] = []
        var index: [Int: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM trials WHERE \(filter) ORDER BY number", arguments: args) {
            let number: Int = row["number"]
            let params: String = row["params"]
            let date: (String) -> Date? = { column in (row[column] as Double?).map(Date.init(timeIntervalSince1970:)) }
            let stateText: String = row["state"]
            guard let state = TrialState(rawValue: stateText) else {
                throw StorageError.backend("trial \(number) has an unknown state '\(stateText)'")
            }
            index[number] = trials.count
            trials.append(
                Trial(
                    number: number, state: state,
                    params: try StorageJSON.decode(Parameters.self, from: params, what: "params of trial \(number)"),
                    value: row["value"], failureReason: row["failure_reason"],
                    createdAt: date("created_at") ?? Date(timeIntervalSince1970: 0),
                    startedAt: date("started_at"), finishedAt: date("finished_at"),
                    heartbeat: date("heartbeat")))
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT number, step, value FROM trial_intermediate_values WHERE \(filter)",
            arguments: args)
        {
            if let i = index[row["number"] as Int] { trials[i].intermediateValues[row["step"]] = row["value"] ?? .nan }
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT number, key, value FROM trial_user_attributes WHERE \(filter)",
            arguments: args)
        {
            if let i = index[row["number"] as Int] { trials[i].userAttributes[row["key"]] = row["value"] as String }
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT number, name, value FROM trial_metrics WHERE \(filter)", arguments: args)
        {
            if let i = index[row["number"] as Int] { trials[i].metrics[row["name"]] = row["value"] ?? .nan }
        }
        return trials
    }
}
