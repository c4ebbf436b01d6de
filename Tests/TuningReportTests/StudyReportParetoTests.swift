import Foundation
import Testing
import Tuning

@testable import TuningReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The report of a study with several objectives: scatter plots with the front, the hypervolume, the front table.
@Suite struct StudyReportParetoTests {
    static func report(_ objectives: StudyObjectives = ParetoFixture.objectives) throws -> StudyReport {
        StudyReport(spec: try ParetoFixture.spec(objectives: objectives), trials: ParetoFixture.trials)
    }

    @Test func twoObjectivesGiveOneScatterWithFrontInfeasibleTrialsAndBoundary() throws {
        let charts = try Self.report().paretoCharts()
        #expect(charts.count == 1)
        let chart = charts[0]
        #expect(chart.xLabel == "accuracy" && chart.yLabel == "latency_ms")
        let byName = Dictionary(uniqueKeysWithValues: chart.series.map { ($0.name, $0) })
        #expect(byName["Pareto front"]?.x == [0.8, 0.9, 0.7, 0.8])
        #expect(byName["feasible"]?.x == [0.85])
        #expect(byName["infeasible"]?.x == [0.95] && byName["infeasible"]?.pointShape == .cross)
        // The boundary, sorted by the first loss (accuracy descending): (0.9, 15) → (0.8, 15) → (0.8, 10) → …
        let boundary = try #require(byName["front boundary"])
        #expect(
            Array(zip(boundary.x, boundary.y).prefix(3)).map { [$0.0, $0.1] } == [[0.9, 15], [0.8, 15], [0.8, 10]])
        let svg = chart.svg()
        #expect(svg.contains("<path d=\"M") && svg.contains("trial 3: accuracy=0.95, latency_ms=25"))
        _ = try XMLDocument(xmlString: svg)
    }

    @Test func threeObjectivesGiveThePairwiseScatters() throws {
        let three = try StudyObjectives(objectives: [
            ObjectiveMetric(name: "accuracy", direction: .maximize),
            ObjectiveMetric(name: "latency_ms", direction: .minimize),
            ObjectiveMetric(name: "size", direction: .minimize),
        ])
        let trials = ParetoFixture.trials.map { t in
            t.with(metrics: t.metrics.isEmpty ? [:] : t.metrics.merging(["size": Double(t.number)]) { a, _ in a })
        }
        let report = StudyReport(spec: try ParetoFixture.spec(objectives: three), trials: trials)
        let charts = report.paretoCharts()
        #expect(
            charts.map { "\($0.xLabel)/\($0.yLabel)" } == ["accuracy/latency_ms", "accuracy/size", "latency_ms/size"])
        #expect(
            charts.allSatisfy { c in !c.series.contains { $0.name == "front boundary" || $0.name == "infeasible" } })
        #expect(report.pareto.front.map(\.number) == [0, 1, 3, 4])
    }

    @Test func hypervolumeChartFollowsTheHistory() throws {
        let chart = try Self.report().hypervolumeChart()
        #expect(chart.title.contains("reference: accuracy 0.7, latency_ms 18"))
        #expect(chart.series[0].x == [0, 1, 2, 4, 6])
    }

    @Test func pageHasTheParetoSectionsAndTheFrontTable() throws {
        let report = try Self.report()
        let html = report.html()
        for title in StudyReport.sectionTitles + StudyReport.paretoSectionTitles {
            #expect(html.contains("<h2>\(title)</h2>"), "\(title)")
        }
        #expect(html.contains("Objectives: maximize accuracy, minimize latency_ms; constraints: latency_ms &lt;= 20"))
        #expect(html.contains("<th>Trial</th><th>accuracy</th><th>latency_ms</th><th>lr</th><th>units</th>"))
        #expect(html.contains("Feasible: 5 of 6 complete trials"))
        #expect(!html.contains("Best trial #") && !html.contains("<script"))
        #expect(report.resultLine.hasPrefix("Pareto front: 4 trials (hypervolume 1.1"))
        // A classic study's page has none of it.
        let classic = StudyReport(spec: try StudyFixture.spec(), trials: StudyFixture.trials).html()
        for title in StudyReport.paretoSectionTitles { #expect(!classic.contains("<h2>\(title)</h2>")) }
        #expect(classic.contains("Direction: minimize value"))
    }
}
