import Tuning

/// An objective ready to run, with what the study needs to know about it: what an `ObjectiveProvider` builds.
public struct ObjectiveSetup: Sendable {
    public var objective: any Objective
    /// The space to search when the spec gives none (nil: the spec must give one, as for commands).
    public var defaultSpace: SearchSpace?
    public var direction: Direction
    /// The metric the objective's value is (`accuracy`, `value`, …), for output.
    public var metric: String
    /// One line saying what is tuned, for the start of the output.
    public var summary: String
    /// The pruner to use when the spec names none (`median` for networks, which report every epoch).
    public var defaultPruner: String?
    /// Options of the default pruner (ignored when the spec names a pruner).
    public var defaultPrunerOptions: [String: ParameterValue] = [:]
    /// The metrics the objective reports by name, so a study may declare objectives and constraints on them
    /// (`objectives:`, `constraints:`); nil when any name may come (a command prints what it prints). A built-in
    /// objective with several metrics lists them here, with their natural directions, and its `objective`
    /// implements `measure`.
    public var metrics: [ObjectiveMetric]? = []
    /// The objectives and constraints the study has when the spec declares none (`objectives:`,
    /// `constraints:`): set by an objective that is multi-objective by nature (a benchmark problem such as
    /// `zdt1`); nil for a classic study of `metric` in `direction`.
    public var defaultObjectives: StudyObjectives?
    /// Measurements to report for the best trial after the study (e.g. held-out test accuracy), by name.
    public var finalEvaluation: (@Sendable (Trial) throws -> [(name: String, value: Double)])?

    public init(
        objective: any Objective, defaultSpace: SearchSpace?, direction: Direction, metric: String,
        summary: String, defaultPruner: String? = nil,
        finalEvaluation: (@Sendable (Trial) throws -> [(name: String, value: Double)])? = nil
    ) {
        self.objective = objective
        self.defaultSpace = defaultSpace
        self.direction = direction
        self.metric = metric
        self.summary = summary
        self.defaultPruner = defaultPruner
        self.finalEvaluation = finalEvaluation
    }
}
