import Foundation

extension TrialArtifacts {
    /// What `keepBest` did: the trials whose directories stay (best first), the directories removed, and the
    /// ones that could not be removed with the reason (one line each).
    public struct Cleanup: Sendable, Equatable {
        public var kept: [Int] = []
        public var removed: [String] = []
        public var failures: [String] = []
    }

    /// The `keep` best complete trials of `trials` for `direction`, best first (equal values: lower number first).
    public func bestTrials(_ trials: [Trial], direction: Direction) -> [Trial] {
        let complete = trials.filter { $0.state == .complete && ($0.value?.isFinite ?? false) }
        let ranked = complete.sorted { a, b in
            let (x, y) = (direction.loss(a.value!), direction.loss(b.value!))
            return x == y ? a.number < b.number : x < y
        }
        return Array(ranked.prefix(max(0, keep)))
    }

    /// Removes the directory of every finished trial of `study` that is not among the `keep` best complete ones
    /// (nor in `alsoKeeping`: the recommended trial, whose model the user will want), when this type made it
    /// for that trial (`madeDirectory`). Everything else, and every running or waiting trial's directory,
    /// is left alone. A directory that cannot be removed is reported in `failures`, not thrown.
    @discardableResult
    public func keepBest(
        of trials: [Trial], study: String, direction: Direction, alsoKeeping extra: [Int] = []
    ) -> Cleanup {
        var cleanup = Cleanup()
        let best = bestTrials(trials, direction: direction)
        cleanup.kept = best.map(\.number) + extra.filter { number in !best.contains { $0.number == number } }
        let kept = Set(cleanup.kept)
        for trial in trials where trial.state.isFinished && !kept.contains(trial.number) {
            guard let expected = madeDirectory(of: trial, study: study) else { continue }
            do {
                try FileManager.default.removeItem(atPath: expected)
                cleanup.removed.append(expected)
            } catch {
                cleanup.failures.append(
                    "artifacts: cannot remove \(expected.escapingControlCharacters): "
                        + (error as NSError).localizedDescription.escapingControlCharacters)
            }
        }
        return cleanup
    }

    /// The directory `create` made for `trial` of `study`, nil unless that is shown: the trial ran in this
    /// storage (it was not imported: no `imported_from` attribute; an import never carries a `trial_dir` either),
    /// its `trial_dir` attribute, which only the command objective writes after `create`, names exactly
    /// `<root>/<study>/trial-<number>` for its number, and both `<root>/<study>` and that path are directories
    /// themselves, not symbolic links, so nothing outside the root is ever reached.
    func madeDirectory(of trial: Trial, study: String) -> String? {
        guard trial.userAttributes[TrialAttributeKeys.importedFrom] == nil,
            let recorded = trial.userAttributes[Self.directoryAttribute],
            let parent = try? studyDirectory(study).path,
            let expected = try? directory(study: study, number: trial.number).path,
            recorded == expected, Self.isRealDirectory(parent), Self.isRealDirectory(expected)
        else { return nil }
        return expected
    }

    /// `keepBest` over the trials stored for `study` now, keeping the recommended trial's directory too
    /// (`Recommendation`: with noisy values it may rank below the best `keep` observed ones).
    @discardableResult
    public func keepBest(in study: Study) throws -> Cleanup {
        let trials = try study.trials
        let recommended = Recommendation.recommend(in: trials, space: study.space, direction: study.direction)
        return keepBest(of: trials, in: study, recommended: recommended?.trial)
    }

    /// `keepBest` over `trials` of `study`, keeping `recommended`'s directory too when `keep` > 0, and in a study
    /// with several objectives or constraints every trial of its Pareto front (`StudyObjectives.paretoFront`):
    /// the best by the primary objective alone would drop the trade-offs the study was run to find.
    @discardableResult
    public func keepBest(of trials: [Trial], in study: Study, recommended: Trial?) -> Cleanup {
        guard keep > 0 else { return keepBest(of: trials, study: study.name, direction: study.direction) }
        var extra = recommended.map { [$0.number] } ?? []
        if !study.objectives.isSingleValued {
            extra += study.objectives.paretoFront(of: trials).map(\.number).filter { !extra.contains($0) }
        }
        return keepBest(of: trials, study: study.name, direction: study.direction, alsoKeeping: extra)
    }
}
