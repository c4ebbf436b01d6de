import Foundation
import TestSupport
import Testing

@testable import Tuning

/// Nothing a command starts outlives its trial: not on a timeout, not when it leaves a background process.
@Suite(.serialized) struct CommandProcessGroupTests {
    /// Whether process `pid` is gone: no longer in /proc, or a zombie nobody has reaped yet.
    static func isGone(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        guard let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state == "Z" || state == "X"
    }

    /// Polls until `pid` is gone (a bound on waiting, not a measurement).
    static func waitUntilGone(_ pid: Int32) -> Bool {
        for _ in 0..<200 where !isGone(pid) { Thread.sleep(forTimeInterval: 0.05) }
        return isGone(pid)
    }

    /// The pid a command wrote to `path`.
    static func pid(in path: String) throws -> Int32 {
        let text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(Int32(text), "pid file: \(text)")
    }

    @Test func aTimedOutCommandIsKilledWithEverythingItStarted() throws {
        let scratch = try TemporaryDirectory(prefix: "command-group")
        defer { scratch.remove() }
        let pidFile = scratch.path("sleep.pid")
        let s = try Study(space: try SearchSpace([.float("x", 0, 1)]), seed: 1)
        var objective = CommandObjective("sleep 1000 & echo $! > '\(pidFile)'; wait; echo 1", timeout: 0.5)
        objective.killGrace = 0.2
        try s.optimize(objective, trials: 1)
        let t = try s.trials[0]
        #expect(t.state == .failed && t.failureReason == "timed out after 0.5 s")
        #expect(Self.waitUntilGone(try Self.pid(in: pidFile)), "the command's sleep outlived its trial")
    }

    @Test func whatACommandLeavesRunningIsKilledWhenItsTrialEnds() throws {
        let scratch = try TemporaryDirectory(prefix: "command-group")
        defer { scratch.remove() }
        let pidFile = scratch.path("sleep.pid")
        let s = try Study(space: try SearchSpace([.float("x", 0, 1)]), seed: 1)
        try s.optimize(
            CommandObjective("sleep 1000 </dev/null >/dev/null 2>&1 & echo $! > '\(pidFile)'; echo 0.5"), trials: 1)
        #expect(try s.trials[0].value == 0.5)
        #expect(Self.waitUntilGone(try Self.pid(in: pidFile)), "the background sleep outlived its trial")
    }

    @Test func aCommandIgnoresNoSignalItsParentIgnores() throws {
        // A parent that ignores SIGINT (as `tuner` does to handle Ctrl-C itself) must not pass that on.
        let previous = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, previous) }
        let s = try Study(space: try SearchSpace([.float("x", 0, 1)]), seed: 1)
        // SigIgn is the mask of ignored signals: bit 0 SIGHUP, 1 SIGINT, 12 SIGPIPE, 14 SIGTERM.
        let ignored = "ignored=$(sed -n 's/^SigIgn:[[:space:]]*//p' /proc/self/status)"
        try s.optimize(CommandObjective("\(ignored); [ $(( 0x$ignored & 0x5003 )) -eq 0 ] && echo 1"), trials: 1)
        #expect(try s.trials[0].value == 1)
    }
}
