import Foundation
import Tuning

/// Many results told at once (`tuner tell --file`): read and checked whole before anything is recorded, so a
/// bad record leaves the study as it was.
///
/// 1. Every record is parsed (`TrialResult.init(_:)`); a malformed one, or a trial named twice, is a
///    `SpecError` naming its file and line.
/// 2. Every result is checked against the study's trials (`check(against:study:now:)`): the trial must exist, be
///    running, and its lease (if any) must not have passed, else a `BatchConflict` naming the record. A trial
///    already finished with exactly the told result (same state and value, or same failure reason) is not an
///    error: it is skipped, so a batch can be sent again after an interruption.
/// 3. The results are applied in file order (`apply(to:now:)`): intermediate values, then the final state.
///    Should the storage refuse one meanwhile (another process told it), the error names the record and says
///    that the results before it are recorded.
public struct ResultBatch: Sendable {
    public let results: [TrialResult]

    /// What `apply` did: the trials it finished and the numbers of those already finished with that result.
    public struct Outcome: Sendable {
        public var finished: [Trial] = []
        public var unchanged: [Int] = []
    }

    public init(results: [TrialResult]) { self.results = results }

    /// Parses `records` for a study with `objectives` (whose metrics the records carry, `TrialResult`); throws on
    /// the first malformed record or repeated trial, or when there is none.
    public init(
        records: [InputRecord], file: String, objectives: StudyObjectives = .single(.minimize)
    ) throws(SpecError) {
        guard !records.isEmpty else { throw SpecError(file: file, line: nil, field: "", message: "no results") }
        var results: [TrialResult] = []
        var placeOfTrial: [Int: String] = [:]
        for record in records {
            let result = try TrialResult(record, objectives: objectives)
            if let earlier = placeOfTrial[result.trial] {
                throw record.error("trial", "trial \(result.trial) is told twice (also at \(earlier))")
            }
            placeOfTrial[result.trial] = record.place
            results.append(result)
        }
        self.results = results
    }

    /// Splits the results into those to record and those already recorded; throws the first conflict.
    public func check(against trials: [Trial], study: String, now: Date = Date()) throws(BatchConflict) -> (
        toRecord: [TrialResult], unchanged: [TrialResult]
    ) {
        let byNumber = Dictionary(trials.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        var toRecord: [TrialResult] = []
        var unchanged: [TrialResult] = []
        for result in results {
            guard let trial = byNumber[result.trial] else {
                throw BatchConflict(place: result.place, message: "trial \(result.trial) is not in study '\(study)'")
            }
            switch trial.state {
            case .running:
                if let deadline = TrialLease.deadline(of: trial), TrialLease.hasExpired(trial, at: now) {
                    let expired = StudyError.leaseExpired(
                        study: study, number: trial.number, deadline: deadline, state: trial.state,
                        seconds: trial.userAttributes[TrialLease.secondsKey] ?? "?")
                    throw BatchConflict(place: result.place, message: expired.description)
                }
                toRecord.append(result)
            case .waiting:
                throw BatchConflict(
                    place: result.place, message: "trial \(result.trial) is waiting: it has not been asked yet")
            case .complete, .pruned, .failed:
                guard Self.matches(result.outcome, trial), result.metrics.isEmpty || result.metrics == trial.metrics
                else {
                    throw BatchConflict(
                        place: result.place, message: "trial \(result.trial) is already \(Self.describe(trial))")
                }
                unchanged.append(result)
            }
        }
        return (toRecord, unchanged)
    }

    /// Checks the batch against the study's trials, then records it; see the type's description.
    public func apply(to study: Study, now: Date = Date()) throws -> Outcome {
        let (toRecord, unchanged) = try check(against: try study.trials, study: study.name, now: now)
        var outcome = Outcome(unchanged: unchanged.map(\.trial))
        for (index, result) in toRecord.enumerated() {
            do {
                for step in result.intermediateValues.keys.sorted() {
                    try study.report(result.trial, step: step, value: result.intermediateValues[step]!)
                }
                switch result.outcome {
                case .complete(let value) where !result.metrics.isEmpty:
                    let measurement = TrialMeasurement(value: value, metrics: result.metrics)
                    outcome.finished.append(try study.tell(result.trial, measurement: measurement))
                case .complete(let value): outcome.finished.append(try study.tell(result.trial, value: value))
                case .pruned: outcome.finished.append(try study.tellPruned(result.trial))
                case .failed(let reason): outcome.finished.append(try study.tell(result.trial, failedBecause: reason))
                }
            } catch {
                let before = index == 0 ? "nothing was recorded" : "the \(index) results before it are recorded"
                throw BatchConflict(place: result.place, message: "\(error) (\(before), the rest are not)")
            }
        }
        return outcome
    }

    /// Whether a finished trial already holds `outcome` (a non-finite value ends failed, as `Study.tell` does).
    static func matches(_ outcome: TrialResult.Outcome, _ trial: Trial) -> Bool {
        switch outcome {
        case .complete(let value) where value.isFinite: return trial.state == .complete && trial.value == value
        case .complete(let value): return trial.state == .failed && trial.failureReason == "objective returned \(value)"
        case .pruned: return trial.state == .pruned
        case .failed(let reason): return trial.state == .failed && trial.failureReason == reason
        }
    }

    /// `complete with value 0.2`, `pruned`, `failed (out of memory)`.
    static func describe(_ trial: Trial) -> String {
        switch trial.state {
        case .complete:
            let metrics = trial.metrics.keys.sorted().map { ", \($0) \(trial.metrics[$0]!)" }.joined()
            return "complete with value \(trial.value.map { "\($0)" } ?? "-")\(metrics)"
        case .failed: return "failed (\(trial.failureReason ?? ""))"
        default: return trial.state.rawValue
        }
    }
}
