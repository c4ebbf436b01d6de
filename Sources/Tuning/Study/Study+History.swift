import Foundation

extension Study {
    /// Queues parameters to be evaluated before the sampler is asked again (warm start). The assignment is
    /// validated against the space (fixed parameters may be omitted).
    @discardableResult
    public func enqueue(_ params: Parameters) throws -> Trial {
        let valid = try space.validate(params)
        return try storage.createTrial(in: name, Trial(state: .waiting, params: valid))
    }

    /// Imports an already evaluated trial (history from another run or tool): it must be finished, a
    /// complete one with a finite value; its parameters are validated. Samplers then learn from it.
    @discardableResult
    public func add(_ trial: Trial) throws -> Trial {
        guard trial.state.isFinished else {
            throw StudyError.invalidImportedTrial(reason: "state \(trial.state.rawValue) is not finished")
        }
        if trial.state == .complete, !(trial.value?.isFinite ?? false) {
            throw StudyError.invalidImportedTrial(reason: "a complete trial needs a finite value")
        }
        var t = trial
        t.params = try space.validate(trial.params)
        t.finishedAt = t.finishedAt ?? Date()
        return try storage.createTrial(in: name, t)
    }

    /// Imports a complete evaluation given by its parameters and value.
    @discardableResult
    public func add(params: Parameters, value: Double) throws -> Trial {
        try add(Trial(state: .complete, params: params, value: value))
    }

    /// The complete trial with the best finite value (the lowest-numbered among equals), if any.
    public var bestTrial: Trial? {
        get throws {
            var best: Trial?
            for t in try trials where t.state == .complete {
                guard let v = t.value, v.isFinite else { continue }
                if best == nil || direction.isBetter(v, than: best!.value!) { best = t }
            }
            return best
        }
    }

    /// The best value so far, if any trial is complete.
    public var bestValue: Double? { get throws { try bestTrial?.value } }
}

extension Study {
    /// Fails running trials whose heartbeat (or start) is older than `seconds`: workers that died (a killed
    /// process, a lost machine) leave trials running forever, and samplers would keep treating them as pending.
    /// With a `StaleTrialSweeping` storage this is one atomic sweep that also enqueues retries per `retries`
    /// (exactly once, however many workers sweep); otherwise trials are failed one by one (no retries).
    /// Returns the numbers of the trials failed.
    @discardableResult
    public func failStaleTrials(
        heartbeatOlderThan seconds: Double, retries: StaleTrialRetryPolicy = .never,
        now: Date = Date()
    ) throws -> [Int] {
        if let sweeping = storage as? any StaleTrialSweeping {
            return try sweeping.failStaleTrials(in: name, gracePeriod: seconds, now: now, retries: retries).failed
        }
        var failed: [Int] = []
        for t in try trials where t.state == .running {
            guard let last = t.heartbeat ?? t.startedAt, now.timeIntervalSince(last) > seconds else { continue }
            do {
                try storage.finishTrial(
                    in: name, number: t.number, state: .failed, value: nil,
                    reason: "stale (no heartbeat for \(Int(now.timeIntervalSince(last))) s)", at: now)
                failed.append(t.number)
            } catch StorageError.invalidTransition {
                continue  // finished meanwhile by its worker
            }
        }
        return failed
    }
}
