import Foundation
import Testing
import Tuning

/// Workers that start at the same instant, each on a thread of its own with its own storage handle and `Study`
/// (as separate processes or machines would), reading the same history first: a proposal is recorded only
/// under the trial number it was made for, so no two trials share a configuration and the study stops at
/// exactly its budget, whatever the sampler.
@Suite("Workers proposing at the same instant")
struct StudyConcurrentProposalTests {
    /// A continuous space: two proposals agree only if they were made alike.
    static let space = try! SearchSpace([
        .float("x", 0, 1), .float("y", -5, 5), .float("z", 1e-3, 1, log: true),
    ])
    static let workers = 8
    static let budget = 32

    /// The samplers under test, built afresh for every worker.
    enum SamplerKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case random, sobol, tpe, bayes

        var testDescription: String { rawValue }

        func make() -> any Sampler {
            switch self {
            case .random: return RandomSampler()
            case .sobol: return SobolSampler()
            case .tpe: return TPESampler()
            case .bayes: return GPSampler()
            }
        }
    }

    static func objective(_ params: Parameters) -> Double {
        let x = params["x"]!.doubleValue!
        let y = params["y"]!.doubleValue!
        let z = params["z"]!.doubleValue!
        return (x - 0.3) * (x - 0.3) + (y / 5) * (y / 5) + log(z) * log(z) / 10
    }

    @Test(
        "8 workers started together: distinct parameters for every trial and exactly the budget",
        arguments: StorageBackend.all, SamplerKind.allCases)
    func workersStartedTogether(_ backend: StorageBackend, _ kind: SamplerKind) throws {
        let name = Fixtures.uniqueName("together-\(kind.rawValue)")
        _ = try Study(name: name, space: Self.space, sampler: kind.make(), storage: try backend.open(), seed: 7)
        // Each worker's first history read waits for the other workers' first reads: all eight read the same
        // (empty) history before any of them goes on, as workers started together by a scheduler do.
        let gate = GatheringStorage.Gate(parties: Self.workers, patience: 30)
        let started = NumberLog()
        try Self.onThreads(Self.workers) {
            let storage = GatheringStorage(try backend.open(), gate: gate, gatheredReads: 1)
            let study = try Study(name: name, space: Self.space, sampler: kind.make(), storage: storage, seed: 7)
            while let trial = try study.ask(studyLimit: Self.budget) {
                started.append(trial.number)
                try study.tell(trial.number, value: Self.objective(trial.params))
            }
        }
        let trials = try backend.open().trials(in: name)
        #expect(started.sorted == Array(0..<Self.budget), "each number handed out once")
        #expect(trials.count == Self.budget)
        #expect(trials.allSatisfy { $0.state == .complete && $0.params.count == 3 })
        let distinct = Set(trials.map(\.params))
        #expect(distinct.count == Self.budget, "\(Self.budget - distinct.count) trials repeat another's parameters")
    }

    /// Runs `body` on `count` threads of their own, all at once (a dispatch queue runs only as many at a time as
    /// there are cores); rethrows the first error.
    static func onThreads(_ count: Int, _ body: @escaping @Sendable () throws -> Void) throws {
        let errors = ErrorBox()
        let group = DispatchGroup()
        for _ in 0..<count {
            group.enter()
            let thread = Thread {
                do { try body() } catch { errors.record(error) }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        if let error = errors.first { throw error }
    }
}
