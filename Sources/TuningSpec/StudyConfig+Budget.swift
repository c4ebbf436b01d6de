import Tuning

extension StudyConfig {
    /// The budget a study command runs to: the `trials` it was given (flag or spec), else the budget stored
    /// with the study (`stored`, from the latest command that gave one), else `defaultTrials`. So the latest
    /// explicit `--trials` wins, and a rerun without one keeps the study's.
    public static func budget(given: Int?, stored: StudyConfig?, defaultTrials: Int) -> Int {
        given ?? stored?.trials ?? defaultTrials
    }

    /// Records `trials` as the budget in the spec stored with `study` (the user attribute `config`), so that
    /// workers joining later run to it. Does nothing when the stored budget is already `trials`, when the
    /// study has no stored spec (not created by a study command), or when its storage cannot change study
    /// attributes (`StudyAttributeStorage`; every storage of this package can).
    public static func storeBudget(_ trials: Int, in study: Study) throws {
        guard var stored = stored(in: study.spec), stored.trials != trials,
            let storage = study.storage as? any StudyAttributeStorage
        else { return }
        // Re-read inside the update's scope: another process may have changed other fields meanwhile.
        if let current = try storage.study(named: study.name).flatMap(Self.stored(in:)) { stored = current }
        stored.trials = trials
        try storage.setStudyUserAttribute(in: study.name, key: storedAttribute, value: try encodeJSON(stored))
    }
}
