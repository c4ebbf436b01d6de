import Tuning

extension StudyConfig {
    /// The fields a spec file may hold.
    static let fields = [
        "study", "objective", "dataset", "target", "command", "metric", "direction", "objectives",
        "constraints", "reference_point", "sampler",
        "sampler_options", "pruner", "pruner_options", "trials", "timeout",
        "trial_timeout", "jobs", "seed", "cv", "lr_range",
        "categorical", "ignore_columns", "missing", "missing_marker", "max_categories",
        "heartbeat", "grace", "retry_stale", "artifacts", "keep_artifacts", "space",
    ]

    /// Parses a study spec (YAML or JSON). Errors name file, line and field.
    public init(text: String, file: String) throws {
        self.init()
        let root = try SpecNode.parse(text, file: file)
        let f = try root.entries(allowed: StudyConfig.fields)
        study = try f["study"].map(StudyConfig.studyName)
        objective = try f["objective"]?.string()
        dataset = try f["dataset"]?.string()
        target = try f["target"]?.string()
        command = try f["command"]?.string()
        metric = try f["metric"]?.string()
        direction = try f["direction"].map { try $0.choice(StudyConfig.directions) }
        try parseObjectives(f)
        pruner = try f["pruner"].map { try $0.choice(StudyConfig.pruners) }
        sampler = try f["sampler"].map { try $0.choice(StudyConfig.samplers) }
        samplerOptions = try f["sampler_options"].map(StudyConfig.options) ?? [:]
        prunerOptions = try f["pruner_options"].map(StudyConfig.options) ?? [:]
        trials = try f["trials"]?.int()
        timeout = try f["timeout"]?.double()
        trialTimeout = try f["trial_timeout"]?.double()
        jobs = try f["jobs"]?.int()
        if let s = f["seed"] {
            let value = try s.int()
            if value < 0 { throw s.error("must be a non-negative integer") }
            seed = UInt64(value)
        }
        if let c = f["cv"] {
            guard let setting = (try? c.string()).flatMap(CrossValidationSetting.init(parsing:)) else {
                throw c.error("must be auto or a number of folds (1: no cross-validation)")
            }
            cv = setting
        }
        lrRange = try f["lr_range"].map { try $0.choice(["auto"]) }
        heartbeat = try f["heartbeat"]?.double()
        grace = try f["grace"]?.double()
        try parseCSVHandling(f)
        artifacts = try f["artifacts"]?.string()
        keepArtifacts = try f["keep_artifacts"]?.int()
        if let broken = firstViolation() { throw (f[broken.field] ?? root).error(broken.message) }
        retryStale = try f["retry_stale"]?.bool()
        if let s = f["space"] { space = try StudyConfig.space(s) }
    }

    /// Parses a space file: a mapping of parameter names to definitions (the `space:` of a spec).
    public static func space(text: String, file: String) throws -> [Parameter] {
        try space(try SpecNode.parse(text, file: file))
    }

    static func space(_ node: SpecNode) throws -> [Parameter] {
        let parameters = try node.entries().map { try ParameterSpec.parameter(named: $0.key, from: $0.value) }
        if parameters.isEmpty { throw node.error("the search space has no parameters") }
        do {
            _ = try SearchSpace(parameters)
        } catch {
            throw SpecError(file: node.file, line: node.line, field: node.path, message: "\(error)")
        }
        return parameters
    }

    /// The `study` field: a name `StudyName` allows, like `--study`'s (else an error naming file, line and field).
    static func studyName(_ node: SpecNode) throws -> String {
        let name = try node.string()
        do {
            try StudyName.validate(name)
        } catch {
            throw node.error("\(error)")
        }
        return name
    }

    static func options(_ node: SpecNode) throws -> [String: ParameterValue] {
        var options: [String: ParameterValue] = [:]
        for (key, value) in try node.entries() { options[key] = try value.parameterValue() }
        return options
    }
}

extension SpecNode {
    /// A string that must be one of `choices`.
    func choice(_ choices: [String]) throws -> String {
        let s = try string()
        guard choices.contains(s) else { throw error("'\(s)' is not one of \(choices.joined(separator: ", "))") }
        return s
    }
}
