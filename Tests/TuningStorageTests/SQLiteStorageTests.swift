import Foundation
import GRDB
import TestSupport
import Testing
import Tuning

@testable import TuningSQLite

/// SQLite beyond the shared contract: several handles on one file (as several processes), reopening,
/// schema versions, name validation.
@Suite("SQLite storage")
struct SQLiteStorageTests {
    /// A fresh directory for each test, removed with the suite instance.
    private let scratch: TemporaryDirectory

    init() throws { scratch = try TemporaryDirectory(prefix: "tuner-storage-tests") }

    private func temporaryFile() -> String { scratch.path("t.db") }

    @Test("two handles on one file see each other's writes and number trials uniquely")
    func twoHandlesOneFile() throws {
        let path = temporaryFile()
        let a = try SQLiteStorage(path: path)
        let b = try SQLiteStorage(path: path)
        let spec = Fixtures.spec()
        try a.createStudy(spec)
        #expect(try b.study(named: spec.name) == spec)
        #expect(throws: StorageError.studyExists(spec.name)) { try b.createStudy(spec) }
        let handles = [a, b]
        try Fixtures.concurrently(4) { i in
            for _ in 0..<5 { _ = try handles[i % 2].createTrial(in: spec.name, Trial(state: .waiting)) }
        }
        #expect(try a.trials(in: spec.name).map(\.number) == Array(0..<20))
        let claimedByB = try #require(try b.claimWaitingTrial(in: spec.name, now: Date()))
        #expect(try a.trials(in: spec.name)[claimedByB.number].state == .running)
    }

    @Test("closing and reopening loses nothing")
    func reopen() throws {
        let path = temporaryFile()
        let spec = Fixtures.spec()
        var storage: SQLiteStorage? = try SQLiteStorage(path: path)
        try storage!.createStudy(spec)
        let n = try storage!.createTrial(in: spec.name, Trial(state: .running, params: Fixtures.params)).number
        try storage!.reportIntermediate(in: spec.name, number: n, step: 4, value: 0.25)
        try storage!.finishTrial(in: spec.name, number: n, state: .complete, value: 0.5, reason: nil, at: Date())
        let before = try storage!.trials(in: spec.name)
        try storage!.close()
        storage = nil
        let reopened = try SQLiteStorage(path: path)
        #expect(try reopened.study(named: spec.name) == spec)
        #expect(try reopened.trials(in: spec.name).map(\.value) == before.map(\.value))
        #expect(try reopened.trials(in: spec.name).first?.intermediateValues == [4: 0.25])
        #expect(try reopened.createTrial(in: spec.name, Trial(state: .waiting)).number == 1)
        #expect(try reopened.studyNames() == [spec.name])
    }

    @Test("a relative path resolves against the working directory")
    func relativePath() throws {
        let storage = try SQLiteStorage(path: "relative-\(UUID().uuidString).db")
        defer {
            try? storage.close()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storage.path + suffix) }
        }
        #expect(storage.path.hasPrefix(FileManager.default.currentDirectoryPath + "/"))
        #expect(FileManager.default.fileExists(atPath: storage.path))
    }

    @Test("the schema version is recorded, and a newer schema is refused")
    func schemaVersion() throws {
        let path = temporaryFile()
        _ = try SQLiteStorage(path: path)
        let queue = try DatabaseQueue(path: path)
        let applied = try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == ["v1-studies-and-trials", "v2-trials-by-params", "v3-trial-metrics"])
        try queue.write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try queue.close()
        let error = #expect(throws: StorageError.self) { try SQLiteStorage(path: path) }
        #expect("\(error!)".contains("newer version") && "\(error!)".contains(path))
    }

    /// A new file holding one study with one complete trial of value 1, closed.
    private func fileWithOneTrial() throws -> (path: String, spec: StudySpec) {
        let path = temporaryFile()
        let spec = Fixtures.spec()
        let storage = try SQLiteStorage(path: path)
        try storage.createStudy(spec)
        _ = try storage.createTrial(in: spec.name, Trial(state: .complete, params: Fixtures.params, value: 1))
        try storage.close()
        return (path, spec)
    }

    @Test("a file of schema v1 is migrated to v2 (the parameters index) on opening, keeping its trials")
    func migrationFromV1() throws {
        let (path, spec) = try fileWithOneTrial()
        // v1 is v2 without the index: undo migration v2 to get the file an older tuner wrote.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP INDEX trials_by_params")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2-trials-by-params'")
        }
        try queue.close()
        let reopened = try SQLiteStorage(path: path)
        let indexes = try reopened.read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        #expect(indexes.contains("trials_by_params"))
        #expect(try reopened.trials(in: spec.name).map(\.params) == [Fixtures.params])
        #expect(
            try reopened.createTrialUnlessParametersTaken(
                in: spec.name, Trial(state: .running, params: Fixtures.params))
                == .parametersTaken(byTrial: 0))
    }

    @Test("a file of schema v2 is migrated to v3 (trial metrics) on opening, keeping its studies and trials")
    func migrationFromV2() throws {
        let (path, spec) = try fileWithOneTrial()
        // v2 is v3 without the metrics table: undo migration v3 to get the file an older tuner wrote.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP TABLE trial_metrics")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3-trial-metrics'")
        }
        try queue.close()
        try StorageConformanceTests.checkMigrated(try SQLiteStorage(path: path), keeping: spec)
    }

    @Test("invalid study names are refused before anything is written")
    func invalidStudyName() throws {
        let storage = try SQLiteStorage(path: temporaryFile())
        var spec = Fixtures.spec()
        spec.name = "x'; DROP TABLE trials; --"
        #expect(throws: StorageInputError.self) { try storage.createStudy(spec) }
        #expect(try storage.studyNames().isEmpty)
    }
}
