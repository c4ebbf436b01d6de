import Foundation
import TestSupport
import Testing

/// `tuner ask --count K` and `tuner tell --file`: batches of trials for K parallel jobs, through the built binary.
@Suite struct BatchAskTellTests {
    static let space6 = (1...6).map { "x\($0): {type: float, low: 0, high: 1}" }.joined(separator: "\n") + "\n"

    /// Runs `tuner ask --count count` and returns the trials it printed (number, parameters as text).
    static func ask(_ count: Int, _ arguments: [String], in dir: TemporaryDirectory) throws -> [(Int, String)] {
        let run = try Tuner.run(["ask", "--count", "\(count)"] + arguments, in: dir.url)
        #expect(run.status == 0, "ask: \(run.stderr)")
        return try run.stdoutLines.map { line in
            let object = try parseJSONObject(String(line))
            let params = try #require(object["params"] as? [String: Double])
            return (try #require(object["trial"] as? Int), params.keys.sorted().map { "\(params[$0]!)" }.joined())
        }
    }

    @Test(arguments: ["tpe", "bayes", "random", "sobol"])
    func twoRoundsOfEightOnASixDimensionalSpaceAreSixteenDistinctPoints(sampler: String) throws {
        let dir = try TemporaryDirectory()
        let space = try dir.write("space.yaml", Self.space6)
        let study = ["--study", "batch", "--storage", dir.sqlite]
        let first = try Self.ask(8, study + ["--space", space, "--sampler", sampler], in: dir)
        #expect(first.map(\.0) == Array(0..<8))
        // Tell the first round at once (a bowl around 0.3, by the parameters' text length: any distinct values).
        let results = first.map { "{\"trial\": \($0.0), \"value\": \(Double($0.1.count) / 100)}" }
        let tell = try Tuner.run(["tell", "--file", "-"] + study, in: dir.url, stdin: results.joined(separator: "\n"))
        #expect(tell.status == 0, "\(tell.stderr)")
        #expect(tell.stdoutLines.count == 8 && tell.stdout.contains("Trial 7 of study 'batch': complete"))
        let second = try Self.ask(8, study, in: dir)
        #expect(second.map(\.0) == Array(8..<16))
        #expect(Set((first + second).map(\.1)).count == 16)
    }

    @Test func theBatchLoopOfTheCLIReferenceRuns() throws {
        let dir = try TemporaryDirectory()
        let script = try dir.write("batch.sh", try DocsTests.block("batch-loop", in: "cli.md"))
        let path =
            Tuner.binary.deletingLastPathComponent().path + ":"
            + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let run = try ChildProcess.run(
            URL(fileURLWithPath: "/bin/bash"), [script], environment: ["PATH": path, "DIR": dir.url.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(
            run.stdout.contains("Study 'batch': minimize, 12 trials (12 complete, 0 pruned, 0 failed)"), "\(run.stdout)"
        )
        #expect(run.stdout.contains("Trial 11 of study 'batch': complete"))
    }

    @Test func aGridBatchStopsAtItsLastPointAndSaysSo() throws {
        let dir = try TemporaryDirectory()
        let space = try dir.write("space.yaml", "c: {type: categorical, choices: [a, b, c]}\n")
        let run = try Tuner.run(
            ["ask", "--count", "5", "--study", "g", "--space", space, "--sampler", "grid", "--storage", dir.sqlite],
            in: dir.url)
        #expect(run.status == 0 && run.stdoutLines.count == 3)
        #expect(run.stderr == "note: 3 of 5 trials: sampler 'grid' has nothing left\n")
    }

    @Test(arguments: ["0", "-3", "10001", "many"])
    func aBadCountIsAUsageError(count: String) throws {
        let run = try Tuner.run(["ask", "--study", "s", "--count", count, "--storage", "memory"])
        #expect(run.status == 2 && run.stderrLines.count == 1 && run.stderr.contains("count"), "\(run.stderr)")
    }

    @Test func manyResultsFromAFileWithIntermediateValuesPrunedAndFailed() throws {
        let dir = try TemporaryDirectory()
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let study = ["--study", "t", "--storage", dir.sqlite]
        _ = try Self.ask(4, study + ["--space", space], in: dir)
        let csv = try dir.write(
            "results.csv",
            "trial,value,state,reason,intermediate.1,intermediate.2\n0,0.2,,,0.5,0.3\n1,,pruned,,0.9,\n"
                + "2,,failed,out of memory,,\n3,nan,,,,\n")
        let tell = try Tuner.run(["tell", "--file", csv] + study, in: dir.url)
        #expect(tell.status == 0, "\(tell.stderr)")
        let shown = try parseJSONObject(try Tuner.run(["show", "--json"] + study, in: dir.url).stdout)
        let trials = try #require(shown["trials"] as? [[String: Any]])
        #expect(trials.map { $0["state"] as? String } == ["complete", "pruned", "failed", "failed"])
        #expect(trials[0]["intermediate_values"] as? [String: Double] == ["1": 0.5, "2": 0.3])
        #expect(trials[1]["value"] as? Double == 0.9)
        #expect(trials[2]["failure_reason"] as? String == "out of memory")
        // The same file again changes nothing and says so.
        let again = try Tuner.run(["tell", "--file", csv] + study, in: dir.url)
        #expect(again.status == 0 && again.stdout.contains("Trial 0 of study 't': already told, unchanged"))
    }

    @Test func aBadLineRecordsNothingAndNamesTheFileAndLine() throws {
        let dir = try TemporaryDirectory()
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let study = ["--study", "t", "--storage", dir.sqlite]
        _ = try Self.ask(2, study + ["--space", space], in: dir)
        let cases: [(String, Int32, String)] = [
            (
                "{\"trial\": 0, \"value\": 1}\n{\"trial\": 1, \"value\": \"high\"}\n", 2,
                "error: stdin:2: value: must be a number, got a string"
            ),
            (
                "{\"trial\": 0, \"value\": 1}\n{\"trial\": 0, \"value\": 2}\n", 2,
                "error: stdin:2: trial: trial 0 is told twice (also at stdin:1)"
            ),
            (
                "{\"trial\": 0, \"value\": 1}\n{\"trial\": 5, \"value\": 2}\n", 1,
                "error: stdin:2: trial 5 is not in study 't'"
            ),
            (
                "{\"trial\": 0, \"value\": 1}\n" + String(repeating: "9", count: 1_100_000) + "\n", 2,
                "error: stdin:2: line longer than 1048576 bytes"
            ),
            (
                "{\"trial\": 0, \"value\": 1}\n{\"trial\": 1, \"value\": 1e999}\n", 2,
                "error: stdin:2: not a JSON object on one line"
            ),
        ]
        for (input, status, message) in cases {
            let run = try Tuner.run(["tell", "--file", "-"] + study, in: dir.url, stdin: input)
            #expect(run.status == status && run.stderr == message + "\n", "\(run.stderr)")
        }
        let shown = try parseJSONObject(try Tuner.run(["show", "--json"] + study, in: dir.url).stdout)
        let trials = try #require(shown["trials"] as? [[String: Any]])
        #expect(trials.map { $0["state"] as? String } == ["running", "running"])
        let missing = try Tuner.run(["tell", "--file", dir.path("absent.jsonl")] + study, in: dir.url)
        #expect(missing.status == 2 && missing.stderr.hasSuffix("absent.jsonl: no such file\n"))
        let mixed = try Tuner.run(["tell", "--file", "-", "--trial", "0"] + study, in: dir.url)
        #expect(mixed.status == 2 && mixed.stderr.contains("--file cannot be combined"))
    }
}
