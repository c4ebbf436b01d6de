import Foundation
import Testing
import Tuning

/// `Study.ask` with a sampler that must not repeat points (grid), when other processes share the study: each
/// point is recorded once, a clash makes the study propose again, and single-process behaviour is unchanged.
@Suite("Grid points across workers")
struct StudyUniqueGridTests {
    /// 12 points: a ∈ 1…4, b ∈ {x, y, z}.
    static let space = try! SearchSpace([
        .int("a", 1, 4), .categorical("b", [.string("x"), .string("y"), .string("z")]),
    ])

    @Test(
        "studies on separate handles (like separate processes) sharing a history run every grid point once",
        arguments: StorageBackend.all)
    func separateStudiesShareAGrid(_ backend: StorageBackend) throws {
        let name = Fixtures.uniqueName("grid")
        _ = try Study(name: name, space: Self.space, sampler: GridSampler(), storage: try backend.open(), seed: 3)
        let gate = GatheringStorage.Gate(parties: 4)
        let asked = NumberLog()
        try Fixtures.concurrently(4) { _ in
            // Same seed and, thanks to the gate, the same history: all four propose the same point each round.
            let storage = GatheringStorage(try backend.open(), gate: gate)
            let study = try Study(name: name, space: Self.space, sampler: GridSampler(), storage: storage, seed: 3)
            while let trial = try study.ask(studyLimit: 100) {
                asked.append(trial.number)
                try study.tell(trial.number, value: Double(trial.params["a"]!.intValue!))
            }
        }
        let trials = try backend.open().trials(in: name)
        #expect(asked.sorted == Array(0..<12))
        #expect(trials.count == 12 && trials.allSatisfy { $0.state == .complete })
        #expect(Set(trials.map(\.params)) == Set(try GridSampler().points(of: Self.space)), "every point once")
    }

    @Test("a point taken by another worker after the history was read is proposed again, not run twice")
    func clashMakesTheStudyProposeAgain() throws {
        let storage = InterleavingStorage(steals: 1)
        let study = try Study(name: "g", space: Self.space, sampler: GridSampler(), storage: storage, seed: 3)
        let trial = try #require(try study.ask())
        let stored = try storage.trials(in: "g")
        #expect(stored.count == 2)
        #expect(stored[0].params == storage.stolen.first && trial.number == 1)
        #expect(trial.params != stored[0].params)
    }

    @Test("the grid is exhausted when other workers took the last points; endless clashes are an error")
    func exhaustionAndTheRetryBound() throws {
        let two = try SearchSpace([.int("a", 1, 2)])
        let storage = InterleavingStorage(steals: 2)
        let study = try Study(name: "g", space: two, sampler: GridSampler(), storage: storage)
        #expect(try study.ask() == nil)
        #expect(try storage.trials(in: "g").count == 2)

        let wide = try SearchSpace([.int("a", 1, 1000)])
        let greedy = InterleavingStorage(steals: .max)
        let contended = try Study(name: "g", space: wide, sampler: GridSampler(), storage: greedy)
        #expect(throws: StudyError.proposalsTaken(study: "g", attempts: Study.maximumProposalAttempts)) {
            try contended.ask()
        }
    }

    @Test("samplers that may repeat points, and one-process grids, use the usual inserts and the same trials")
    func unchangedWithoutClashes() throws {
        let random = InterleavingStorage(steals: 0)
        let study = try Study(name: "g", space: Self.space, sampler: RandomSampler(), storage: random, seed: 9)
        for _ in 0..<3 { _ = try study.ask() }
        #expect(random.uniqueInserts == 0)

        // A grid study asks the same points in the same order whether or not the storage can insert uniquely.
        let plain = try Study(name: "g", space: Self.space, sampler: GridSampler(), storage: PlainStorage(), seed: 5)
        let unique = try Study(
            name: "g", space: Self.space, sampler: GridSampler(), storage: InMemoryStorage(), seed: 5)
        for _ in 0..<12 {
            #expect(try plain.ask()?.params == unique.ask()?.params)
        }
        #expect(try plain.ask() == nil && unique.ask() == nil)
    }
}
