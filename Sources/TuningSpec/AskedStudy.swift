import Tuning

/// The study an ask-and-tell client draws its next trial from (`tuner ask`): created from a spec on first use,
/// reopened with its stored settings later.
///
/// - Space: the spec's, else the stored study's; a study that does not exist yet needs one.
/// - Direction: the spec's, else the stored study's, else minimize. A stored study with another direction or
///   space is an error (`StudyError.specMismatch`).
/// - Sampler: the spec's, else the one the study was created with (the user attribute `sampler`), else `tpe`;
///   its options are the spec's `sampler_options`.
/// - Seed: the spec's, else 0 (a stored study keeps its own, see `Study.init`).
/// - Objectives and constraints: the stored study's, else the spec's `objectives:` and `constraints:`
///   (`StudyConfig.studyObjectives`), else the classic single objective.
///
/// Two clients creating the same study at once both end up with the one that was stored first.
public struct AskedStudy {
    /// The user attribute that remembers the sampler the study was created with.
    public static let samplerAttribute = "sampler"

    public let study: Study
    public let samplerName: String

    /// Opens study `name` in `storage`, or creates it from `config`; `file` names the spec in sampler-option
    /// errors.
    public init(name: String, config: StudyConfig, storage: any StudyStorage, file: String) throws {
        let stored = try storage.study(named: name)
        let space: SearchSpace
        if let parameters = config.space {
            space = try SearchSpace(parameters)
        } else if let stored {
            space = stored.space
        } else {
            throw SpecError(
                file: "", line: nil, field: "--space",
                message: "study '\(name)' does not exist yet: give its search space with --space FILE or --config FILE")
        }
        let direction = config.direction.flatMap(Direction.init(rawValue:)) ?? stored?.direction ?? .minimize
        samplerName = config.sampler ?? stored?.userAttributes[Self.samplerAttribute] ?? "tpe"
        let sampler = try SamplerFactory.make(samplerName, options: config.samplerOptions, space: space, file: file)
        let seed = config.seed ?? 0
        let objectives = try stored?.declaredObjectives ?? config.studyObjectives(metric: nil, direction: direction)
        if stored == nil {
            try StudyName.validate(name)
            do {
                try storage.createStudy(
                    StudySpec(
                        name: name, direction: direction, space: space, seed: seed,
                        userAttributes: [Self.samplerAttribute: samplerName], objectives: objectives))
            } catch StorageError.studyExists {
                // Another process created it between our lookup and now; open theirs below.
            }
        }
        study = try Study(
            name: name, space: space, direction: direction, objectives: objectives, sampler: sampler, storage: storage,
            seed: seed)
    }
}
