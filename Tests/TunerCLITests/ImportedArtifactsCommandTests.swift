import Foundation
import TestSupport
import Testing

/// `--keep-artifacts` removes only the directories this study made in this storage: not those of a study it
/// imported trials from, and not a directory an import file names in a forged `trial_dir` column.
@Suite struct ImportedArtifactsCommandTests {
    static let space = "x: {type: float, low: 0, high: 1}\n"

    /// `tuner random` on study `s` with artifacts under `art`, keeping the best `kept` trial directories.
    static func runKeepingArtifacts(
        _ kept: Int, storage: String, trials: Int, space: String, script: String = "echo 1", in dir: TemporaryDirectory
    ) throws -> ProcessResult {
        try Tuner.run(
            [
                "random", "--study", "s", "--space", space, "--storage", storage, "--trials", "\(trials)",
                "--artifacts", "art", "--keep-artifacts", "\(kept)", "--", "sh", "-c", script,
            ], in: dir.url)
    }

    @Test func anImportedStudysKeptDirectoriesSurviveTheNewStudysCleanup() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("sp.yaml", Self.space)
        let first = try Self.runKeepingArtifacts(
            3, storage: "old.db", trials: 3, space: space, script: "echo model > {trial_dir}/model.txt; echo 5",
            in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        let imported = try Tuner.run(
            [
                "import", "--study", "s", "--space", space, "--storage", "new.db", "--from-study", "s",
                "--from-storage", "old.db",
            ], in: dir.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        let second = try Self.runKeepingArtifacts(1, storage: "new.db", trials: 5, space: space, in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        for number in 0..<3 {
            #expect(FileManager.default.fileExists(atPath: dir.path("art/s/trial-\(number)/model.txt")))
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path("art/s")).sorted()
        #expect(left == ["trial-0", "trial-1", "trial-2", "trial-3"])
    }

    @Test func aForgedTrialDirColumnIsRenamedAndItsDirectoryLeftAlone() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("sp.yaml", Self.space)
        try FileManager.default.createDirectory(atPath: dir.path("art/s/trial-0"), withIntermediateDirectories: true)
        _ = try dir.write("art/s/trial-0/data.txt", "mine")
        let target = dir.url.appendingPathComponent("art/s/trial-0").standardizedFileURL.path
        let csv = try dir.write(
            "forged.csv", "number,state,value,duration_s,x,trial_dir,command\n0,complete,100,0.1,0.5,\(target),evil\n")
        let imported = try Tuner.run(
            ["import", "--study", "s", "--space", space, "--storage", "n.db", "--file", csv], in: dir.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        let run = try Self.runKeepingArtifacts(0, storage: "n.db", trials: 3, space: space, in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: dir.path("art/s/trial-0/data.txt"), encoding: .utf8) == "mine")
        let export = try Tuner.run(["export", "--study", "s", "--storage", "n.db", "--format", "json"], in: dir.url)
        let trials = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        let attributes = try #require(trials.first?["user_attrs"] as? [String: String])
        #expect(attributes["trial_dir"] == nil && attributes["command"] == nil)
        #expect(attributes["imported_trial_dir"] == target && attributes["imported_command"] == "evil")
    }
}
