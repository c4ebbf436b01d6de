import Foundation
import TestSupport
import Testing
import Tuning

/// Files written by exports, reports, models and plots: never a database or a device, never half a file.
@Suite("Safe file writer: refuses databases and special files, replaces only when complete")
struct SafeFileWriterTests {
    private func contents(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

    private func entries(_ directory: TemporaryDirectory) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.url.path)) ?? []).sorted()
    }

    @Test("a new file, then a replaced one that keeps its permissions; no temporary file is left")
    func writesAndReplaces() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("out.csv")
        try SafeFileWriter.write("a,b\n", to: path)
        #expect(contents(path) == Array("a,b\n".utf8))
        chmod(path, 0o640)
        try SafeFileWriter.write("c\n", to: path)
        #expect(contents(path) == Array("c\n".utf8))
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o640)
        #expect(entries(directory) == ["out.csv"])
    }

    @Test("an SQLite database is refused and left byte for byte")
    func refusesDatabase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("study.db")
        let database = SafeFileWriter.sqliteHeader + Array(repeating: 7, count: 100)
        FileManager.default.createFile(atPath: path, contents: Data(database))
        #expect(throws: FileWriteError.database(path: path)) { try SafeFileWriter.write("number,state\n", to: path) }
        #expect(throws: FileWriteError.database(path: path)) { try SafeFileWriter.check(path) }
        #expect(contents(path) == database)
        #expect(FileWriteError.database(path: path).isRefusal)
        #expect(entries(directory) == ["study.db"])
    }

    /// The device is checked with `check` only: a writer without the rule would replace it.
    @Test("a device, a directory and a named pipe are refused, and stay what they were")
    func refusesSpecialFiles() throws {
        let directory = try TemporaryDirectory()
        var info = stat()
        if stat("/dev/null", &info) == 0, info.st_mode & S_IFMT == S_IFCHR {
            #expect(throws: FileWriteError.notRegularFile(path: "/dev/null", kind: "a character device")) {
                try SafeFileWriter.check("/dev/null")
            }
        }
        #expect(throws: FileWriteError.notRegularFile(path: directory.url.path, kind: "a directory")) {
            try SafeFileWriter.write("x", to: directory.url.path)
        }
        let fifo = directory.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: FileWriteError.notRegularFile(path: fifo, kind: "a named pipe")) {
            try SafeFileWriter.write("x", to: fifo)
        }
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a symbolic link: the file it points to is checked and written, the link stays")
    func followsLinks() throws {
        let directory = try TemporaryDirectory()
        let file = directory.path("real.csv")
        try SafeFileWriter.write("old\n", to: file)
        let link = directory.path("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.csv")
        try SafeFileWriter.write("new\n", to: link)
        #expect(contents(file) == Array("new\n".utf8))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == "real.csv")
        let fifo = directory.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let toPipe = directory.path("pipe-link")
        try FileManager.default.createSymbolicLink(atPath: toPipe, withDestinationPath: "pipe")
        #expect(throws: FileWriteError.notRegularFile(path: toPipe, kind: "a named pipe")) {
            try SafeFileWriter.write("x", to: toPipe)
        }
        #expect(entries(directory) == ["link.csv", "pipe", "pipe-link", "real.csv"])
    }

    @Test(
        "a database's journal, write-ahead log and shared-memory file are refused, existing or not",
        arguments: ["-journal", "-wal", "-shm"])
    func refusesDatabaseCompanions(suffix: String) throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("study.db")
        FileManager.default.createFile(atPath: database, contents: Data(SafeFileWriter.sqliteHeader))
        let path = database + suffix
        let refusal = FileWriteError.databaseCompanion(path: path, database: database)
        #expect(throws: refusal) { try SafeFileWriter.check(path) }
        FileManager.default.createFile(atPath: path, contents: Data([1, 2, 3]))
        #expect(throws: refusal) { try SafeFileWriter.write("number,state\n", to: path) }
        #expect(contents(path) == [1, 2, 3] && refusal.isRefusal && !refusal.description.contains("\n"))
        // The same name beside a file that is not a database is an ordinary output.
        try SafeFileWriter.write("x\n", to: directory.path("notes.txt") + suffix)
    }

    @Test("a missing directory is named; descriptions are one line starting with the path")
    func missingDirectory() {
        let path = "/nonexistent-directory-of-tuner-tests/out.csv"
        #expect(throws: FileWriteError.noDirectory(path: path, directory: "/nonexistent-directory-of-tuner-tests")) {
            try SafeFileWriter.write("x", to: path)
        }
        let errors: [FileWriteError] = [
            .database(path: "a.db"), .notRegularFile(path: "/dev/full", kind: "a character device"),
            .noDirectory(path: "d/x", directory: "d"), .failed(path: "x", reason: "No space left on device"),
        ]
        #expect(errors.allSatisfy { $0.description.hasPrefix($0.path) && !$0.description.contains("\n") })
        #expect(!FileWriteError.failed(path: "x", reason: "disk full").isRefusal)
    }
}
