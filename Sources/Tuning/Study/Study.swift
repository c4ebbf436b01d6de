import Foundation

/// A tuning study: a search space, a direction, a sampler, an optional pruner and a storage, with the
/// ask/tell interface (Akiba et al. 2019, "Optuna: a next-generation hyperparameter optimization framework",
/// define-by-run aside) and `optimize`, which runs trials (several in parallel) until a budget is spent.
///
/// Every change goes through the storage, so the storage is the truth: a study re-opened on the same
/// storage continues where it stopped. Proposals are serialized by a lock (a sampler sees the trials that
/// are running, so parallel proposals differ, and a grid point is never handed out twice; across processes
/// the storage's unique insert guarantees the latter, see `ask`). Each proposal is made for a trial number
/// and recorded only under it, its generator seeded from (study seed, that number) (`Study+Ask.swift`): with
/// one job, the same seed gives the same sequence of trials, and workers in other processes that read the same
/// history cannot record the same proposal twice.
public final class Study: @unchecked Sendable {
    public let spec: StudySpec
    public let storage: any StudyStorage
    public let pruner: (any Pruner)?
    /// How model-based samplers treat failed trials.
    public let failurePolicy: FailurePolicy

    let lock = NSLock()
    var sampler: any Sampler
    let cancelFlag = CancellationFlag()
    /// When set, every trial run by `optimize` refreshes its heartbeat this often (`TrialHeartbeat`), so that
    /// workers elsewhere can tell it from a trial whose worker died. Set it before `optimize`.
    public var heartbeatInterval: Double?
    /// When set, a worker that finds the study's budget spent keeps sweeping for trials of dead workers and runs
    /// their retries before it stops (`StaleTrialWatch`). Set it before `optimize`.
    public var staleTrialWatch: StaleTrialWatch?
    /// The trials this object is evaluating now.
    let runningHere = RunningTrialSet()

    public var name: String { spec.name }
    public var direction: Direction { spec.direction }
    /// The objectives and constraints (one objective, `value`, in `direction`, for a classic study).
    public var objectives: StudyObjectives { spec.objectives }
    public var space: SearchSpace { spec.space }
    public var seed: UInt64 { spec.seed }
    public var samplerName: String { lock.withLock { sampler.name } }

    /// Creates the study in `storage` (with `attributes`, e.g. the spec workers need to join it), or opens it if
    /// a study of that name exists there (its stored seed is then used; a different direction, space or set of
    /// objectives is an error). `objectives`, when given, declares several objectives or constraints; its
    /// primary direction then replaces `direction`.
    public init(
        name: String = "study", space: SearchSpace, direction: Direction = .minimize,
        objectives: StudyObjectives? = nil,
        sampler: any Sampler = RandomSampler(), pruner: (any Pruner)? = nil,
        storage: any StudyStorage = InMemoryStorage(), seed: UInt64 = 0,
        failurePolicy: FailurePolicy = .worstObserved, attributes: [String: String] = [:]
    ) throws {
        let spec = StudySpec(
            name: name, direction: direction, space: space, seed: seed, userAttributes: attributes,
            objectives: objectives)
        func open(_ stored: StudySpec) throws -> StudySpec {
            guard stored.direction == spec.direction else {
                throw StudyError.specMismatch(study: name, field: "direction")
            }
            guard stored.space == space else { throw StudyError.specMismatch(study: name, field: "search space") }
            guard stored.objectives == spec.objectives else {
                throw StudyError.specMismatch(study: name, field: "objectives and constraints")
            }
            return stored
        }
        if let stored = try storage.study(named: name) {
            self.spec = try open(stored)
        } else {
            do {
                try storage.createStudy(spec)
                self.spec = spec
            } catch StorageError.studyExists {
                // Another process created it between our look and our insert: open theirs.
                guard let stored = try storage.study(named: name) else { throw StorageError.studyNotFound(name) }
                self.spec = try open(stored)
            }
        }
        self.storage = storage
        self.sampler = sampler
        self.pruner = pruner
        self.failurePolicy = failurePolicy
    }

    /// Every trial, by number.
    public var trials: [Trial] { get throws { try storage.trials(in: name) } }

    /// Throws `StudyError.leaseExpired` when trial `number` holds a lease that has passed.
    func checkLease(of number: Int, now: Date = Date()) throws {
        let t = try trial(number)
        guard let deadline = TrialLease.deadline(of: t), TrialLease.hasExpired(t, at: now) else { return }
        throw StudyError.leaseExpired(
            study: name, number: number, deadline: deadline, state: t.state,
            seconds: t.userAttributes[TrialLease.secondsKey] ?? "?")
    }

    /// Records an intermediate value (step = epoch) of a running trial.
    public func report(_ number: Int, step: Int, value: Double) throws {
        try storage.reportIntermediate(in: name, number: number, step: step, value: value)
        try storage.heartbeat(in: name, number: number, at: Date())
    }

    /// Whether the pruner stops the running trial `number` given its intermediate values (false without pruner).
    public func shouldPrune(_ number: Int) throws -> Bool {
        guard let pruner else { return false }
        let all = try trials
        guard let t = all.first(where: { $0.number == number }) else {
            throw StorageError.trialNotFound(study: name, number: number)
        }
        return pruner.shouldPrune(t, among: all, direction: direction)
    }

    /// Trial `number`.
    public func trial(_ number: Int) throws -> Trial {
        guard let t = try trials.first(where: { $0.number == number }) else {
            throw StorageError.trialNotFound(study: name, number: number)
        }
        return t
    }

    /// Asks running trials to stop (objectives see `TrialContext.isCancelled`; commands are terminated) and
    /// `ask` to hand out no more trials. Safe to call from a signal handler's dispatch source.
    public func cancel() { cancelFlag.set() }

    /// Whether `cancel()` was called.
    public var isCancelled: Bool { cancelFlag.isSet }
}

/// A one-way flag shared between threads.
final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
