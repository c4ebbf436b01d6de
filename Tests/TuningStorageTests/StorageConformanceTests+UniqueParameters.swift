import Foundation
import Testing
import Tuning

/// `UniqueParametersStorage`: a point is recorded once while a waiting, running, complete or pruned trial holds
/// it, again after that trial failed; concurrent inserts of the same points record each once.
extension StorageConformanceTests {
    static func point(_ layers: Int, _ optimizer: String = "adam") -> Parameters {
        ["lr": .float(0.01), "layers": .int(layers), "optimizer": .string(optimizer), "epochs": .int(20)]
    }

    @Test(
        "the unique insert refuses a point a live trial holds and allows it once that trial failed",
        arguments: StorageBackend.all)
    func uniqueInsert(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        let s = spec.name
        // One point per holding state: 0 waiting, 1 running, 2 complete, 3 pruned.
        _ = try storage.createTrial(in: s, Trial(state: .waiting, params: Self.point(1)))
        let running = try #require(
            try storage.createTrialUnlessParametersTaken(in: s, Trial(state: .running, params: Self.point(2))).trial)
        #expect(running.number == 1 && running.params == Self.point(2))
        _ = try storage.createTrial(in: s, Trial(state: .complete, params: Self.point(3), value: 0.5))
        _ = try storage.createTrial(in: s, Trial(state: .pruned, params: Self.point(4), value: 0.7))
        for (number, layers) in [(0, 1), (1, 2), (2, 3), (3, 4)] {
            #expect(
                try storage.createTrialUnlessParametersTaken(in: s, Trial(state: .running, params: Self.point(layers)))
                    == .parametersTaken(byTrial: number))
        }
        #expect(try storage.trials(in: s).count == 4, "a refused insert inserts nothing")

        // A different value of one parameter is a different point; the number sequence has no gap.
        let other = try storage.createTrialUnlessParametersTaken(
            in: s, Trial(state: .running, params: Self.point(2, "sgd")))
        #expect(other.trial?.number == 4)

        // Once the running holder failed, the point may be run again (and is then held by the new trial).
        try storage.finishTrial(in: s, number: 1, state: .failed, value: nil, reason: "crashed", at: Date())
        let retry = try #require(
            try storage.createTrialUnlessParametersTaken(in: s, Trial(state: .running, params: Self.point(2))).trial)
        #expect(retry.number == 5)
        #expect(
            try storage.createTrialUnlessParametersTaken(in: s, Trial(state: .running, params: Self.point(2)))
                == .parametersTaken(byTrial: 5))
        let stored = try storage.trials(in: s)
        #expect(stored.map(\.number) == Array(0...5))
        #expect(stored.filter { $0.params == Self.point(2) }.map(\.state) == [.failed, .running])

        let missing = Fixtures.uniqueName("missing")
        #expect(throws: StorageError.studyNotFound(missing)) {
            try storage.createTrialUnlessParametersTaken(in: missing, Trial(state: .running, params: Self.point(1)))
        }
    }

    @Test("the unique insert checks the budget first and uses up no number when refused", arguments: StorageBackend.all)
    func uniqueInsertWithBudget(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        let s = spec.name
        let first = try storage.createTrialUnlessParametersTaken(
            in: s, Trial(state: .running, params: Self.point(1)), ifFewerThan: 2)
        #expect(first.trial?.number == 0)
        #expect(
            try storage.createTrialUnlessParametersTaken(
                in: s, Trial(state: .running, params: Self.point(1)), ifFewerThan: 2)
                == .parametersTaken(byTrial: 0))
        #expect(
            try storage.createTrialUnlessParametersTaken(
                in: s, Trial(state: .running, params: Self.point(2)), ifFewerThan: 2
            )
            .trial?.number == 1)
        #expect(
            try storage.createTrialUnlessParametersTaken(
                in: s, Trial(state: .running, params: Self.point(1)), ifFewerThan: 2)
                == .budgetSpent)
        #expect(
            try storage.createTrialUnlessParametersTaken(
                in: s, Trial(state: .running, params: Self.point(3)), ifFewerThan: 2)
                == .budgetSpent)
        #expect(try storage.createTrial(in: s, Trial(state: .running)).number == 2, "refusals left no gap")
    }

    @Test("concurrent unique inserts of the same points record each point exactly once", arguments: StorageBackend.all)
    func concurrentUniqueInserts(_ backend: StorageBackend) throws {
        let spec = Fixtures.spec()
        try backend.open().createStudy(spec)
        let points = (1...4).flatMap { layers in ["adam", "sgd"].map { Self.point(layers, $0) } }
        let created = NumberLog()
        let refused = NumberLog()
        try Fixtures.concurrently(6) { worker in
            let storage = try backend.open()
            // Every worker tries every point, each starting at a different one.
            for k in 0..<points.count {
                let params = points[(k + worker * 3) % points.count]
                switch try storage.createTrialUnlessParametersTaken(
                    in: spec.name, Trial(state: .running, params: params))
                {
                case .created(let t): created.append(t.number)
                case .parametersTaken(let n): refused.append(n)
                case .budgetSpent: Issue.record("no budget was given")
                }
            }
        }
        let trials = try backend.open().trials(in: spec.name)
        #expect(created.sorted == Array(0..<points.count))
        #expect(refused.sorted.count == 6 * points.count - points.count)
        #expect(trials.count == points.count)
        #expect(Set(trials.map(\.params)) == Set(points), "every point once")
    }
}
