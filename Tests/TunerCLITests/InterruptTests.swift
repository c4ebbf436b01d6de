import Foundation
import TestSupport
import Testing

/// SIGINT during a run ends the study cleanly: status 130, summary printed, the running trial stored as failed
/// ("interrupted"), completed trials kept.
@Suite struct InterruptTests {
    @Test func sigintAfterTheFirstTrial() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let script = try dir.write("slow.sh", "sleep 2\necho \"$1\"\n")
        let child = try Tuner.start(
            [
                "random", "--space", space, "--trials", "5", "--storage", dir.sqlite,
                "--study", "sig", "--json", "--", "/bin/sh", script, "{x}",
            ], in: dir.url)
        // Wait for the first finished trial's JSON line (polling for at most a minute), then interrupt.
        #expect(child.waitForStdout { $0.contains("\"trial\":0") }, "no trial finished")
        Thread.sleep(forTimeInterval: 0.3)  // the second trial's command is running now
        child.interrupt()
        let run = child.finish()
        let (stdout, stderr) = (run.stdout, run.stderr)
        #expect(!run.terminatedBySignal)
        #expect(run.status == 130, "status \(run.status), stderr: \(stderr)")

        let lines = stdout.split(separator: "\n")
        let last = String(lines.last ?? "")
        let summary = try #require(try parseJSON(last) as? [String: Any])
        #expect(summary["summary"] as? Bool == true)
        #expect(summary["interrupted"] as? Bool == true)

        let show = try Tuner.run(["show", "--study", "sig", "--storage", dir.sqlite, "--json"], in: dir.url)
        #expect(show.status == 0, "\(show.stderr)")
        let trials = try #require((try parseJSON(show.stdout) as? [String: Any])?["trials"] as? [[String: Any]])
        let complete = trials.filter { $0["state"] as? String == "complete" }
        let failed = trials.filter { $0["state"] as? String == "failed" }
        #expect(complete.count >= 1)
        #expect(trials.count < 5)
        #expect(failed.count == 1)
        let reason = failed.first?["failure_reason"] as? String ?? ""
        #expect(reason.contains("interrupted"), "reason: \(reason)")
        #expect(trials.allSatisfy { $0["state"] as? String != "running" })
        #expect(summary["trials"] as? Int == trials.count)
    }

    /// Whether process `pid` is gone (or a zombie nobody has reaped yet).
    static func isGone(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
            return kill(pid, 0) != 0
        }
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    /// A hang-up, or a second interrupt while the first is still stopping a command that ignores SIGTERM: the
    /// study still ends cleanly, with the running trial failed ("interrupted"), no trial left running, and the
    /// command killed.
    @Test(arguments: ["hangup", "second interrupt"])
    func hangupOrSecondInterruptLeavesNothingRunning(_ how: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let pidFile = dir.path("command.pid")
        let script = try dir.write(
            "stubborn.sh", "trap '' TERM INT HUP\necho $$ > '\(pidFile)'\nexec sleep 60\n")
        let child = try Tuner.start(
            [
                "random", "--space", space, "--trials", "3", "--storage", dir.sqlite,
                "--study", "hup", "--json", "--", "/bin/sh", script, "{x}",
            ], in: dir.url)
        var commandPID: Int32?
        for _ in 0..<1200 where commandPID == nil {
            Thread.sleep(forTimeInterval: 0.05)
            commandPID = (try? String(contentsOfFile: pidFile, encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        let command = try #require(commandPID, "the command started")
        let tuner = child.process.processIdentifier
        if how == "hangup" {
            kill(tuner, SIGHUP)
        } else {
            child.interrupt()
            Thread.sleep(forTimeInterval: 0.3)
            child.interrupt()
        }
        let run = child.finish()
        #expect(!run.terminatedBySignal, "\(run.stderr)")
        #expect(run.status == (how == "hangup" ? 129 : 130), "status \(run.status), stderr: \(run.stderr)")

        let show = try Tuner.run(["show", "--study", "hup", "--storage", dir.sqlite, "--json"], in: dir.url)
        #expect(show.status == 0, "\(show.stderr)")
        let trials = try #require((try parseJSON(show.stdout) as? [String: Any])?["trials"] as? [[String: Any]])
        #expect(trials.count == 1)
        #expect(trials.allSatisfy { $0["state"] as? String == "failed" })
        #expect((trials.first?["failure_reason"] as? String ?? "").contains("interrupted"))
        var gone = false
        for _ in 0..<200 where !gone {
            gone = Self.isGone(command)
            if !gone { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(gone, "the command \(command) was killed")
        if !gone { kill(command, SIGKILL) }
    }
}
