import Foundation
import TestSupport
import Testing

/// `tuner enqueue` and `tuner import`: a study that starts from known configurations and results.
@Suite struct WarmStartCommandTests {
    static let space = """
        lr: {type: float, low: 0.0001, high: 0.1, log: true}
        units: {type: int, low: 16, high: 128, step: 16}
        act: {type: categorical, choices: [relu, tanh]}

        """

    @Test func enqueuedConfigurationsAreAskedFirst() throws {
        let dir = try TemporaryDirectory()
        let space = try dir.write("space.yaml", Self.space)
        let study = ["--study", "warm", "--storage", dir.sqlite]
        let one = try Tuner.run(
            ["enqueue", "--space", space, "--param", "lr=0.01", "--param", "units=64", "--param", "act=tanh"] + study,
            in: dir.url)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == "Queued trial 0 of study 'warm': {\"act\":\"tanh\",\"lr\":0.01,\"units\":64}\n")
        let csv = try dir.write("known.csv", "lr,units,act\n0.001,32,relu\n0.05,128,tanh\n")
        #expect(try Tuner.run(["enqueue", "--file", csv] + study, in: dir.url).stdoutLines.count == 2)
        let asked = try Tuner.run(["ask", "--count", "4"] + study, in: dir.url)
        let params = try asked.stdoutLines.map { try parseJSONObject(String($0))["params"] as? [String: Any] }
        #expect(params.prefix(3).map { $0?["lr"] as? Double } == [0.01, 0.001, 0.05])
        #expect(params[3] != nil && asked.stdoutLines.count == 4)
    }

    @Test func aBadConfigurationQueuesNothing() throws {
        let dir = try TemporaryDirectory()
        let space = try dir.write("space.yaml", Self.space)
        let study = ["--study", "warm", "--storage", dir.sqlite, "--space", space]
        let cases: [([String], String?, String)] = [
            (
                ["--param", "lr=0.01", "--param", "units=64"], nil,
                "error: --param: act: missing: the parameter is active here"
            ),
            (
                ["--param", "lr=1", "--param", "units=64", "--param", "act=relu"], nil,
                "error: --param: lr: '1' is not a value of 'lr' (a number from 0.0001 to 0.1)"
            ),
            (
                ["--param", "lr=0.01", "--param", "units=64", "--param", "act=relu", "--param", "depth=3"], nil,
                "error: --param: depth: not a parameter of the study (its parameters: lr, units, act)"
            ),
            (
                ["--file", "-"],
                "{\"lr\": 0.01, \"units\": 64, \"act\": \"relu\"}\n{\"lr\": 0.01, \"units\": 60, \"act\": \"relu\"}\n",
                "error: stdin:2: units: a number that is not a value of 'units' (a whole number from 16 to 128 in "
                    + "steps of 16)"
            ),
            ([], nil, "error: give either --param name=value (repeatable) or --file F"),
        ]
        for (arguments, stdin, message) in cases {
            let run = try Tuner.run(["enqueue"] + study + arguments, in: dir.url, stdin: stdin)
            #expect(run.status == 2 && run.stderr == message + "\n", "\(run.stderr)")
        }
        let shown = try Tuner.run(["show", "--json", "--study", "warm", "--storage", dir.sqlite], in: dir.url)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect((try parseJSONObject(shown.stdout)["trials"] as? [Any])?.isEmpty == true)
    }

    @Test func importFromAnExportOrAnotherStudyAndNotTwice() throws {
        let dir = try TemporaryDirectory()
        let space = try dir.write(
            "space.yaml", "x1: {type: float, low: -5, high: 10}\nx2: {type: float, low: 0, high: 15}\n")
        let storage = ["--storage", dir.sqlite]
        let run = try Tuner.run(
            ["random", "--objective", "branin", "--trials", "4", "--study", "old", "--quiet"] + storage, in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        for format in ["csv", "json"] {
            let out = dir.path("old.\(format)")
            let export = try Tuner.run(
                ["export", "--study", "old", "--format", format, "--out", out] + storage, in: dir.url)
            #expect(export.status == 0, "\(export.stderr)")
            let study = ["--study", "from-\(format)", "--space", space] + storage
            let first = try Tuner.run(["import", "--file", out] + study, in: dir.url)
            #expect(
                first.stdout.hasPrefix("Imported 4 trials into study 'from-\(format)' (0 already imported, 0 waiting"),
                "\(first.stderr)")
            let second = try Tuner.run(["import", "--file", out] + study, in: dir.url)
            #expect(second.stdout.hasPrefix("Imported 0 trials into study 'from-\(format)' (4 already imported"))
        }
        let copied = try Tuner.run(
            ["import", "--study", "copy", "--space", space, "--from-study", "old", "--from-storage", dir.sqlite]
                + storage,
            in: dir.url)
        #expect(copied.status == 0, "\(copied.stderr)")
        var best: [Double] = []
        for name in ["old", "from-csv", "from-json", "copy"] {
            let shown = try parseJSONObject(
                try Tuner.run(["show", "--json", "--study", name] + storage, in: dir.url).stdout)
            let trials = try #require(shown["trials"] as? [[String: Any]])
            #expect(trials.count == 4)
            best.append(try #require((shown["best_trial"] as? [String: Any])?["value"] as? Double))
            if name != "old" {
                #expect(trials.allSatisfy { (($0["user_attrs"] as? [String: String])?["imported_from"]) != nil })
            }
        }
        #expect(Set(best).count == 1, "\(best)")
        // The study the trials go to must take them: a narrower space is refused, naming the record.
        let narrow = try dir.write(
            "narrow.yaml", "x1: {type: float, low: 0, high: 1}\nx2: {type: float, low: 0, high: 15}\n")
        let refused = try Tuner.run(
            ["import", "--study", "narrow", "--space", narrow, "--file", dir.path("old.csv")] + storage, in: dir.url)
        #expect(refused.status == 2 && refused.stderrLines.count == 1 && refused.stderr.contains("old.csv:"))
    }

    @Test func importUsageErrorsAndSecrets() throws {
        let dir = try TemporaryDirectory()
        let study = ["--study", "s", "--storage", dir.sqlite]
        let cases: [([String], Int32, String)] = [
            ([], 2, "give either --file F or --from-study NAME"),
            (["--file", "a.csv", "--from-study", "x"], 2, "give either --file F or --from-study NAME"),
            (["--from-storage", dir.sqlite, "--file", "a.csv"], 2, "--from-storage needs --from-study"),
            (["--from-study", "s"], 2, "--from-study names the study itself"),
            (["--from-study", "bad name"], 2, "--from-study"),
            (["--from-study", "x", "--from-storage", "postgresql:/u:s3cret-pw@host/db"], 2, "--from-storage"),
            (["--from-study", "absent", "--from-storage", dir.path("none.db")], 1, "no study storage"),
        ]
        for (arguments, status, fragment) in cases {
            let run = try Tuner.run(["import"] + study + arguments, in: dir.url)
            #expect(
                run.status == status && run.stderrLines.count == 1 && run.stderr.contains(fragment), "\(run.stderr)")
            #expect(!run.stderr.contains("s3cret-pw"))
        }
    }
}
