import Randomness

/// What a sampler returns: the next parameters, or that it has nothing left to propose (an exhausted grid).
/// `notes` are stored as user attributes of the new trial (e.g. the jitter a GP fit needed, the acquisition
/// value, a fallback to random sampling), so the record says how each proposal was made.
public enum Proposal: Sendable, Hashable {
    case parameters(Parameters, notes: [String: String] = [:])
    case exhausted
}

/// How model-based samplers treat failed trials.
public enum FailurePolicy: String, Codable, Sendable, CaseIterable {
    /// A failed configuration counts as the worst value observed so far (as a complete trial with that
    /// value), so the model learns to avoid it and does not propose it again. The default.
    case worstObserved
    /// Failed trials are left out of the model (Optuna's behaviour).
    case ignore
}

/// Everything a sampler may look at when proposing: the space, the direction, the history, the study's seed
/// and the number of the trial the proposal is for.
///
/// `trials` holds every trial of the study in number order, in every state: complete (with `value`), pruned
/// (with `intermediateValues`), failed (with `failureReason`), and *running* and *waiting* ones with their
/// params: those are the pending points that a GP conditions on (kriging believer / fantasies) and that TPE
/// gives a constant-liar value, so parallel proposals spread out, in one process or in many (`Study.ask`
/// records a proposal only if no trial was recorded after the history it was made from).
public struct SamplingContext: Sendable {
    public var space: SearchSpace
    public var direction: Direction
    public var trials: [Trial]
    public var failurePolicy: FailurePolicy
    /// The study's objectives and constraints (the classic single objective in `direction` by default).
    /// Single-objective samplers follow the primary objective, which `direction` and `Trial.value` carry.
    public var objectives: StudyObjectives
    /// The study's seed; samplers derive stable state (e.g. a Sobol scramble) from it, never from call order.
    public var seed: UInt64
    private var reservedNumber: Int?

    /// The number of the trial this proposal is for (`Study.ask` records it under no other number, so no two
    /// recorded proposals of a study share it, whatever the number of workers). Quasi-random samplers take
    /// their index from it. Without one given, the number the next trial gets after `trials`: `trials.count`.
    public var trialNumber: Int {
        get { reservedNumber ?? trials.count }
        set { reservedNumber = newValue }
    }

    public init(
        space: SearchSpace, direction: Direction, trials: [Trial], failurePolicy: FailurePolicy = .worstObserved,
        seed: UInt64 = 0, trialNumber: Int? = nil, objectives: StudyObjectives? = nil
    ) {
        self.space = space
        self.direction = objectives?.direction ?? direction
        self.objectives = objectives ?? .single(direction)
        self.trials = trials
        self.failurePolicy = failurePolicy
        self.seed = seed
        self.reservedNumber = trialNumber
    }
}

/// The seam between a study and a search strategy.
///
/// `propose` returns the parameters of the next trial (or `.exhausted`). It receives a generator seeded
/// from (study seed, `SamplingContext.trialNumber`), so that the same seed with one job gives the same trials,
/// a resumed study proposes what the original would have, and no two recorded trials were proposed with the
/// same generator, however many workers share the study. A sampler may keep caches (a fitted model, an
/// enumerated grid), but everything it needs must be rebuildable from the context: a sampler created afresh
/// and given the same context must propose the same point. Proposals must be valid assignments of the space
/// (`SearchSpace.validate` accepts them).
public protocol Sampler: Sendable {
    /// A short name for reports ("random", "tpe", …).
    var name: String { get }

    /// The next parameters given the history.
    mutating func propose(_ context: SamplingContext, using rng: inout Xoshiro256StarStar) throws -> Proposal

    /// Whether a point must never be run twice (a grid). `Study.ask` then records each proposal with the
    /// storage's atomic unique-parameters insert (`UniqueParametersStorage`), so that workers in other
    /// processes, whose proposals this sampler cannot see, never run a point a second time. False by default.
    var requiresUniqueParameters: Bool { get }
}

extension Sampler {
    public var requiresUniqueParameters: Bool { false }
}
