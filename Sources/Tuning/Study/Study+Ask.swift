import Foundation
import Randomness

extension Study {
    /// The generator for the proposal of trial `number`: a pure function of seed and number. A trial is
    /// recorded only under the number its proposal was made for, so no two trials of a study were proposed with
    /// the same generator.
    static func proposalGenerator(seed: UInt64, trialNumber number: Int) -> Xoshiro256StarStar {
        var mix = SplitMix64(seed: seed ^ (UInt64(number) &* 0x9E37_79B9_7F4A_7C15))
        return Xoshiro256StarStar(seed: mix.next())
    }

    /// Starts the next trial: claims an enqueued (waiting) trial if there is one, else asks the sampler and
    /// records a running trial. Returns nil when the sampler is exhausted (grid), the study is cancelled, or the
    /// study already holds `studyLimit` trials (checked atomically by a `TrialBudgetStorage`, so workers in
    /// several processes sharing the study stop at exactly that many).
    ///
    /// Exactly one recorded proposal per trial number, with no coordinator: the proposal is made for number
    /// N = the number of trials read (numbers are gap-free, so N is the number the next trial gets), with the
    /// generator of (study seed, N) and Sobol' index N (`SamplingContext.trialNumber`), and recorded only if the
    /// trial still gets number N: the budgeted insert with limit min(`studyLimit`, N + 1) counts and inserts in
    /// one transaction. When another worker recorded trial N first, the proposal is dropped, the history read
    /// again and the sampler asked again, now seeing that trial. So every recorded proposal was made from all
    /// trials before it, running ones with their parameters included (kriging believer for `bayes`, constant
    /// liar for TPE), exactly as if the workers had taken turns; workers that read the history at the same
    /// moment cannot record the same proposal twice. With one worker no proposal is ever dropped, and the same
    /// seed gives the same trials.
    ///
    /// A sampler that `requiresUniqueParameters` (grid) has its point recorded only if no other trial holds it
    /// (`UniqueParametersStorage`, atomically), whatever number it gets.
    ///
    /// Each refused insert means another worker recorded a trial meanwhile, so with a budget the retries are
    /// bounded by it; `maximumProposalAttempts` bounds them in any case (then `StudyError.proposalsTaken`).
    /// Storages without atomic inserts give these guarantees within one process only.
    ///
    /// With a `lease` (seconds), the trial is handed to a program that sends no heartbeats (`tuner ask`): it gets
    /// the `TrialLease` attributes, so stale-trial sweeps leave it running until the lease has passed, and
    /// `tell` refuses its result after that.
    public func ask(studyLimit: Int? = nil, lease: TimeInterval? = nil) throws -> Trial? {
        if let lease { try TrialLease.validate(seconds: lease) }
        let leased: (Date) -> [String: String] = { now in
            lease.map { TrialLease.attributes(seconds: $0, now: now) } ?? [:]
        }
        return try lock.withLock {
            guard !cancelFlag.isSet else { return nil }
            if var waiting = try storage.claimWaitingTrial(in: name, now: Date()) {
                for (key, value) in leased(Date()) {
                    try storage.setUserAttribute(in: name, number: waiting.number, key: key, value: value)
                    waiting.userAttributes[key] = value
                }
                return waiting
            }
            let unique = sampler.requiresUniqueParameters
            for _ in 0..<Self.maximumProposalAttempts {
                let history = try storage.trials(in: name)
                let number = history.count
                if let studyLimit, number >= studyLimit { return nil }  // trials are never removed
                var rng = Self.proposalGenerator(seed: seed, trialNumber: number)
                let context = SamplingContext(
                    space: space, direction: direction, trials: history, failurePolicy: failurePolicy, seed: seed,
                    trialNumber: number, objectives: objectives)
                guard case .parameters(let proposed, let notes) = try sampler.propose(context, using: &rng) else {
                    return nil
                }
                let params = try space.validate(proposed)
                let now = Date()
                let template = Trial(
                    state: .running, params: params, createdAt: now, startedAt: now, heartbeat: now,
                    userAttributes: notes.merging(leased(now)) { $1 })
                switch try record(template, number: number, studyLimit: studyLimit, unique: unique) {
                case .created(let trial): return trial
                case .budgetSpent: return nil
                case .taken: continue  // another worker recorded trial `number` or this point since `history` was read
                }
            }
            throw StudyError.proposalsTaken(study: name, attempts: Self.maximumProposalAttempts)
        }
    }
}
