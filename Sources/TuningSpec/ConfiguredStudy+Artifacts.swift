import Tuning

extension ConfiguredStudy {
    /// After the study: removes the trial directories (`artifacts`) of every finished trial but the best
    /// `keep_artifacts` complete ones (`TrialArtifacts.keepBest`); nil when the spec has no `artifacts`.
    @discardableResult
    public func keepBestArtifacts() throws -> TrialArtifacts.Cleanup? {
        guard let artifacts = config.trialArtifacts else { return nil }
        return try artifacts.keepBest(in: study)
    }
}
