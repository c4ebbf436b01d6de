import Foundation
import TestSupport
import Testing

/// `tuner ask` / `tuner tell` drive a study from an outside loop, one process per call, through SQLite.
@Suite struct AskTellTests {
    /// f(x, k) = (x − 0.3)² + k, the loop's "training run".
    static func objective(_ params: [String: Any]) -> Double {
        let x = params["x"] as? Double ?? .nan
        let k = params["k"] as? Int ?? 0
        return (x - 0.3) * (x - 0.3) + Double(k)
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

    /// Runs `tuner ask` and returns the trial number and parameters it printed.
    static func ask(_ arguments: [String], in dir: TemporaryDirectory) throws -> (Int, [String: Any]) {
        let run = try Tuner.run(["ask"] + arguments, in: dir.url)
        #expect(run.status == 0, "ask: \(run.stderr)")
        #expect(run.stdoutLines.count == 1)
        let object = try #require(try parseJSON(run.stdout) as? [String: Any])
        return (try #require(object["trial"] as? Int), try #require(object["params"] as? [String: Any]))
    }

    @Test func fiveRoundTripsAreStoredWithTheToldValues() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\nk: {type: int, low: 0, high: 3}\n")
        var told: [Int: Double] = [:]
        for i in 0..<5 {
            // The first ask creates the study; the later ones reopen it from storage alone.
            let extra = i == 0 ? ["--space", space, "--sampler", "random", "--seed", "4"] : []
            let (number, params) = try Self.ask(["--study", "loop", "--storage", dir.sqlite] + extra, in: dir)
            #expect(number == i)
            let value = Self.objective(params)
            let tell = try Tuner.run(
                [
                    "tell", "--study", "loop", "--trial", "\(number)", "--value", "\(value)",
                    "--storage", dir.sqlite,
                ], in: dir.url)
            #expect(tell.status == 0, "tell: \(tell.stderr)")
            #expect(tell.stdout.contains("complete"))
            told[number] = value
        }

        let show = try Tuner.run(["show", "--study", "loop", "--storage", dir.sqlite, "--json"], in: dir.url)
        #expect(show.status == 0, "\(show.stderr)")
        let shown = try #require(try parseJSON(show.stdout) as? [String: Any])
        let trials = try #require(shown["trials"] as? [[String: Any]])
        #expect(trials.count == 5)
        for t in trials {
            let number = try #require(t["number"] as? Int)
            #expect(t["state"] as? String == "complete")
            // Foundation's JSON parser on Linux may round the last bit: compare to 1e-12, relatively.
            let value = try #require(t["value"] as? Double)
            #expect(Self.close(value, try #require(told[number])))
            #expect(Self.close(value, Self.objective(t["params"] as? [String: Any] ?? [:])))
        }
        let best = try #require(shown["best_trial"] as? [String: Any])
        #expect(Self.close(try #require(best["value"] as? Double), try #require(told.values.min())))
    }

    @Test func prunedFailedAndRepeatedTells() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let storage = ["--storage", dir.sqlite]
        let (a, _) = try Self.ask(["--study", "states", "--space", space] + storage, in: dir)
        let (b, _) = try Self.ask(["--study", "states"] + storage, in: dir)
        #expect(a != b, "a running trial is not handed out twice")
        let pruned = try Tuner.run(
            ["tell", "--study", "states", "--trial", "\(a)", "--state", "pruned"] + storage, in: dir.url)
        #expect(pruned.status == 0, "\(pruned.stderr)")
        let failed = try Tuner.run(
            ["tell", "--study", "states", "--trial", "\(b)", "--state", "failed", "--reason", "out of memory"]
                + storage, in: dir.url)
        #expect(failed.status == 0, "\(failed.stderr)")

        // Telling a finished trial again, an unknown trial or an unknown study: one line, exit 1.
        for arguments in [
            ["--study", "states", "--trial", "\(a)", "--value", "1"],
            ["--study", "states", "--trial", "99", "--value", "1"],
            ["--study", "absent", "--trial", "0", "--value", "1"],
        ] {
            let run = try Tuner.run(["tell"] + arguments + storage, in: dir.url)
            #expect(run.status == 1, "tell \(arguments): status \(run.status)")
            #expect(run.stderrLines.count == 1, "\(run.stderr)")
        }

        let show = try Tuner.run(["show", "--study", "states", "--json"] + storage, in: dir.url)
        let trials = try #require((try parseJSON(show.stdout) as? [String: Any])?["trials"] as? [[String: Any]])
        #expect(trials.map { $0["state"] as? String } == ["pruned", "failed"])
        #expect(trials[1]["failure_reason"] as? String == "out of memory")
    }

    @Test func askCreatesTheStudyFromASpec() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let spec = try dir.write(
            "spec.yaml",
            """
            direction: maximize
            sampler: sobol
            seed: 9
            space:
              units: {type: int, low: 8, high: 64, step: 8}
              act: {type: categorical, choices: [relu, tanh]}
            """)
        let storage = ["--storage", dir.sqlite]
        let (_, params) = try Self.ask(["--study", "spec", "--config", spec] + storage, in: dir)
        let units = try #require(params["units"] as? Int)
        #expect((8...64).contains(units) && units % 8 == 0)
        #expect(["relu", "tanh"].contains(params["act"] as? String ?? ""))
        let show = try Tuner.run(["show", "--study", "spec", "--json"] + storage, in: dir.url)
        let shown = try #require(try parseJSON(show.stdout) as? [String: Any])
        #expect(shown["direction"] as? String == "maximize")
        #expect(shown["seed"] as? Int == 9)
        let trials = try #require(shown["trials"] as? [[String: Any]])
        #expect(trials.map { $0["state"] as? String } == ["running"])
    }

    @Test func gridAskStopsWhenEveryPointIsTaken() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "c: {type: categorical, choices: [a, b]}\n")
        let storage = ["--storage", dir.sqlite]
        var seen: Set<String> = []
        for i in 0..<2 {
            let extra = i == 0 ? ["--space", space, "--sampler", "grid"] : []
            let (_, params) = try Self.ask(["--study", "g"] + extra + storage, in: dir)
            seen.insert(params["c"] as? String ?? "")
        }
        #expect(seen == ["a", "b"])
        let third = try Tuner.run(["ask", "--study", "g"] + storage, in: dir.url)
        #expect(third.status == 1)
        #expect(third.stderrLines.count == 1 && third.stderr.contains("grid"))
    }
}
