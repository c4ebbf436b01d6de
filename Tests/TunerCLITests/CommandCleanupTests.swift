import Foundation
import TestSupport
import Testing

/// No process a command starts outlives `tuner`, however `tuner` ends.
@Suite struct CommandCleanupTests {
    /// Whether process `pid` is gone: no longer in /proc, or a zombie nobody has reaped yet.
    static func isGone(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        guard let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state == "Z" || state == "X"
    }

    /// Polls `condition` at most 400 times 50 ms apart (a bound on waiting, not a measurement).
    static func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<400 where !condition() { Thread.sleep(forTimeInterval: 0.05) }
        return condition()
    }

    /// Starts a study whose command starts `sleep 1000` in the background and waits for it; returns `tuner`
    /// and the sleep's pid once it runs.
    func startSleepingStudy(in dir: TemporaryDirectory) throws -> (ChildProcess, Int32) {
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let pidFile = dir.path("sleep.pid")
        let child = try Tuner.start(
            [
                "random", "--space", space, "--trials", "1", "--storage", "memory", "--",
                "sh", "-c", "sleep 1000 & echo $! > sleep.pid; wait; echo {x}",
            ], in: dir.url)
        #expect(Self.eventually { ((try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? "").hasSuffix("\n") })
        let text = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        return (child, try #require(Int32(text)))
    }

    /// SIGKILL: nothing in `tuner` runs, the guard in the command's process group does the work.
    @Test(arguments: [SIGKILL])
    func theCommandDiesWithTuner(signal: Int32) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (child, sleeper) = try startSleepingStudy(in: dir)
        #expect(!Self.isGone(sleeper))
        kill(child.process.processIdentifier, signal)
        _ = child.finish()
        #expect(Self.eventually { Self.isGone(sleeper) }, "the command's sleep outlived tuner (signal \(signal))")
        if !Self.isGone(sleeper) { kill(sleeper, SIGKILL) }
    }
}
