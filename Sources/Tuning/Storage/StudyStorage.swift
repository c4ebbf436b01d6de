import Foundation

/// What a study records about itself when it is created; persistent storages keep it so a study can be resumed.
public struct StudySpec: Codable, Sendable, Hashable {
    public var name: String
    public var direction: Direction
    public var space: SearchSpace
    /// The study's seed: samplers derive every random choice from it and the trial history.
    public var seed: UInt64
    public var userAttributes: [String: String]
    /// The objectives and constraints of a study with several objectives or with constraints; nil for a classic
    /// study (one objective, `direction`). Stored studies from before multi-objective support decode as nil.
    public var declaredObjectives: StudyObjectives?

    public init(
        name: String, direction: Direction, space: SearchSpace, seed: UInt64,
        userAttributes: [String: String] = [:], objectives: StudyObjectives? = nil
    ) {
        self.name = name
        self.direction = objectives?.direction ?? direction
        self.space = space
        self.seed = seed
        self.userAttributes = userAttributes
        self.declaredObjectives = objectives.flatMap { $0.isSingleValued && $0.primary.name == "value" ? nil : $0 }
    }

    /// What the study optimizes: its declared objectives, or the classic single objective in `direction`.
    public var objectives: StudyObjectives { declaredObjectives ?? .single(direction) }
}

/// Errors of a storage backend.
public enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    case studyExists(String)
    case studyNotFound(String)
    case trialNotFound(study: String, number: Int)
    /// A state change the life cycle does not allow (e.g. finishing a trial twice).
    case invalidTransition(number: Int, from: TrialState, to: TrialState)
    /// A backend-specific failure (I/O, SQL), with its message.
    case backend(String)

    public var description: String {
        switch self {
        case .studyExists(let s): return "study '\(s)' already exists"
        case .studyNotFound(let s): return "study '\(s)' not found"
        case .trialNotFound(let s, let n): return "trial \(n) of study '\(s)' not found"
        case .invalidTransition(let n, let from, let to):
            return "trial \(n): cannot go from \(from.rawValue) to \(to.rawValue)"
        case .backend(let m): return "storage: \(m)"
        }
    }
}

/// The persistence seam of a study: small, and transactional per call, so that SQLite (one process, many
/// threads) and PostgreSQL (many workers on many machines) can implement it with one transaction per method.
///
/// Contract:
/// - `createTrial` assigns `number` atomically: numbers are unique and increase in creation order from 0.
/// - `claimWaitingTrial` moves the lowest-numbered waiting trial to running atomically: two callers never get
///   the same trial.
/// - Only running trials change: `setParams`, `reportIntermediate`, `heartbeat`, `setUserAttribute` and
///   `finishTrial` on a finished trial throw `StorageError.invalidTransition`.
/// - `trials` returns every trial of the study ordered by number.
public protocol StudyStorage: Sendable {
    /// Records a new study; throws `studyExists` if the name is taken.
    func createStudy(_ spec: StudySpec) throws
    /// The study's spec, or nil if there is no such study.
    func study(named name: String) throws -> StudySpec?
    /// Inserts a trial built from `template` (its `number` is ignored) and returns it with its number.
    func createTrial(in study: String, _ template: Trial) throws -> Trial
    /// Atomically claims the lowest-numbered waiting trial (→ running, `startedAt` = `now`), if any.
    func claimWaitingTrial(in study: String, now: Date) throws -> Trial?
    /// Sets the parameters of a running trial.
    func setParams(in study: String, number: Int, _ params: Parameters) throws
    /// Records an intermediate value of a running trial.
    func reportIntermediate(in study: String, number: Int, step: Int, value: Double) throws
    /// Refreshes the heartbeat of a running trial.
    func heartbeat(in study: String, number: Int, at time: Date) throws
    /// Sets one user attribute of a running trial.
    func setUserAttribute(in study: String, number: Int, key: String, value: String) throws
    /// Moves a running trial to a finished state with its value, metrics (studies with several objectives or
    /// constraints) and failure reason.
    func finishTrial(
        in study: String, number: Int, state: TrialState, value: Double?, metrics: [String: Double],
        reason: String?, at time: Date) throws
    /// Every trial of the study, by number.
    func trials(in study: String) throws -> [Trial]
}

extension StudyStorage {
    /// Finishes a trial that reports no metrics beyond its value.
    public func finishTrial(
        in study: String, number: Int, state: TrialState, value: Double?, reason: String?, at time: Date
    ) throws {
        try finishTrial(in: study, number: number, state: state, value: value, metrics: [:], reason: reason, at: time)
    }
}
