import Tuning

extension StudyConfig {
    /// The trial directories the spec asks for (`artifacts`, `keep_artifacts`), nil without `artifacts`.
    public var trialArtifacts: TrialArtifacts? {
        artifacts.map { TrialArtifacts(root: $0, keep: keepArtifacts ?? TrialArtifacts.defaultKeep) }
    }

    /// Why `path` cannot be an artifacts directory, nil when it can.
    public static func artifactsProblem(_ path: String) -> String? {
        if path.isEmpty { return "must name a directory" }
        if path.contains("\u{0}") { return "must not hold a NUL character" }
        return nil
    }

    /// Checks the artifacts fields against the rest of the spec (their own values are checked by
    /// `firstViolation`): `keep_artifacts` needs `artifacts`, which applies to the `command` objective only, and
    /// the study's name `study` must be a safe directory name. Errors are `SpecError`s naming the field.
    public func validateArtifacts(study: String) throws {
        if keepArtifacts != nil && artifacts == nil {
            throw SpecError(
                file: "", line: nil, field: "keep_artifacts", message: "needs an artifacts directory (--artifacts DIR)")
        }
        guard let artifacts = trialArtifacts else { return }
        if objective != "command" {
            throw SpecError(
                file: "", line: nil, field: "artifacts",
                message: "applies to the command objective only (objective is '\(objective ?? "mlp")')")
        }
        if (try? artifacts.studyDirectory(study)) == nil {
            throw SpecError(
                file: "", line: nil, field: "artifacts",
                message: "the study name '\(study)' cannot be a directory name (choose another --study)")
        }
    }
}
