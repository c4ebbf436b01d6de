import Foundation

/// Keeps a running trial's heartbeat fresh from a background thread while its objective runs, so that other
/// workers can tell a live trial from one whose worker died (`StaleTrialSweeping`). Optuna's heartbeat thread
/// (optuna/_optimize.py, `_run_trial`) does the same. Choose `interval` well below the sweepers' grace period
/// (e.g. interval 10 s, grace 60 s): a heartbeat that fails transiently is simply sent again next interval.
///
/// ```swift
/// let beat = TrialHeartbeat(storage: storage, study: "mnist", number: trial.number, interval: 10)
/// defer { beat.stop() }
/// let value = try objective.evaluate(context)
/// ```
/// The pump stops by itself when the trial is no longer running (finished, or failed as stale by a sweeper:
/// `lostTrial` then tells the worker its result will be refused).
public final class TrialHeartbeat: @unchecked Sendable {
    private let condition = NSCondition()
    private var stopped = false
    private var lost = false
    private var errors: [String] = []

    /// Starts sending `storage.heartbeat(in: study, number: number, at: now)` every `interval` seconds, the
    /// first one immediately.
    public init(storage: any StudyStorage, study: String, number: Int, interval: TimeInterval) {
        precondition(interval > 0, "heartbeat interval must be positive, got \(interval)")
        let thread = Thread { [self] in
            run(storage: storage, study: study, number: number, interval: interval)
        }
        thread.name = "heartbeat \(study)#\(number)"
        thread.start()
    }

    private func run(storage: any StudyStorage, study: String, number: Int, interval: TimeInterval) {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            condition.unlock()
            var end = false
            do {
                try storage.heartbeat(in: study, number: number, at: Date())
            } catch StorageError.invalidTransition, StorageError.trialNotFound, StorageError.studyNotFound {
                end = true
            } catch {
                condition.lock()
                if errors.count < 10 { errors.append("\(error)") }
                condition.unlock()
            }
            condition.lock()
            if end {
                lost = !stopped
                stopped = true
                break
            }
            _ = condition.wait(until: Date().addingTimeInterval(interval))
        }
        condition.broadcast()
    }

    /// Stops the pump (idempotent); a heartbeat already being sent still completes.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the trial stopped being running while the pump was on (another worker failed it as stale).
    public var lostTrial: Bool {
        condition.lock()
        defer { condition.unlock() }
        return lost
    }

    /// Messages of heartbeats that failed (up to 10), e.g. during a database outage.
    public var failures: [String] {
        condition.lock()
        defer { condition.unlock() }
        return errors
    }
}
