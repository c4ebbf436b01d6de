import Foundation
import TestSupport
import Testing

/// `export --out` and `report --out` never replace the files of the study's SQLite database.
@Suite struct OutputOverDatabaseFilesTests {
    @Test(arguments: ["-wal", "-shm", "-journal", ""])
    func theDatabaseAndItsCompanionFilesAreRefused(suffix: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let made = try Tuner.run(
            ["random", "--objective", "branin", "--trials", "2", "--study", "b", "--storage", "s.db"], in: dir.url)
        #expect(made.status == 0, "\(made.stderr)")
        for command in [["export", "--format", "csv"], ["report"]] {
            let out = "s.db" + suffix
            let before = FileManager.default.contents(atPath: dir.path(out))
            let run = try Tuner.run(command + ["--study", "b", "--storage", "s.db", "--out", out], in: dir.url)
            #expect(run.status == 2, "\(command[0]) --out \(out): \(run.status) \(run.stderr)")
            #expect(run.stderrLines.count == 1 && run.stderr.contains("--out"), "\(run.stderr)")
            #expect(FileManager.default.contents(atPath: dir.path(out)) == before)
        }
    }
}
