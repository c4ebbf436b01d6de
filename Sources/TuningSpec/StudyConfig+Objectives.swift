import Tuning

extension StudyConfig {
    /// Reads `objectives` and `constraints`:
    ///
    /// ```yaml
    /// objectives: [{name: accuracy, direction: maximize}, {name: latency_ms, direction: minimize}]
    /// constraints: ["latency_ms <= 20", "accuracy >= 0.9"]
    /// reference_point: [0.8, 50]   # optional: where hypervolumes are measured from, one value per objective
    /// ```
    ///
    /// An objective may also be written `accuracy:maximize`, and a constraint as
    /// `{metric: latency_ms, at_most: 20}` or `{metric: accuracy, at_least: 0.9}`. Errors name the file, line
    /// and field.
    mutating func parseObjectives(_ f: [String: SpecNode]) throws {
        if let node = f["objectives"] {
            objectives = try node.sequence().map(Self.objective)
            if objectives!.isEmpty { throw node.error("needs at least one objective") }
            do { try Self.checkObjectiveCount(objectives!.count) } catch { throw node.error("\(error)") }
        }
        if let node = f["constraints"] { constraints = try node.sequence().map(Self.constraint) }
        if let node = f["reference_point"] {
            guard objectives != nil else { throw node.error("needs objectives") }
            referencePoint = try node.sequence().map(Self.finite)
        }
        if let node = f["reference_point"] ?? f["objectives"] ?? f["constraints"] {
            do {
                _ = try studyObjectives(metric: nil, direction: .minimize)
            } catch {
                throw node.error("\(error)")
            }
        }
    }

    private static func objective(_ node: SpecNode) throws -> ObjectiveMetric {
        if case .scalar = node.node {
            do { return try ObjectiveMetric(parsing: try node.string()) } catch { throw node.error("\(error)") }
        }
        let e = try node.entries(allowed: ["name", "direction"])
        guard let name = e["name"] else { throw node.error("an objective needs a name") }
        let direction = try e["direction"].map { try $0.choice(directions) } ?? "minimize"
        let text = try name.string()
        do { try ObjectiveMetric.validateName(text) } catch { throw name.error("\(error)") }
        return ObjectiveMetric(name: text, direction: Direction(rawValue: direction)!)
    }

    private static func constraint(_ node: SpecNode) throws -> OutcomeConstraint {
        if case .scalar = node.node {
            do { return try OutcomeConstraint(parsing: try node.string()) } catch { throw node.error("\(error)") }
        }
        let e = try node.entries(allowed: ["metric", "at_most", "at_least"])
        guard let metric = e["metric"] else { throw node.error("a constraint needs a metric") }
        let name = try metric.string()
        do { try ObjectiveMetric.validateName(name) } catch { throw metric.error("\(error)") }
        switch (e["at_most"], e["at_least"]) {
        case (let bound?, nil): return OutcomeConstraint(metric: name, relation: .atMost, bound: try finite(bound))
        case (nil, let bound?): return OutcomeConstraint(metric: name, relation: .atLeast, bound: try finite(bound))
        default: throw node.error("a constraint needs exactly one of at_most and at_least")
        }
    }

    private static func finite(_ node: SpecNode) throws -> Double {
        let value = try node.double()
        guard value.isFinite else { throw node.error("must be a finite number") }
        return value
    }

    /// The study's objectives: the declared ones, else one named after `metric` (or `value`) in `direction`; with
    /// the constraints. Nil for a classic study (one objective, no constraints, nothing declared).
    public func studyObjectives(metric: String?, direction: Direction) throws(MultiObjectiveError) -> StudyObjectives? {
        guard objectives != nil || !(constraints ?? []).isEmpty else { return nil }
        let declared =
            objectives ?? [ObjectiveMetric(name: metric ?? StudyObjectives.singleObjectiveName, direction: direction)]
        return try StudyObjectives(objectives: declared, constraints: constraints ?? [], referencePoint: referencePoint)
    }
}

extension StudyConfig {
    /// The most objectives a study may declare (`objectives:`, `--objectives`): four.
    ///
    /// Summaries, the report and `tpe` measure exact hypervolumes (`Hypervolume`), whose cost grows like n^(d−1)
    /// for a front of n trials in d objectives (the problem is #P-hard in d). On fronts of points spread over a
    /// sphere (every trial on the front), one hypervolume took 0.1 s for 2,000 trials in four objectives, 3 s
    /// for 1,000 in five, 1.3 s for 200 in six and 47 s for 200 in seven, and the report computes one per trial.
    /// `bayes` models two or three objectives by hypervolume improvement and four by ParEGO scalarizations.
    public static let maximumObjectives = 4

    static func checkObjectiveCount(_ count: Int) throws(MultiObjectiveError) {
        guard count <= maximumObjectives else { throw .tooManyObjectives(count: count, maximum: maximumObjectives) }
    }

    /// The objectives of `--objectives accuracy:maximize,latency_ms:minimize`.
    public static func objectives(flag text: String) throws(MultiObjectiveError) -> [ObjectiveMetric] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        try checkObjectiveCount(items.count)
        let parsed = try items.map { (item) throws(MultiObjectiveError) in try ObjectiveMetric(parsing: item) }
        _ = try StudyObjectives(objectives: parsed)
        return parsed
    }

    /// The constraints of repeated `--constraint "latency_ms <= 20"` flags.
    public static func constraints(flags: [String]) throws(MultiObjectiveError) -> [OutcomeConstraint] {
        try flags.map { (item) throws(MultiObjectiveError) in try OutcomeConstraint(parsing: item) }
    }
}
