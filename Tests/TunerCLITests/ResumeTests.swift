import Foundation
import TestSupport
import Testing

/// A study in SQLite resumes: `--trials` is the study's total, not the number to add.
@Suite struct ResumeTests {
    @Test func rerunWithALargerBudgetCompletesTheTotal() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let base = ["random", "--objective", "branin", "--storage", dir.sqlite, "--study", "resume", "--json"]
        let first = try Tuner.run(base + ["--trials", "3"], in: dir.url)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.jsonObjects.last?["trials"] as? Int == 3)
        let second = try Tuner.run(base + ["--trials", "5"], in: dir.url)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            second.jsonObjects.filter { $0["summary"] == nil }.count == 2, "the rerun adds only the 2 missing trials")
        #expect(second.jsonObjects.last?["trials"] as? Int == 5)

        let show = try Tuner.run(["show", "--study", "resume", "--storage", dir.sqlite, "--json"], in: dir.url)
        let shown = try #require(try parseJSON(show.stdout) as? [String: Any])
        let trials = try #require(shown["trials"] as? [[String: Any]])
        #expect(trials.count == 5)
        #expect(trials.map { $0["number"] as? Int } == [0, 1, 2, 3, 4])
        #expect(trials.allSatisfy { $0["state"] as? String == "complete" })
    }
}
