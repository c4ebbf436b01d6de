import Foundation
import Testing
import Tuning

/// `StudyListing` on the in-memory storage and `StudyOverview`, the library side of `tuner studies`
/// (SQLite's listing is exercised through the binary in `StudiesShowExportTests`).
@Suite struct StudyOverviewTests {
    static let space = try! SearchSpace([.float("x", 0, 1)])

    @Test func inMemoryStorageListsStudiesSortedWithCountsAndBest() throws {
        let storage = InMemoryStorage()
        let maxi = try Study(name: "zeta", space: Self.space, direction: .maximize, storage: storage)
        let mini = try Study(name: "alpha", space: Self.space, direction: .minimize, storage: storage)
        for (study, values) in [(maxi, [0.2, 0.9, 0.5]), (mini, [0.7, 0.1, 0.1])] {
            for v in values { try study.add(params: ["x": .float(v)], value: v) }
        }
        let running = try #require(try mini.ask())
        try mini.tell(running.number, failedBecause: "boom")
        _ = try #require(try maxi.ask())

        #expect(try storage.studyNames() == ["alpha", "zeta"])
        let overviews = try StudyOverview.all(in: storage)
        #expect(overviews.map(\.name) == ["alpha", "zeta"])
        let (a, z) = (overviews[0], overviews[1])
        #expect(a.direction == .minimize && a.trialCount == 4)
        #expect(a.counts == [.complete: 3, .failed: 1])
        #expect(a.bestValue == 0.1 && a.bestTrial == 1, "the lowest-numbered of equal values")
        #expect(z.direction == .maximize && z.counts == [.complete: 3, .running: 1])
        #expect(z.bestValue == 0.9 && z.bestTrial == 1)
    }

    @Test func aStudyWithoutCompleteTrialsHasNoBest() throws {
        let spec = StudySpec(name: "empty", direction: .minimize, space: Self.space, seed: 0)
        let trials = [Trial(number: 0, state: .failed), Trial(number: 1, state: .pruned, value: 0.3)]
        let overview = StudyOverview(spec: spec, trials: trials)
        #expect(overview.bestValue == nil && overview.bestTrial == nil)
        #expect(overview.counts == [.failed: 1, .pruned: 1])
    }
}
