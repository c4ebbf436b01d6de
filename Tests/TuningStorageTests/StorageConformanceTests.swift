import Foundation
import Testing
import Tuning

/// The storage contract (`StudyStorage`, `StaleTrialSweeping`), written once and run against every backend
/// in `StorageBackend.all`: in-memory, SQLite and (built with `--traits PostgreSQL`) PostgreSQL.
@Suite("Storage conformance")
struct StorageConformanceTests {
    @Test("a created study opens with the same spec; an unknown one is nil", arguments: StorageBackend.all)
    func createAndOpenStudy(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        #expect(try storage.study(named: spec.name) == spec)
        #expect(try backend.open().study(named: spec.name) == spec)
        #expect(try storage.study(named: Fixtures.uniqueName("missing")) == nil)
    }

    @Test("creating a study twice throws studyExists", arguments: StorageBackend.all)
    func duplicateStudy(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        #expect(throws: StorageError.studyExists(spec.name)) { try storage.createStudy(spec) }
    }

    @Test("trial numbers start at 0 per study and follow creation order", arguments: StorageBackend.all)
    func trialNumbering(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let a = Fixtures.spec()
        let b = Fixtures.spec()
        try storage.createStudy(a)
        try storage.createStudy(b)
        for expected in 0..<4 {
            let t = try storage.createTrial(in: a.name, Trial(number: 99, state: .running, params: Fixtures.params))
            #expect(t.number == expected)
        }
        #expect(try storage.createTrial(in: b.name, Trial(state: .waiting)).number == 0)
        let trials = try storage.trials(in: a.name)
        #expect(trials.map(\.number) == [0, 1, 2, 3])
        #expect(trials.allSatisfy { $0.params == Fixtures.params && $0.state == .running })
        #expect(try storage.trials(in: b.name).count == 1)
        let missing = Fixtures.uniqueName("missing")
        #expect(throws: StorageError.studyNotFound(missing)) {
            try storage.createTrial(in: missing, Trial(state: .waiting))
        }
        #expect(throws: StorageError.studyNotFound(missing)) { try storage.trials(in: missing) }
    }

    @Test("a trial round-trips with every field", arguments: StorageBackend.all)
    func trialRoundTrip(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        let created = Date(timeIntervalSince1970: 1_700_000_000.25)
        let imported = Trial(
            state: .complete, params: Fixtures.params, value: -0.125,
            intermediateValues: [0: 0.5, 3: .infinity, 7: -1e300], failureReason: nil,
            createdAt: created, startedAt: created.addingTimeInterval(1),
            finishedAt: created.addingTimeInterval(2.5), heartbeat: created.addingTimeInterval(2),
            userAttributes: ["host": "node-1", "note": "ünïcode ✓ 'quoted'"])
        let stored = try storage.createTrial(in: spec.name, imported)
        let read = try #require(try backend.open().trials(in: spec.name).first)
        #expect(read.number == stored.number)
        #expect(read.state == .complete && read.value == -0.125 && read.params == Fixtures.params)
        #expect(read.intermediateValues == imported.intermediateValues)
        #expect(read.userAttributes == imported.userAttributes)
        #expect(sameTime(read.createdAt, created) && sameTime(read.startedAt, imported.startedAt))
        #expect(sameTime(read.finishedAt, imported.finishedAt) && sameTime(read.heartbeat, imported.heartbeat))
    }

    @Test("claiming takes the lowest waiting trial, once", arguments: StorageBackend.all)
    func claimWaiting(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        #expect(try storage.claimWaitingTrial(in: spec.name, now: Date()) == nil)
        _ = try storage.createTrial(in: spec.name, Trial(state: .running))
        for i in 0..<3 {
            _ = try storage.createTrial(in: spec.name, Trial(state: .waiting, params: ["layers": .int(i + 1)]))
        }
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try #require(try storage.claimWaitingTrial(in: spec.name, now: now))
        #expect(first.number == 1 && first.state == .running && first.params == ["layers": .int(1)])
        #expect(sameTime(first.startedAt, now) && sameTime(first.heartbeat, now))
        #expect(try storage.claimWaitingTrial(in: spec.name, now: now)?.number == 2)
        #expect(try storage.claimWaitingTrial(in: spec.name, now: now)?.number == 3)
        #expect(try storage.claimWaitingTrial(in: spec.name, now: now) == nil)
        #expect(try storage.trials(in: spec.name).allSatisfy { $0.state == .running })
    }

    @Test(
        "a running trial records params, intermediate values, attributes, heartbeat and its end",
        arguments: StorageBackend.all)
    func runningTrialUpdates(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        try storage.createStudy(spec)
        let n = try storage.createTrial(in: spec.name, Trial(state: .running)).number
        try storage.setParams(in: spec.name, number: n, Fixtures.params)
        try storage.reportIntermediate(in: spec.name, number: n, step: 0, value: 0.9)
        try storage.reportIntermediate(in: spec.name, number: n, step: 1, value: .nan)
        try storage.reportIntermediate(in: spec.name, number: n, step: 0, value: 0.8)  // a step reported again
        try storage.setUserAttribute(in: spec.name, number: n, key: "host", value: "a")
        try storage.setUserAttribute(in: spec.name, number: n, key: "host", value: "b")
        let beat = Date(timeIntervalSince1970: 1_900_000_000)
        try storage.heartbeat(in: spec.name, number: n, at: beat)
        var t = try #require(try backend.open().trials(in: spec.name).first)
        #expect(t.params == Fixtures.params && t.userAttributes == ["host": "b"] && sameTime(t.heartbeat, beat))
        #expect(t.intermediateValues.count == 2 && t.intermediateValues[0] == 0.8 && t.intermediateValues[1]!.isNaN)
        let end = beat.addingTimeInterval(5)
        try storage.finishTrial(in: spec.name, number: n, state: .pruned, value: 0.8, reason: nil, at: end)
        t = try #require(try storage.trials(in: spec.name).first)
        #expect(t.state == .pruned && t.value == 0.8 && sameTime(t.finishedAt, end))
    }

    @Test("finished and waiting trials refuse changes; unknown trials are not found", arguments: StorageBackend.all)
    func invalidTransitions(_ backend: StorageBackend) throws {
        let storage = try backend.open()
        let spec = Fixtures.spec()
        let s = spec.name
        try storage.createStudy(spec)
        let done = try storage.createTrial(in: s, Trial(state: .running)).number
        try storage.finishTrial(in: s, number: done, state: .failed, value: nil, reason: "boom", at: Date())
        #expect(try storage.trials(in: s)[done].failureReason == "boom")
        #expect(throws: StorageError.invalidTransition(number: done, from: .failed, to: .complete)) {
            try storage.finishTrial(in: s, number: done, state: .complete, value: 1, reason: nil, at: Date())
        }
        #expect(throws: StorageError.invalidTransition(number: done, from: .failed, to: .running)) {
            try storage.reportIntermediate(in: s, number: done, step: 0, value: 1)
        }
        #expect(throws: StorageError.invalidTransition(number: done, from: .failed, to: .running)) {
            try storage.heartbeat(in: s, number: done, at: Date())
        }
        let waiting = try storage.createTrial(in: s, Trial(state: .waiting)).number
        #expect(throws: StorageError.invalidTransition(number: waiting, from: .waiting, to: .running)) {
            try storage.setParams(in: s, number: waiting, Fixtures.params)
        }
        #expect(throws: StorageError.invalidTransition(number: waiting, from: .waiting, to: .running)) {
            try storage.setUserAttribute(in: s, number: waiting, key: "k", value: "v")
        }
        let running = try storage.createTrial(in: s, Trial(state: .running)).number
        #expect(throws: StorageError.invalidTransition(number: running, from: .running, to: .waiting)) {
            try storage.finishTrial(in: s, number: running, state: .waiting, value: nil, reason: nil, at: Date())
        }
        #expect(throws: StorageError.trialNotFound(study: s, number: 77)) {
            try storage.heartbeat(in: s, number: 77, at: Date())
        }
        #expect(try storage.trials(in: s).map(\.state) == [.failed, .waiting, .running])
    }
}
