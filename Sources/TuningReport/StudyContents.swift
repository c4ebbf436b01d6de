import Foundation
import Tuning

/// A study as read back from a storage: its spec and every trial, by number, with the columns the tables and
/// exports of it share.
public struct StudyContents: Sendable {
    public let spec: StudySpec
    /// Every trial, by number.
    public let trials: [Trial]

    public init(spec: StudySpec, trials: [Trial]) {
        self.spec = spec
        self.trials = trials
    }

    /// Counts per state and the best value.
    public var overview: StudyOverview { StudyOverview(spec: spec, trials: trials) }

    /// The parameter columns: the space's parameters in declaration order, then any other names found in
    /// trials (imported history), sorted.
    public var parameterNames: [String] {
        let declared = spec.space.parameters.map(\.name)
        let extra = Set(trials.flatMap(\.params.keys)).subtracting(declared).sorted()
        return declared + extra
    }

    /// Every user-attribute key found in the trials, sorted.
    public var userAttributeKeys: [String] { Set(trials.flatMap(\.userAttributes.keys)).sorted() }

    /// The metric columns: the metrics the study's objectives and constraints need (`requiredMetrics`), then any
    /// other metric found in trials, sorted; none for a classic study whose trials carry no metrics.
    public var metricNames: [String] {
        let required = spec.objectives.isSingleValued ? [] : spec.objectives.requiredMetrics
        return required + Set(trials.flatMap(\.metrics.keys)).subtracting(required).sorted()
    }

    /// The front, feasibility and hypervolume of a study with several objectives or constraints.
    public var pareto: ParetoSummary { ParetoSummary(objectives: spec.objectives, trials: trials) }

    /// The best complete trial (`StudyOverview.bestTrial`: the lowest-numbered among equal best values), if any;
    /// with constraints, the best feasible one.
    public var bestTrial: Trial? {
        guard spec.objectives.constraints.isEmpty else { return spec.objectives.bestFeasibleTrial(of: trials) }
        return overview.bestTrial.flatMap { n in trials.first { $0.number == n } }
    }
}
