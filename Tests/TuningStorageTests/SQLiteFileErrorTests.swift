import Foundation
import GRDB
import TestSupport
import Testing
import Tuning
import TuningSQLite

/// A file SQLite cannot use gives one line naming the file and the cause, and is left exactly as it was.
@Suite("SQLite file errors")
struct SQLiteFileErrorTests {
    /// A fresh directory for each test, removed with the suite instance.
    private let scratch: TemporaryDirectory

    init() throws { scratch = try TemporaryDirectory(prefix: "tuner-storage-tests") }

    private func directory() -> URL { scratch.url }

    /// The error message of `body`, which must throw.
    private func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            Issue.record("expected an error")
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test("a corrupt file (not SQLite) is refused and left unchanged")
    func corruptFile() throws {
        let dir = directory()
        let file = dir.appendingPathComponent("corrupt.db")
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: file)
        let text = message { _ = try SQLiteStorage(path: file.path) }
        #expect(text.contains(file.path) && text.contains("not a database"))
        #expect(!text.contains("\n"))
        #expect(try Data(contentsOf: file) == garbage)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["corrupt.db"])
    }

    @Test("a read-only file is refused and left unchanged")
    func readOnlyFile() throws {
        let file = directory().appendingPathComponent("ro.db").path
        let spec = Fixtures.spec()
        try SQLiteStorage(path: file).createStudy(spec)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let text = message { _ = try SQLiteStorage(path: file) }
        #expect(text.contains(file) && text.contains("read-only"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    @Test("a directory, or a file in a missing directory, is refused")
    func directoryPath() throws {
        let dir = directory()
        let text = message { _ = try SQLiteStorage(path: dir.path) }
        #expect(text.contains(dir.path) && text.contains("is a directory"))
        let missing = dir.appendingPathComponent("no/such/dir/x.db").path
        let text2 = message { _ = try SQLiteStorage(path: missing) }
        #expect(text2.contains(missing) && text2.contains("does not exist"))
    }

    @Test("a file locked by another connection gives 'locked' after the busy timeout, and nothing changes")
    func lockedFile() throws {
        let file = directory().appendingPathComponent("locked.db").path
        let storage = try SQLiteStorage(path: file, busyTimeout: 0.2)
        // Another connection holds an exclusive lock (GRDB wants it released in the same access: a thread).
        let holder = try DatabaseQueue(path: file)
        let locked = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread {
            try? holder.writeWithoutTransaction { db in
                defer { locked.signal() }  // also when BEGIN fails: the test then fails instead of hanging
                try db.execute(sql: "BEGIN EXCLUSIVE")
                locked.signal()
                release.wait()
                try db.execute(sql: "ROLLBACK")
            }
            done.signal()
        }.start()
        locked.wait()
        let spec = Fixtures.spec()
        let text = message { try storage.createStudy(spec) }
        release.signal()
        done.wait()
        #expect(text.contains(file) && text.contains("locked"))
        #expect(!text.contains("\n"))
        #expect(try storage.study(named: spec.name) == nil)
        try storage.createStudy(spec)  // works once the lock is gone
        #expect(try storage.study(named: spec.name) == spec)
    }
}
