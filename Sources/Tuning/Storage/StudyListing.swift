import Foundation

/// A storage that can enumerate its studies (`tuner studies`). Kept apart from `StudyStorage` so that a
/// backend which cannot list (a remote service keyed by study name) still satisfies the core contract.
///
/// Contract: `studyNames()` returns the name of every study created in the storage, each once, sorted
/// by name (by the backend's collation); a study created by another process sharing the storage appears as soon as its
/// creating transaction has committed.
public protocol StudyListing: StudyStorage {
    /// The names of every study in the storage, sorted.
    func studyNames() throws -> [String]
}

extension InMemoryStorage: StudyListing {}

/// What `tuner studies` prints for one study: its direction, how many trials are in each state and the best
/// complete value.
public struct StudyOverview: Sendable, Equatable {
    public var name: String
    public var direction: Direction
    /// Trials per state; states without trials are absent.
    public var counts: [TrialState: Int]
    /// The best finite value among complete trials (lowest loss for the direction; feasible ones only when the
    /// study has constraints), if any.
    public var bestValue: Double?
    /// The number of the trial holding `bestValue` (the lowest-numbered among equals).
    public var bestTrial: Int?

    public var trialCount: Int { counts.values.reduce(0, +) }

    /// Summarizes `trials` of a study with `spec`.
    public init(spec: StudySpec, trials: [Trial]) {
        name = spec.name
        direction = spec.direction
        counts = [:]
        for t in trials { counts[t.state, default: 0] += 1 }
        let best = spec.objectives.bestFeasibleTrial(of: trials)
        bestValue = best?.value
        bestTrial = best?.number
    }

    /// Reads every study of `storage`, by name.
    public static func all(in storage: any StudyListing) throws -> [StudyOverview] {
        try storage.studyNames().compactMap { name in
            guard let spec = try storage.study(named: name) else { return nil }
            return StudyOverview(spec: spec, trials: try storage.trials(in: name))
        }
    }
}
