import Foundation
import TestSupport
import Testing

/// Which `--storage` texts `tuner` accepts: `memory`, `sqlite:` URLs, `postgresql://` URLs and plain paths that
/// name a database file (a `/` in them, or ending in `.db`, `.sqlite`, `.sqlite3`). Anything else is a usage
/// error that lists the accepted forms, and no file of that name is created.
@Suite("tuner --storage: accepted forms, and no stray SQLite files")
struct StorageFormTests {
    @Test(
        "texts that are neither URLs nor database paths: exit 2, one line with the accepted forms, no file",
        arguments: ["MEMORY", "not a url", "postgresql:/x", "postgres:tuner@host", "memory:", "studies", "x:y.db"])
    func refused(_ text: String) throws {
        let directory = try TemporaryDirectory()
        let commands = [
            ["random", "--objective", "branin", "--trials", "1"], ["studies"], ["worker", "--study", "s"],
            ["tell", "--study", "s", "--trial", "0", "--value", "1"],
        ]
        for command in commands {
            let run = try Tuner.run(command + ["--storage", text], in: directory.url)
            #expect(run.status == 2, "\(command[0]) --storage '\(text)': \(run.status) \(run.stderr)")
            #expect(run.stderrLines.count == 1 && run.stderr.contains("--storage"), "\(run.stderr)")
            #expect(run.stderr.contains("memory, sqlite:///path.db, postgresql://user@host/db or a file path"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    @Test("every documented form still works: the default tuner.db, memory, sqlite: URLs and plain paths")
    func documentedForms() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path("runs"), withIntermediateDirectories: true)
        let forms: [(storage: String?, file: String?)] = [
            (nil, "tuner.db"), ("memory", nil), ("sqlite://" + directory.path("abs.db"), "abs.db"),
            ("sqlite://rel.db", "rel.db"), ("sqlite:colon.db", "colon.db"), ("plain.db", "plain.db"),
            ("runs/studies", "runs/studies"), ("x.sqlite3", "x.sqlite3"), ("  spaced.sqlite ", "spaced.sqlite"),
        ]
        for form in forms {
            let storage = form.storage.map { ["--storage", $0] } ?? []
            let run = try Tuner.run(
                ["random", "--objective", "branin", "--trials", "1", "--quiet", "--study", "s"] + storage,
                in: directory.url)
            #expect(run.status == 0, "\(form.storage ?? "(default)"): \(run.stderr)")
            guard let file = form.file else { continue }
            #expect(FileManager.default.fileExists(atPath: directory.path(file)), "\(file) was not created")
            let listed = try Tuner.run(["studies"] + storage, in: directory.url)
            #expect(listed.status == 0 && listed.stdout.contains("s"), "\(listed.stderr)")
        }
    }
}
