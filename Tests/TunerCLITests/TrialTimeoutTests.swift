import Foundation
import TestSupport
import Testing

/// `--trial-timeout` and the spec's `trial_timeout`: a command that never ends is stopped, with everything it
/// started, and its trial fails saying why.
@Suite struct TrialTimeoutTests {
    @Test func aCommandThatNeverEndsIsStoppedAndFailed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let run = try Tuner.run(
            [
                "random", "--space", space, "--trials", "1", "--storage", "memory", "--json", "--trial-timeout", "1",
                "--", "sh", "-c", "sleep 1000 & echo $! > sleep.pid; wait; echo 1",
            ], in: dir.url)
        #expect(run.status == 0, "\(run.stderr)")
        let trial = try #require(run.jsonObjects.first)
        #expect(trial["state"] as? String == "failed")
        #expect(trial["reason"] as? String == "timed out after 1 s", "\(trial)")
        let text = try String(contentsOfFile: dir.path("sleep.pid"), encoding: .utf8)
        let sleeper = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(CommandCleanupTests.eventually { CommandCleanupTests.isGone(sleeper) }, "the sleep outlived its trial")
    }

    @Test(arguments: ["0", "-1", "inf", "nan"])
    func aTrialTimeoutThatIsNotAPositiveFiniteNumberIsAUsageError(value: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let flag = try Tuner.run(
            ["random", "--space", space, "--storage", "memory", "--trial-timeout", value, "--", "echo", "{x}"],
            in: dir.url)
        #expect(flag.status == 2 && flag.stderrLines.count == 1 && flag.stderr.contains("--trial-timeout"))
        let spec = try dir.write("spec.yaml", "objective: command\ncommand: echo {x}\ntrial_timeout: \(value)\n")
        let field = try Tuner.run(["random", "--config", spec, "--space", space, "--storage", "memory"], in: dir.url)
        #expect(field.status == 2 && field.stderrLines.count == 1 && field.stderr.contains("trial_timeout"))
    }
}
