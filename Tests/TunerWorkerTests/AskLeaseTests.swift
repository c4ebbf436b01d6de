import Foundation
import TestSupport
import Testing
import Tuning
import TuningSQLite

/// Trials handed out by `tuner ask` hold a lease (`--lease`, default one day): a stale-trial sweep by another
/// process leaves them running until it passes, `tell` records their result meanwhile and refuses it after,
/// with one line naming the lease.
@Suite(.serialized) struct AskLeaseTests {
    static func ask(_ arguments: [String], _ dir: TemporaryDirectory) throws -> Int {
        let run = try Tuner.run(["ask", "--study", "loop", "--storage", dir.sqlite] + arguments, in: dir.url)
        #expect(run.status == 0, "ask: \(run.stderr)")
        let object = try #require(try parseJSON(run.stdout) as? [String: Any])
        return try #require(object["trial"] as? Int)
    }

    static func tell(_ number: Int, _ dir: TemporaryDirectory) throws -> ProcessResult {
        try Tuner.run(
            ["tell", "--study", "loop", "--storage", dir.sqlite, "--trial", "\(number)", "--value", "0.5"], in: dir.url)
    }

    @Test func anAskedTrialSurvivesASweepAMinuteLaterAndItsResultIsRecorded() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let number = try Self.ask(["--space", space, "--sampler", "random"], dir)
        let storage = try SQLiteStorage(path: dir.path("studies.db"))
        let asked = try #require(try storage.trials(in: "loop").first { $0.number == number })
        #expect(asked.userAttributes[TrialLease.secondsKey] == "86400", "the default lease is one day")
        // Another process opening the study two minutes later sweeps with a grace period of 60 s.
        let later = Date().addingTimeInterval(120)
        let sweep = try storage.failStaleTrials(
            in: "loop", gracePeriod: 60, now: later, retries: StaleTrialRetryPolicy(enqueue: true))
        #expect(sweep == StaleTrialSweep(), "the leased trial is not stale")

        let show = try Tuner.run(["show", "--study", "loop", "--storage", dir.sqlite], in: dir.url)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("lease"), "show names the lease: \(show.stdout)")
        let told = try Self.tell(number, dir)
        #expect(told.status == 0, "\(told.stderr)")
        #expect(try storage.trials(in: "loop").first { $0.number == number }?.state == .complete)
    }

    @Test func aResultAfterTheLeaseIsRefusedWithOneLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let number = try Self.ask(["--space", space, "--lease", "0.3"], dir)
        Thread.sleep(forTimeInterval: 0.5)
        let told = try Self.tell(number, dir)
        #expect(told.status == 1)
        #expect(told.stderr.split(separator: "\n").count == 1, "\(told.stderr)")
        #expect(told.stderr.contains("lease of 0.3 s expired") && told.stderr.contains("--lease"), "\(told.stderr)")
        let trial = try SQLiteStorage(path: dir.path("studies.db")).trials(in: "loop").first { $0.number == number }
        #expect(trial?.state == .running, "nothing recorded; a sweep fails it as stale")
    }

    @Test(arguments: ["0", "-5", "abc", "inf", "nan", "40000000"])
    func invalidLeasesAreUsageErrors(_ lease: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let space = try dir.write("space.yaml", "x: {type: float, low: 0, high: 1}\n")
        let run = try Tuner.run(
            ["ask", "--study", "loop", "--storage", dir.sqlite, "--space", space, "--lease=\(lease)"], in: dir.url)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("--lease"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("studies.db")), "nothing created")
    }
}
