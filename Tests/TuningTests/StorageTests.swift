import Foundation
import Testing

@testable import Tuning

@Suite struct InMemoryStorageTests {
    func makeStorage() throws -> InMemoryStorage {
        let s = InMemoryStorage()
        try s.createStudy(
            StudySpec(name: "s", direction: .minimize, space: try SearchSpace([.float("x", 0, 1)]), seed: 1))
        return s
    }

    @Test func studiesAreCreatedOnce() throws {
        let s = try makeStorage()
        #expect(try s.study(named: "s")?.seed == 1)
        #expect(try s.study(named: "t") == nil)
        #expect(throws: StorageError.studyExists("s")) {
            try s.createStudy(
                StudySpec(name: "s", direction: .maximize, space: try SearchSpace([.float("x", 0, 1)]), seed: 2))
        }
    }

    @Test func trialNumbersAreUniqueUnderConcurrentCreation() throws {
        let s = try makeStorage()
        DispatchQueue.concurrentPerform(iterations: 200) { _ in
            _ = try? s.createTrial(in: "s", Trial(state: .running))
        }
        #expect(try s.trials(in: "s").map(\.number) == Array(0..<200))
    }

    @Test func aWaitingTrialIsClaimedByExactlyOneCaller() throws {
        let s = try makeStorage()
        for _ in 0..<10 { _ = try s.createTrial(in: "s", Trial(state: .waiting, params: ["x": 0.5])) }
        let claimed = ClaimLog()
        DispatchQueue.concurrentPerform(iterations: 40) { _ in
            if let t = try? s.claimWaitingTrial(in: "s", now: Date()) { claimed.add(t.number) }
        }
        #expect(claimed.numbers.sorted() == Array(0..<10))
        #expect(try s.trials(in: "s").allSatisfy { $0.state == .running && $0.startedAt != nil })
    }

    @Test func onlyRunningTrialsChangeAndFinishingTwiceIsRejected() throws {
        let s = try makeStorage()
        let t = try s.createTrial(in: "s", Trial(state: .running))
        try s.reportIntermediate(in: "s", number: t.number, step: 1, value: 0.5)
        try s.heartbeat(in: "s", number: t.number, at: Date())
        try s.finishTrial(in: "s", number: t.number, state: .complete, value: 0.25, reason: nil, at: Date())
        #expect(throws: StorageError.invalidTransition(number: 0, from: .complete, to: .failed)) {
            try s.finishTrial(in: "s", number: 0, state: .failed, value: nil, reason: "x", at: Date())
        }
        #expect(throws: StorageError.invalidTransition(number: 0, from: .complete, to: .running)) {
            try s.reportIntermediate(in: "s", number: 0, step: 2, value: 1)
        }
        #expect(throws: StorageError.trialNotFound(study: "s", number: 7)) {
            try s.setParams(in: "s", number: 7, [:])
        }
        let w = try s.createTrial(in: "s", Trial(state: .waiting))
        #expect(throws: StorageError.self) {
            try s.finishTrial(in: "s", number: w.number, state: .complete, value: 1, reason: nil, at: Date())
        }
        let stored = try s.trials(in: "s")[0]
        #expect(stored.state == .complete && stored.value == 0.25 && stored.intermediateValues == [1: 0.5])
    }
}

final class ClaimLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []
    func add(_ n: Int) { lock.withLock { list.append(n) } }
    var numbers: [Int] { lock.withLock { list } }
}
