/// What a study optimizes: one or more named objectives, and constraints on reported metrics.
///
/// A classic study has one objective named `value` (`StudyObjectives.single`) and no constraints; its trials
/// carry their result in `Trial.value` only. A study with several objectives (or with constraints) has its
/// trials carry every reported metric in `Trial.metrics`, and the primary (first) objective's value in
/// `Trial.value` as well, so that pruners, single-objective samplers, sorting and the existing summaries go on
/// working on the primary objective.
///
/// All ranking is on *losses*: an objective's value when minimized, its negation when maximized.
public struct StudyObjectives: Codable, Sendable, Hashable {
    /// The objectives, primary first. Never empty.
    public private(set) var objectives: [ObjectiveMetric]
    public private(set) var constraints: [OutcomeConstraint]
    /// The point hypervolumes are measured from, one value per objective in the objectives' own units (a
    /// benchmark problem's, or the user's: the worst value of each objective still worth having); nil: the
    /// summaries take the worst feasible observation (`ParetoSummary`).
    public private(set) var referencePoint: [Double]?

    /// A validated set: at least one objective, distinct valid names, finite bounds, and a reference point (if
    /// any) of finite values, one per objective.
    public init(
        objectives: [ObjectiveMetric], constraints: [OutcomeConstraint] = [], referencePoint: [Double]? = nil
    ) throws(MultiObjectiveError) {
        guard !objectives.isEmpty else { throw .noObjectives }
        var seen: Set<String> = []
        for o in objectives {
            try ObjectiveMetric.validateName(o.name)
            guard seen.insert(o.name).inserted else { throw .duplicateObjective(o.name) }
        }
        for c in constraints {
            try ObjectiveMetric.validateName(c.metric)
            guard c.bound.isFinite else { throw .constraintBoundNotFinite(c.metric) }
        }
        if let referencePoint, referencePoint.count != objectives.count || !referencePoint.allSatisfy(\.isFinite) {
            throw .invalidReferencePoint(count: objectives.count)
        }
        self.objectives = objectives
        self.constraints = constraints
        self.referencePoint = referencePoint
    }

    /// The name of the one objective of a classic study.
    public static let singleObjectiveName = "value"

    /// A classic study: one objective, `value`, in `direction`, no constraints.
    public static func single(_ direction: Direction) -> StudyObjectives {
        StudyObjectives(unchecked: [ObjectiveMetric(name: singleObjectiveName, direction: direction)], [])
    }

    private init(unchecked objectives: [ObjectiveMetric], _ constraints: [OutcomeConstraint]) {
        self.objectives = objectives
        self.constraints = constraints
    }

    /// The first objective: its value is also `Trial.value`.
    public var primary: ObjectiveMetric { objectives[0] }

    /// The direction of the primary objective.
    public var direction: Direction { primary.direction }

    /// Whether there are two or more objectives.
    public var isMultiObjective: Bool { objectives.count > 1 }

    /// Whether this is a classic study: one objective and no constraints, nothing beyond `Trial.value`.
    public var isSingleValued: Bool { objectives.count == 1 && constraints.isEmpty }

    /// Every metric a trial's result must carry: the objectives, then constrained metrics not among them.
    public var requiredMetrics: [String] {
        var names = objectives.map(\.name)
        for c in constraints where !names.contains(c.metric) { names.append(c.metric) }
        return names
    }

    /// The value of metric `name` for `trial`: from `Trial.metrics`, else `Trial.value` for the primary
    /// objective.
    public func value(of name: String, in trial: Trial) -> Double? {
        if let v = trial.metrics[name] { return v }
        return name == primary.name ? trial.value : nil
    }

    /// The trial's objective values as losses, in objective order; nil when one is missing or not finite.
    public func losses(of trial: Trial) -> [Double]? {
        var result: [Double] = []
        result.reserveCapacity(objectives.count)
        for o in objectives {
            guard let v = value(of: o.name, in: trial), v.isFinite else { return nil }
            result.append(o.direction.loss(v))
        }
        return result
    }

    /// The trial's total constraint violation (0 when feasible); nil when a constrained metric is missing.
    public func violation(of trial: Trial) -> Double? {
        var total = 0.0
        for c in constraints {
            guard let v = value(of: c.metric, in: trial) else { return nil }
            total += c.violation(v)
        }
        return total
    }

    /// Whether every constraint holds for the trial (a missing metric does not hold).
    public func isFeasible(_ trial: Trial) -> Bool { violation(of: trial) == 0 }
}
