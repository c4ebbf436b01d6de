import Foundation
import LinearAlgebra

extension Study {
    /// What an `optimize` call did.
    public struct OptimizeSummary: Sendable {
        /// Trials started by this call.
        public var trialsRun: Int
        /// Whether it stopped because the sampler had nothing left (grid exhausted).
        public var samplerExhausted: Bool
        /// Whether it stopped because the study was cancelled.
        public var cancelled: Bool
    }

    /// Runs trials until `trials` have been started by this call, `timeout` seconds have passed (no new trial
    /// starts after it; running ones finish), the sampler is exhausted, or `cancel()` is called.
    ///
    /// With `jobs` > 1, that many trials run at once on separate threads (never more threads than `trials` or
    /// `studyLimit`; a thread the system refuses stops the call with `WorkerThread.StartFailure` once the started ones
    /// finish their trials), and OpenBLAS gets max(1, cores / threads) threads for the duration (restored afterwards),
    /// so trials do not oversubscribe the cores. An objective that throws, returns NaN or ±∞, or crashes (commands)
    /// leaves a failed trial with the reason; `TrialPruned` leaves a pruned one; after `cancel()`, trials that end by
    /// throwing are failed with reason "interrupted". `onTrialFinished` is called once per finished trial (from the
    /// worker thread). `studyLimit` caps the study's total number of trials, whoever creates them (see
    /// `ask(studyLimit:)`): the budget of workers that share a study. With a `staleTrialWatch`, a worker that finds the
    /// budget spent waits for other workers' running trials and runs the retries of those whose worker died
    /// (`awaitLeftoverTrial(until:)`), so the study ends with its budget of finished trials.
    @discardableResult
    public func optimize(
        _ objective: any Objective, trials: Int? = nil, timeout: Double? = nil, jobs: Int = 1,
        studyLimit: Int? = nil,
        onTrialFinished: (@Sendable (Trial) -> Void)? = nil
    ) throws -> OptimizeSummary {
        if let trials, trials < 0 { throw StudyError.invalidArgument(name: "trials", reason: "must be ≥ 0") }
        if let timeout, !(timeout > 0) { throw StudyError.invalidArgument(name: "timeout", reason: "must be > 0") }
        guard jobs >= 1 else { throw StudyError.invalidArgument(name: "jobs", reason: "must be ≥ 1") }
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        let budget = OptimizeBudget(limit: trials)

        let work: @Sendable () -> Void = { [self] in
            while budget.shouldContinue {
                if let deadline, Date() >= deadline {
                    budget.stop()
                    break
                }
                guard budget.reserve() else { break }
                do {
                    guard let trial = try ask(studyLimit: studyLimit) ?? awaitLeftoverTrial(until: deadline) else {
                        budget.release(exhausted: !isCancelled)
                        break
                    }
                    let finished = try run(objective, on: trial)
                    onTrialFinished?(finished)
                } catch {
                    budget.fail(error)
                }
            }
        }

        if jobs == 1 {
            work()
        } else {
            // No more workers than trials (this call's or the study's): an idle worker would only wait.
            let workers = Swift.max(1, Swift.min(jobs, trials ?? jobs, studyLimit ?? jobs))
            let cores = ProcessInfo.processInfo.activeProcessorCount
            BLASThreads.with(max(1, cores / workers)) {
                let group = DispatchGroup()
                for worker in 0..<workers where budget.shouldContinue {
                    group.enter()
                    do {
                        try WorkerThread.start(worker: worker, of: workers, stackSize: 8 << 20) {
                            work()
                            group.leave()
                        }
                    } catch {
                        group.leave()
                        budget.fail(error)  // the workers already started finish their trials, then stop
                    }
                }
                group.wait()
            }
        }
        if let error = budget.error { throw error }
        return OptimizeSummary(trialsRun: budget.started, samplerExhausted: budget.exhausted, cancelled: isCancelled)
    }

    /// Evaluates `objective` on a running trial (from `ask`) and records the outcome as `optimize` does;
    /// returns the finished trial.
    public func run(_ objective: any Objective, on trial: Trial) throws -> Trial {
        let context = TrialContext(study: self, trial: trial)
        runningHere.insert(trial.number)
        defer { runningHere.remove(trial.number) }
        let beat = heartbeatInterval.map {
            TrialHeartbeat(storage: storage, study: name, number: trial.number, interval: $0)
        }
        defer { beat?.stop() }
        do {
            return try finish(trial.number, measurement: try objective.measure(context))
        } catch is TrialPruned {
            return try finishPruned(trial.number)
        } catch is TrialInterrupted {
            return try finish(trial.number, failedBecause: "interrupted")
        } catch {
            return try finish(trial.number, failedBecause: isCancelled ? "interrupted" : "\(error)")
        }
    }
}

/// The shared counters of one `optimize` call.
final class OptimizeBudget: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int?
    private(set) var started = 0
    private(set) var exhausted = false
    private(set) var error: (any Error)?
    private var stopped = false

    init(limit: Int?) { self.limit = limit }

    var shouldContinue: Bool { lock.withLock { !stopped && error == nil } }

    /// Takes one trial slot, if the limit allows.
    func reserve() -> Bool {
        lock.withLock {
            guard !stopped, error == nil, limit.map({ started < $0 }) ?? true else { return false }
            started += 1
            return true
        }
    }

    /// Gives back a slot that was not used, and stops everyone.
    func release(exhausted: Bool) {
        lock.withLock {
            started -= 1
            stopped = true
            if exhausted { self.exhausted = true }
        }
    }

    func stop() { lock.withLock { stopped = true } }

    func fail(_ e: any Error) {
        lock.withLock {
            if error == nil { error = e }
            stopped = true
        }
    }
}
