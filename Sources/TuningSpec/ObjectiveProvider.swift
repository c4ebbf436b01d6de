import Tuning

/// One objective a study spec can name (`objective: mlp`, `objective: branin`, …): its name and how to build it
/// from the spec. Providers are defined by the modules that own the objectives and registered with an
/// `ObjectiveRegistry` by the program that wires them together, so this module knows none of them by name
/// except `command`, whose objective lives in `Tuning`.
public struct ObjectiveProvider: Sendable {
    /// The name a spec gives in `objective:`.
    public var name: String
    /// Whether the spec's `lr_range` applies to this objective.
    public var acceptsLearningRateRange: Bool
    /// Builds the objective from the whole spec; errors are `SpecError`s naming the field at fault.
    public var make: @Sendable (StudyConfig) throws -> ObjectiveSetup

    public init(
        name: String, acceptsLearningRateRange: Bool = false,
        make: @escaping @Sendable (StudyConfig) throws -> ObjectiveSetup
    ) {
        self.name = name
        self.acceptsLearningRateRange = acceptsLearningRateRange
        self.make = make
    }
}

extension ObjectiveProvider {
    /// `command`: the external command template of the spec (`command:` or the arguments after `--`), whose
    /// printed value is minimized unless the spec says otherwise.
    public static let command = ObjectiveProvider(name: "command") { config in
        guard let template = config.command else {
            throw SpecError(
                file: "", line: nil, field: "command",
                message: "objective 'command' needs a command (after -- or as command: in the spec)")
        }
        do {
            try CommandTemplate(template).validate(space: config.space ?? [])
        } catch {
            let reason = (error as? ShellPlaceholderError)?.reason ?? "\(error)"
            throw SpecError(file: "", line: nil, field: "command", message: reason)
        }
        let parameters = Set(config.space?.map(\.name) ?? [])
        if config.artifacts == nil, !parameters.contains("trial_dir"),
            try CommandTemplate(template).placeholders().contains("trial_dir")
        {
            throw SpecError(
                file: "", line: nil, field: "command",
                message: "{trial_dir} needs an artifacts directory (--artifacts DIR or artifacts: in the spec)")
        }
        var command = CommandObjective(
            template, metric: config.metric, timeout: config.trialTimeout, artifacts: config.trialArtifacts)
        if let declared = try? config.studyObjectives(metric: config.metric, direction: .minimize) {
            command.metric = declared.primary.name
            command.metrics = declared.requiredMetrics
        }
        var setup = ObjectiveSetup(
            objective: command, defaultSpace: nil, direction: .minimize, metric: config.metric ?? "value",
            summary: "command `\(template)`")
        setup.metrics = nil
        return setup
    }
}
