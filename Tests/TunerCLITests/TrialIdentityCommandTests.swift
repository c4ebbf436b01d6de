import Foundation
import TestSupport
import Testing

/// A command knows its trial (`{trial}`, `{trial_dir}`, `TUNER_*`), attaches attributes that `show`, `export` and
/// `report` print, and only the best K trial directories remain after the study.
@Suite struct TrialIdentityCommandTests {
    /// Writes a file into its trial directory, prints attributes and then `x` as the value.
    static let script = """
        printf '%s %s %s' "$TUNER_TRIAL" "$TUNER_STUDY" "$TUNER_STORAGE" > "$TUNER_TRIAL_DIR/model.txt"
        echo '{"attrs": {"model": "'"$1/model.txt"'", "seen_trial": '"$2"', "bad": {"nested": 1}}}'
        echo "$3"
        """

    @Test func theTrialSeesItsNumberAndDirectoryAndItsAttributesAreShown() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let script = try dir.write("objective.sh", Self.script)
        let storage = dir.sqlite
        let run = try Tuner.run(
            [
                "random", "--space", space, "--trials", "6", "--seed", "2", "--storage", storage, "--study", "ids",
                "--artifacts", "runs", "--keep-artifacts", "2", "--", "/bin/sh", script, "{trial_dir}", "{trial}",
                "{x}",
            ], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("'bad' is an object"), "\(run.stderr)")

        let export = try Tuner.run(["export", "--study", "ids", "--storage", storage, "--format", "json"], in: dir.url)
        let trials = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        #expect(trials.count == 6)
        let complete = trials.filter { $0["state"] as? String == "complete" }
        #expect(complete.count == 6)
        for trial in trials {
            let number = try #require(trial["number"] as? Int)
            let attributes = try #require(trial["user_attrs"] as? [String: String])
            let trialDirectory = dir.url.appendingPathComponent("runs/ids/trial-\(number)").standardizedFileURL.path
            #expect(attributes["seen_trial"] == "\(number)")
            #expect(attributes["model"] == trialDirectory + "/model.txt")
            #expect(attributes["trial_dir"] == trialDirectory && attributes["bad"] == nil)
        }

        // Only the two best complete trials keep their directories, with what the command wrote.
        let ranked = complete.sorted { ($0["value"] as! Double) < ($1["value"] as! Double) }
        let best = ranked.prefix(2).map { $0["number"] as! Int }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path("runs/ids")).sorted()
        #expect(left == best.sorted().map { "trial-\($0)" })
        let written = try String(contentsOfFile: dir.path("runs/ids/trial-\(best[0])/model.txt"), encoding: .utf8)
        #expect(written == "\(best[0]) ids \(storage)")

        let show = try Tuner.run(["show", "--study", "ids", "--storage", storage], in: dir.url)
        #expect(show.status == 0)
        #expect(show.stdout.contains("  user attributes:") && show.stdout.contains("seen_trial  \(best[0])"))
        let csv = try Tuner.run(["export", "--study", "ids", "--storage", storage, "--format", "csv"], in: dir.url)
        #expect(csv.lines.first == "number,state,value,duration_s,x,command,model,seen_trial,trial_dir")
        let report = try Tuner.run(
            ["report", "--study", "ids", "--storage", storage, "--out", dir.path("r.html")], in: dir.url)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: dir.path("r.html"), encoding: .utf8)
        #expect(html.contains("<i>seen_trial</i></td><td class=\"num\">\(best[0])</td>"))
    }

    /// The attributes a command printed with `TUNER_STORAGE` and `{study}`, from the `--json` trial line.
    static func storageSeen(_ storage: String, study: String) throws -> [String: String] {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let script = try dir.write(
            "attrs.sh", #"echo "{\"attrs\": {\"storage\": \"$TUNER_STORAGE\", \"study\": \"$1\"}}"; echo 1"#)
        let run = try Tuner.run(
            [
                "random", "--space", space, "--trials", "1", "--storage", storage, "--study", study, "--json",
                "--", "/bin/sh", script, "{study}",
            ], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let trial = try #require(run.jsonObjects.first)
        return try #require(trial["attributes"] as? [String: String])
    }

    @Test func theStudyAndTheStorageReachTheCommand() throws {
        let attributes = try Self.storageSeen("memory", study: "s-1.x")
        #expect(attributes["storage"] == "memory" && attributes["study"] == "s-1.x")
    }

    #if PostgreSQL
        /// `TUNER_STORAGE` never holds the password of the storage URL (server: `scripts/start-postgres`).
        @Test func theStorageVariableHasNoPassword() throws {
            let url = TestPostgres.url
            let study = "ids-\(UUID().uuidString.prefix(8))"
            let attributes = try Self.storageSeen(url, study: study)
            let storage = try #require(attributes["storage"])
            #expect(storage.contains(":***@") && storage.hasSuffix(String(url.split(separator: "@").last ?? "")))
        }
    #endif

    @Test(arguments: [
        (["--", "echo", "{trial_dir}"], "command: {trial_dir} needs an artifacts directory"),
        (["--keep-artifacts", "2", "--", "echo", "1"], "keep_artifacts: needs an artifacts directory"),
        (["--keep-artifacts=-1", "--artifacts", "r", "--", "echo", "1"], "--keep-artifacts must be at least 0"),
        (["--study", "..", "--artifacts", "r", "--", "echo", "1"], "--study: invalid study name '..'"),
        (["--objective", "branin", "--artifacts", "r"], "artifacts: applies to the command objective only"),
    ])
    func misuseIsAOneLineUsageError(arguments: [String], message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let run = try Tuner.run(["random", "--space", space, "--storage", "memory"] + arguments, in: dir.url)
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1 && run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("r")))
    }
}
