import Foundation
import TestSupport
import Testing
import Tuning
import TuningSQLite

/// A worker killed with SIGKILL in the middle of a trial: the live workers wait out the grace period, run the
/// retry of its trial, and the study ends with exactly its budget of complete trials and none running. And a
/// rerun with another `--trials` moves the budget every worker runs to.
@Suite(.serialized) struct LostWorkerTests {
    func trials(_ path: String, _ study: String) throws -> [Trial] { try SQLiteStorage(path: path).trials(in: study) }

    /// Whether process `pid` has a child process now (a trial's command): read from `/proc/*/stat`, whose
    /// fourth field, after the parenthesized command name, is the parent's id.
    static func hasChild(_ pid: Int32) -> Bool {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.contains { entry in
            guard Int32(entry) != nil,
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == pid
        }
    }

    @Test func aWorkerKilledMidTrialStillLeavesTheBudgetComplete() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let db = scratch.path("lost.db")
        let storage = "sqlite://" + db
        let budget = 10
        // Heartbeat 0.2 s, grace 3 s, retries on: the remaining trials end well within the grace period, so the
        // live workers reach the budget while the victim's trial is still running (not yet stale).
        let creator = try Tuner.start([
            "random", "--study", "lost", "--storage", storage, "--trials", "\(budget)", "--quiet",
            "--heartbeat", "0.2", "--grace", "3", "--retry-stale",
            "--space", try scratch.write("space.yaml", "x: {type: float, low: 0, high: 1}\n"),
            "--", "sh", "-c", "sleep 0.3; echo {x}",
        ])
        var waited = 0.0
        while (try? SQLiteStorage(path: db).study(named: "lost")) == nil && waited < 30 {
            Thread.sleep(forTimeInterval: 0.05)
            waited += 0.05
        }
        let victim = try Tuner.start(["worker", "--study", "lost", "--storage", storage, "--quiet"])
        let survivor = try Tuner.start(["worker", "--study", "lost", "--storage", storage, "--quiet"])
        // Kill the victim in a trial (its command is its child) once the study is close to its budget.
        let pid = victim.process.processIdentifier
        var killed = false
        for _ in 0..<600 where !killed {
            let created = (try? trials(db, "lost").count) ?? 0
            if created >= budget - 3, Self.hasChild(pid) {
                kill(pid, SIGKILL)
                killed = true
            } else {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
        _ = victim.finish()
        let results = [creator.finish(), survivor.finish()]
        for r in results { #expect(r.status == 0, "\(r.stderr)") }
        let all = try trials(db, "lost")
        #expect(killed, "the victim was killed in a trial")
        #expect(all.filter { $0.state == .failed && ($0.failureReason ?? "").contains("stale") }.count == 1)
        #expect(all.contains { $0.userAttributes[StaleTrials.retryOfKey] != nil && $0.state == .complete })
        #expect(all.filter { $0.state == .complete }.count == budget, "\(all.map(\.state))")
        #expect(all.filter { $0.state == .running }.isEmpty, "no trial left running")
    }

    @Test func aRerunWithAnotherTrialsCountMovesTheWorkersBudget() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let db = scratch.path("budget.db")
        let common = ["--objective", "branin", "--study", "b", "--storage", "sqlite://" + db, "--quiet"]
        #expect(try Tuner.run(["random"] + common + ["--trials", "2"]).status == 0)
        // A rerun that raises the budget but stops at once (its timeout passes before a trial starts).
        let rerun = try Tuner.run(["random"] + common + ["--trials", "5", "--timeout", "0.000001"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try trials(db, "b").count == 2)
        let worker = try Tuner.run(["worker", "--study", "b", "--storage", "sqlite://" + db, "--quiet"])
        #expect(worker.status == 0, "\(worker.stderr)")
        #expect(try trials(db, "b").count == 5, "the worker runs to the budget of the latest --trials")
        // A rerun without --trials keeps the stored budget.
        #expect(try Tuner.run(["random"] + common).status == 0)
        #expect(try trials(db, "b").count == 5)
    }
}
