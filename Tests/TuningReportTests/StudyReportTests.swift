import Foundation
import Testing
import Tuning

@testable import TuningReport

/// The report's summary values and page structure on a hand-made study.
@Suite struct StudyReportTests {
    static func study(direction: Direction) throws -> StudyReport {
        let space = try SearchSpace([.float("lr", 1e-4, 1e-1, log: true), .categorical("act", ["relu", "tanh"])])
        let spec = StudySpec(name: "demo <&>", direction: direction, space: space, seed: 3)
        let trials = [
            Trial(number: 0, state: .complete, params: ["lr": 1e-3, "act": "relu"], value: 0.5),
            Trial(number: 1, state: .complete, params: ["lr": 1e-2, "act": "tanh"], value: 0.8),
            Trial(
                number: 2, state: .pruned, params: ["lr": 1e-1, "act": "tanh"], value: 0.1, intermediateValues: [1: 0.1]
            ),
            Trial(number: 3, state: .failed, params: ["lr": 1e-4, "act": "relu"], failureReason: "diverged"),
            Trial(number: 4, state: .complete, params: ["lr": 3e-3, "act": "relu"], value: 0.6),
        ]
        return StudyReport(spec: spec, trials: trials.reversed())
    }

    @Test func summaryFollowsTheDirection() throws {
        let maximize = try Self.study(direction: .maximize)
        #expect(maximize.trials.map(\.number) == [0, 1, 2, 3, 4])
        #expect(maximize.bestTrial?.number == 1)
        #expect(maximize.bestSoFar.map(\.value) == [0.5, 0.8, 0.8])
        #expect(maximize.topTrials(2).map(\.number) == [1, 4])
        #expect(
            maximize.stateCounts.map(\.count)
                == maximize.stateCounts.map { s in maximize.trials.filter { $0.state == s.state }.count })
        let minimize = try Self.study(direction: .minimize)
        #expect(minimize.bestTrial?.number == 0)  // the pruned trial's 0.1 is not a result
        #expect(minimize.bestSoFar.map(\.value) == [0.5, 0.5, 0.5])
    }

    @Test func pageHasEverySectionEscapesNamesAndNeedsNoScripts() throws {
        let html = try Self.study(direction: .maximize).html()
        for title in StudyReport.sectionTitles { #expect(html.contains("<h2>\(title)</h2>")) }
        #expect(html.contains("demo &lt;&amp;&gt;") && !html.contains("demo <&>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3 + 2)
        #expect(!html.contains("<script"))
        #expect(html.contains("pruned (last reported)") && html.contains("failed (at worst value)"))
        #expect(html.contains(">1e-3<") || html.contains(">1e-2<"))  // the log axis of lr
    }

    /// The best trial's user attributes (a command's `attrs`) are in the summary, escaped; bookkeeping ones are not.
    @Test func theBestTrialsAttributesAreInTheSummary() throws {
        let report = try Self.study(direction: .maximize)
        var trials = report.trials
        trials[1].userAttributes = [
            "model": "out/<best>.bin", "best_epoch": "7", "lease_until": "123", "gp_jitter": "1",
        ]
        let html = StudyReport(spec: report.spec, trials: trials).html()
        #expect(html.contains("<tr><td><i>model</i></td><td class=\"num\">out/&lt;best&gt;.bin</td></tr>"))
        #expect(html.contains("<i>best_epoch</i>") && !html.contains("lease_until") && !html.contains("gp_jitter"))
    }

    @Test func anEmptyStudyStillRendersEverySection() throws {
        let spec = StudySpec(name: "empty", direction: .minimize, space: try SearchSpace([.float("x", 0, 1)]), seed: 0)
        let html = StudyReport(spec: spec, trials: []).html()
        #expect(html.components(separatedBy: "No complete trials yet").count - 1 == 5)
        #expect(!html.contains("<svg"))
    }
}

/// The report shows the recommended trial next to the best observed one when noise makes them differ.
@Suite struct StudyReportRecommendationTests {
    @Test func aLuckyBestObservationIsFollowedByTheRecommendedTrial() throws {
        let space = try SearchSpace([.float("x", 0, 1)])
        let spec = StudySpec(name: "noisy", direction: .minimize, space: space, seed: 0)
        // (x − 0.5)² with a deterministic ±0.02 wiggle, and x = 0.05 observed at −0.1 by luck.
        var trials = (0..<40).map { i -> Trial in
            let x = Double(i) / 39
            let wiggle = 0.02 * (i % 2 == 0 ? 1.0 : -1.0) * Double((i * 7) % 5) / 4
            return Trial(number: i, state: .complete, params: ["x": .float(x)], value: (x - 0.5) * (x - 0.5) + wiggle)
        }
        trials.append(Trial(number: 40, state: .complete, params: ["x": .float(0.05)], value: -0.1))
        let report = StudyReport(spec: spec, trials: trials)
        let recommended = try #require(report.recommendation)
        #expect(report.bestTrial?.number == 40 && recommended.trial.number != 40)
        let html = report.html()
        #expect(html.contains("Best trial #40"))
        #expect(html.contains("Recommended trial #\(recommended.trial.number)"), "the recommended trial's table")
    }
}
