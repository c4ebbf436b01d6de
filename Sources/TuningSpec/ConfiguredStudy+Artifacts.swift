import Tuning

extension ConfiguredStudy {
    /// After the study: removes the trial directories (`artifacts`) of every finished trial but the best
    /// `keep_artifacts` complete ones, the recommended one and, with several objectives, the Pareto front
    /// (`TrialArtifacts.keepBest`); nil when the spec has
    /// no `artifacts`.
    @discardableResult
    public func keepBestArtifacts() throws -> TrialArtifacts.Cleanup? {
        guard let artifacts = config.trialArtifacts else { return nil }
        return try artifacts.keepBest(in: study)
    }

    /// `keepBestArtifacts()` with the recommended trial already known (a study summary has it).
    @discardableResult
    public func keepBestArtifacts(recommended: Trial?) throws -> TrialArtifacts.Cleanup? {
        guard let artifacts = config.trialArtifacts else { return nil }
        return artifacts.keepBest(of: try study.trials, in: study, recommended: recommended)
    }
}
