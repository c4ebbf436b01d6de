import Tuning

extension StudyConfig {
    /// A value that breaks a rule of `StudyConfig.firstViolation()`: the field, by its spec-file name
    /// (`trial_timeout`; the flag is the same name with hyphens, `--trial-timeout`), and what is wrong.
    public struct Violation: Sendable, Equatable {
        public let field: String
        public let message: String

        /// The flag that sets `field`.
        public var flag: String { "--" + field.replacingOccurrences(of: "_", with: "-") }
    }

    /// The most trials one process runs at once (`jobs`): each is a thread, and a command trial also a child
    /// process; more parallelism belongs in more workers (`tuner worker`), on more machines.
    public static let maximumJobs = 1024

    /// The first value that breaks a rule, if any. One set of rules for spec files and flags, so that both
    /// refuse the same values: counts at least 1 (`cv` at least 2 folds), seconds positive and finite, the
    /// grace period longer than the heartbeat interval (default 5 s), names from their lists.
    public func firstViolation() -> Violation? {
        func violation(_ field: String, _ message: String) -> Violation { Violation(field: field, message: message) }
        func isSeconds(_ value: Double?) -> Bool { value.map { $0.isFinite && $0 > 0 } ?? true }
        if let trials, trials < 1 { return violation("trials", "must be at least 1, got \(trials)") }
        if let jobs, jobs < 1 { return violation("jobs", "must be at least 1, got \(jobs)") }
        if let jobs, jobs > Self.maximumJobs {
            return violation("jobs", "must be at most \(Self.maximumJobs), got \(jobs)")
        }
        if case .folds(let k)? = cv, k < 1 {
            return violation("cv", "must be auto or a number of folds (1: no cross-validation), got \(k)")
        }
        if let maxCategories, maxCategories < 1 {
            return violation("max_categories", "must be at least 1, got \(maxCategories)")
        }
        for (field, seconds) in [("timeout", timeout), ("trial_timeout", trialTimeout), ("heartbeat", heartbeat)]
        where !isSeconds(seconds) {
            return violation(field, "must be a positive, finite number of seconds")
        }
        if let grace, !(grace.isFinite && grace > (heartbeat ?? 5)) {
            return violation("grace", "must exceed the heartbeat interval (\(heartbeat ?? 5) s)")
        }
        if let artifacts, let problem = Self.artifactsProblem(artifacts) { return violation("artifacts", problem) }
        if let keepArtifacts, keepArtifacts < 0 {
            return violation("keep_artifacts", "must be at least 0, got \(keepArtifacts)")
        }
        if objectives != nil, direction != nil {
            return violation("direction", "cannot be combined with objectives, which give each direction")
        }
        if objectives != nil, metric != nil {
            return violation("metric", "cannot be combined with objectives, which name each metric")
        }
        let choices = [
            ("direction", direction, Self.directions), ("pruner", pruner, Self.pruners),
            ("sampler", sampler, Self.samplers), ("lr_range", lrRange, ["auto"]),
            ("missing", missing, Self.missingPolicies),
        ]
        for (field, value, allowed) in choices {
            if let value, !allowed.contains(value) {
                return violation(field, "'\(value)' is not one of \(allowed.joined(separator: ", "))")
            }
        }
        return nil
    }
}
