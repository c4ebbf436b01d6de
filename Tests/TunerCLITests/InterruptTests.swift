import Foundation
import Testing

/// SIGINT during a run ends the study cleanly: status 130, summary printed, the running trial stored as failed
/// ("interrupted"), completed trials kept.
@Suite struct InterruptTests {
    @Test func sigintAfterTheFirstTrial() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let script = try dir.write("slow.sh", "sleep 2\necho \"$1\"\n")
        let (process, out, err) = try Tuner.start(["random", "--space", space, "--trials", "5", "--storage", dir.sqlite,
                                                   "--study", "sig", "--json", "--", "/bin/sh", script, "{x}"], in: dir.url)
        // Wait (at most 60 s) for the first finished trial's JSON line, then interrupt.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            if text.contains("\"trial\":0") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.3)   // the second trial's command is running now
        process.interrupt()
        process.waitUntilExit()
        let stdout = try String(contentsOf: out, encoding: .utf8)
        let stderr = try String(contentsOf: err, encoding: .utf8)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130, "status \(process.terminationStatus), stderr: \(stderr)")

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
