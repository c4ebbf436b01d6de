import Foundation
import Testing
import Tuning

/// Many writers at once: each thread opens its own handle (as separate worker processes would), so the
/// SQLite and PostgreSQL runs exercise their cross-connection locking, not only an in-process lock.
extension StorageConformanceTests {
    @Test("concurrent writers get unique numbers and lose nothing", arguments: StorageBackend.all)
    func concurrentWriters(_ backend: StorageBackend) throws {
        let spec = Fixtures.spec()
        try backend.open().createStudy(spec)
        let threads = 6
        let perThread = 8
        let numbers = NumberLog()
        try Fixtures.concurrently(threads) { worker in
            let storage = try backend.open()
            for i in 0..<perThread {
                let t = try storage.createTrial(in: spec.name, Trial(state: .running, params: ["layers": .int(worker)]))
                try storage.reportIntermediate(in: spec.name, number: t.number, step: 0, value: Double(i))
                try storage.finishTrial(
                    in: spec.name, number: t.number, state: .complete,
                    value: Double(worker * 100 + i), reason: nil, at: Date())
                numbers.append(t.number)
            }
        }
        let trials = try backend.open().trials(in: spec.name)
        #expect(numbers.sorted == Array(0..<(threads * perThread)))
        #expect(trials.map(\.number) == Array(0..<(threads * perThread)))
        #expect(trials.allSatisfy { $0.state == .complete && $0.intermediateValues.count == 1 })
        let values = Set(trials.compactMap(\.value))
        #expect(values == Set((0..<threads).flatMap { w in (0..<perThread).map { Double(w * 100 + $0) } }))
    }

    @Test("concurrent claims hand each waiting trial to exactly one worker", arguments: StorageBackend.all)
    func concurrentClaims(_ backend: StorageBackend) throws {
        let spec = Fixtures.spec()
        let setup = try backend.open()
        try setup.createStudy(spec)
        let enqueued = 30
        for i in 0..<enqueued {
            _ = try setup.createTrial(in: spec.name, Trial(state: .waiting, params: ["layers": .int(i)]))
        }
        let claimed = NumberLog()
        try Fixtures.concurrently(6) { _ in
            let storage = try backend.open()
            while let t = try storage.claimWaitingTrial(in: spec.name, now: Date()) {
                claimed.append(t.number)
                try storage.finishTrial(
                    in: spec.name, number: t.number, state: .complete, value: 1, reason: nil,
                    at: Date())
            }
        }
        #expect(claimed.sorted == Array(0..<enqueued))
        #expect(try setup.trials(in: spec.name).allSatisfy { $0.state == .complete })
    }
}

extension StorageConformanceTests {
    @Test(
        "workers creating the same study at once: one creates it, the others get studyExists",
        arguments: StorageBackend.all)
    func concurrentStudyCreation(_ backend: StorageBackend) throws {
        let spec = Fixtures.spec()
        let created = NumberLog()
        try Fixtures.concurrently(6) { i in
            do {
                try backend.open().createStudy(spec)
                created.append(i)
            } catch StorageError.studyExists(let name) where name == spec.name {
                // expected for all but one
            }
        }
        #expect(created.sorted.count == 1)
        #expect(try backend.open().study(named: spec.name) == spec)
    }
}

/// Numbers appended from many threads.
final class NumberLog: @unchecked Sendable {
    private let lock = NSLock()
    private var numbers: [Int] = []
    func append(_ n: Int) { lock.withLock { numbers.append(n) } }
    var sorted: [Int] { lock.withLock { numbers.sorted() } }
}
