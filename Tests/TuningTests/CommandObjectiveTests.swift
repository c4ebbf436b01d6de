import Foundation
import TestSupport
import Testing

@testable import Tuning

@Suite(.serialized) struct CommandObjectiveTests {
    let space = try! SearchSpace([.float("x", 0, 10), .categorical("tag", ["a b", "c"])])

    func study(pruner: (any Pruner)? = nil) throws -> Study {
        try Study(space: space, pruner: pruner, seed: 1)
    }

    @Test func theLastLineIsTheResultAndParametersArrive() throws {
        let s = try study()
        try s.enqueue(["x": 2.5, "tag": "a b"])
        let objective = CommandObjective(#"echo "log line"; echo "tag=[{tag}]" >&2; echo "{x}""#)
        try s.optimize(objective, trials: 1)
        let t = try s.trials[0]
        #expect(t.state == .complete && t.value == 2.5)
        #expect(t.userAttributes["command"]?.contains(#"echo "tag=[a b]""#) == true)
    }

    @Test func aJSONMetricLineIsTheResult() throws {
        let s = try study()
        try s.enqueue(["x": 1, "tag": "c"])
        try s.optimize(
            CommandObjective(#"echo '{"accuracy": 0.93, "loss": 0.2}'; echo done"#, metric: "accuracy"), trials: 1)
        #expect(try s.trials[0].value == 0.93)
    }

    @Test func nonZeroExitFailsWithTheTailOfStderr() throws {
        let s = try study()
        try s.optimize(CommandObjective("echo 0.5; echo 'Traceback: boom' >&2; exit 3"), trials: 1)
        let t = try s.trials[0]
        #expect(t.state == .failed)
        #expect(t.failureReason?.contains("exit status 3") == true)
        #expect(t.failureReason?.contains("Traceback: boom") == true)
    }

    @Test func aCrashingCommandFailsNamingTheSignal() throws {
        let s = try study()
        try s.optimize(CommandObjective("echo 'segfault soon' >&2; kill -SEGV $$"), trials: 2)
        let trials = try s.trials
        #expect(trials.count == 2, "the study goes on after a crash")
        #expect(trials.allSatisfy { $0.state == .failed && $0.failureReason?.contains("signal 11") == true })
        #expect(trials[0].failureReason?.contains("segfault soon") == true)
    }

    /// A shell line that, if it ever gets to run, leaves `marker` behind: proof that the command was not
    /// stopped before `sleep 30` ended.
    static func reachedEnd(_ marker: String) -> String { "sleep 30; touch '\(marker)'" }

    @Test func aBackgroundChildHoldingTheOutputDoesNotHangTheTrial() throws {
        let s = try study()
        let scratch = try TemporaryDirectory(prefix: "command-objective")
        defer { scratch.remove() }
        let marker = scratch.path("background-child-ended")
        var objective = CommandObjective("( (\(Self.reachedEnd(marker))) & ); echo 0.25")
        objective.killGrace = 0.3
        try s.optimize(objective, trials: 1)
        #expect(try s.trials[0].value == 0.25)
        #expect(!FileManager.default.fileExists(atPath: marker), "the trial waited for the background child")
    }

    @Test func outputWithoutAResultFails() throws {
        let s = try study()
        try s.optimize(CommandObjective("echo 0.5; echo finished"), trials: 1)
        #expect(try s.trials[0].failureReason?.contains("no result") == true)
    }

    @Test func aCommandOverItsTimeLimitIsKilledAndFailed() throws {
        let s = try study()
        let scratch = try TemporaryDirectory(prefix: "command-objective")
        defer { scratch.remove() }
        let marker = scratch.path("command-ended")
        try s.optimize(CommandObjective("\(Self.reachedEnd(marker)); echo 1", timeout: 0.5), trials: 1)
        let t = try s.trials[0]
        #expect(t.state == .failed && t.failureReason?.contains("timed out") == true)
        #expect(!FileManager.default.fileExists(atPath: marker), "the command ran to its end")
    }

    @Test func intermediateLinesFeedThePrunerWhichStopsTheCommand() throws {
        let s = try study(pruner: try MedianPruner(startupTrials: 1))
        try s.add(
            Trial(
                state: .complete, params: ["x": 1, "tag": "c"], value: 0.1,
                intermediateValues: [0: 0.3, 1: 0.2, 2: 0.1]))
        let scratch = try TemporaryDirectory(prefix: "command-objective")
        defer { scratch.remove() }
        let marker = scratch.path("command-ended")
        // Reports 5.0 at every step (worse than the median 0.3 at step 0), then would sleep for 30 s.
        let steps = #"for i in 0 1 2; do echo "{\"step\": $i, \"value\": 5.0}"; sleep 0.2; done"#
        try s.optimize(CommandObjective("\(steps); \(Self.reachedEnd(marker)); echo 5"), trials: 1)
        let t = try s.trials[1]
        #expect(t.state == .pruned && t.intermediateValues[0] == 5 && t.value == t.intermediateValues[t.lastStep!])
        #expect(!FileManager.default.fileExists(atPath: marker), "the pruned command ran to its end")
    }

    @Test func cancellingTheStudyKillsTheCommandAsInterrupted() throws {
        let s = try study()
        let scratch = try TemporaryDirectory(prefix: "command-objective")
        defer { scratch.remove() }
        let (started, ended) = (scratch.path("command-started"), scratch.path("command-ended"))
        let objective = CommandObjective("touch '\(started)'; \(Self.reachedEnd(ended)); echo 1")
        // Cancels once the first command runs (polling for its start: a bound on waiting, not a measurement).
        DispatchQueue.global().async {
            for _ in 0..<1200 where !FileManager.default.fileExists(atPath: started) {
                Thread.sleep(forTimeInterval: 0.05)
            }
            s.cancel()
        }
        try s.optimize(objective, trials: 3)
        #expect(!FileManager.default.fileExists(atPath: ended), "the cancelled command ran to its end")
        let trials = try s.trials
        #expect(trials.count == 1)
        #expect(trials[0].state == .failed && trials[0].failureReason == "interrupted")
    }
}
