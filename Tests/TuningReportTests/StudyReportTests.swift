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

    @Test func anEmptyStudyStillRendersEverySection() throws {
        let spec = StudySpec(name: "empty", direction: .minimize, space: try SearchSpace([.float("x", 0, 1)]), seed: 0)
        let html = StudyReport(spec: spec, trials: []).html()
        #expect(html.components(separatedBy: "No complete trials yet").count - 1 == 5)
        #expect(!html.contains("<svg"))
    }
}
