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
}
