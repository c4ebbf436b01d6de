import Foundation
import TestSupport
import Testing

/// `tuner report` and `tuner bench bo`, run as the built binary.
@Suite struct ReportCommandTests {
    @Test func reportWritesOneSelfContainedPageWithAllCharts() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-report-tests-report")
        defer { dir.remove() }
        let storage = "sqlite://" + dir.path("study.db")
        let study = try Tuner.run(
            [
                "random", "--objective", "hartmann6", "--trials", "12", "--study", "tiny",
                "--storage", storage, "--quiet",
            ], in: dir.url)
        #expect(study.status == 0, "stderr: \(study.stderr)")
        let r = try Tuner.run(["report", "--study", "tiny", "--storage", storage, "--out", "report.html"], in: dir.url)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("report.html") && r.stdout.contains("12 trials"))
        let html = try String(contentsOfFile: dir.path("report.html"), encoding: .utf8)
        // History, parallel coordinates, importance, and one slice per parameter (6).
        #expect(html.components(separatedBy: "<svg").count - 1 == 3 + 6)
        for title in ["Summary", "Optimization history", "Parallel coordinates", "Parameter importance", "Slice plots"]
        {
            #expect(html.contains("<h2>\(title)</h2>"), "missing section \(title)")
        }
        #expect(!html.contains("<script") && !html.contains("http://www.w3.org/1999") && !html.contains("https://"))
        #expect(html.contains("<polyline"))  // best-so-far line and parallel-coordinate lines
    }

    @Test func reportOnAMissingStudyFailsWithStatus1() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-report-tests-report-missing")
        defer { dir.remove() }
        let r = try Tuner.run(
            ["report", "--study", "absent", "--storage", "sqlite://" + dir.path("s.db"), "--out", "r.html"], in: dir.url
        )
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains("absent"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("r.html")))
    }

    @Test func benchBOPrintsOneJSONLinePerHistorySize() throws {
        let dir = try TemporaryDirectory(prefix: "tuner-report-tests-bench-bo")
        defer { dir.remove() }
        let r = try Tuner.run(["bench", "bo", "--observations", "20", "--repetitions", "1", "--json"], in: dir.url)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.lines.count == 1)
        let line = try #require(r.lines.first)
        #expect(line.hasPrefix("{\"op\":\"bo-propose\",\"observations\":20,\"d\":6,\"seconds_per_proposal\":"))
        let object = try parseJSONObject(line)
        #expect((object["seconds_per_proposal"] as? Double ?? 0) > 0)

        let bad = try Tuner.run(["bench", "bo", "--observations", "20,x"], in: dir.url)
        #expect(bad.status == 2 && bad.stderr.contains("--observations"))
    }
}
