import Charts
import Testing

@testable import NetworkTraining
@testable import NeuralNetwork

/// What `tuner lr-find` prints and draws of a learning-rate curve.
@Suite struct LearningRateCurveReportTests {
    /// Five points whose loss falls, then explodes at the last one.
    static func curve(stop: LearningRateCurve.Stop = .diverged(step: 4)) -> LearningRateCurve {
        var curve = LearningRateCurve(
            rates: [1e-4, 1e-3, 1e-2, 1e-1, 1], losses: [2.0, 1.5, 0.9, 1.2, 9.0],
            smoothedLosses: [2.0, 1.8, 1.4, 1.3, 5.0], stop: stop)
        curve.suggestion = LearningRateSuggestion(
            rates: curve.rates, smoothedLosses: curve.smoothedLosses, skipStart: 0, skipEnd: 0)
        return curve
    }

    @Test func stopIsDescribedInWordsAndForJSON() {
        #expect(Self.curve(stop: .completed).stopDescription == "completed 5 steps")
        #expect(Self.curve().stopDescription == "stopped at step 5: smoothed loss above 4× its best")
        #expect(Self.curve(stop: .nonFinite(step: 2)).stopDescription == "stopped at step 3: NaN or infinite loss")
        #expect(
            [Self.curve(stop: .completed), Self.curve(), Self.curve(stop: .nonFinite(step: 2))].map(\.stopName)
                == ["completed", "diverged", "non_finite"])
    }

    @Test func textListsEveryKthPointThenStopAndSuggestions() {
        let lines = Self.curve().textLines(every: 2)
        #expect(lines[0] == "learning rate   smoothed loss")
        #expect(lines[1] == "    1.000e-04         2.00000")
        #expect(lines[2] == "    1.000e-02         1.40000")
        #expect(lines[3] == "    1.000e+00         5.00000")
        #expect(lines[4] == "stopped at step 5: smoothed loss above 4× its best")
        #expect(lines[5].hasPrefix("suggested learning rate (steepest descent): "))
        #expect(lines[6] == "suggested learning rate (minimum / 10):     0.01")
        #expect(Self.curve().textLines().count == 5 + 4)  // fewer than 25 points: every point
    }

    @Test func tooFewPointsHaveNoSuggestion() {
        let short = LearningRateCurve(rates: [1e-3, 1e-2], losses: [1, 1], smoothedLosses: [1, 1], stop: .completed)
        #expect(
            short.textLines().suffix(2) == [
                "suggested learning rate (steepest descent): none (too few points)",
                "suggested learning rate (minimum / 10):     none (too few points)",
            ])
    }

    @Test func thePlotLeavesOutLossesAboveTwiceTheStartAndMarksTheSuggestions() {
        let curve = Self.curve()
        #expect(curve.plotCap == 4)
        let chart = curve.plot(dataset: "iris")
        #expect(chart.title == "Learning-rate range test: iris (losses above 4 not drawn)")
        #expect(chart.xScale == .logarithmic)
        #expect(chart.series.map(\.name) == ["batch loss", "smoothed loss"])
        #expect(chart.series[0].y == [2.0, 1.5, 0.9, 1.2])
        #expect(chart.series[1].x == [1e-4, 1e-3, 1e-2, 1e-1])
        #expect(chart.markers.map(\.label).contains("min/10 0.01"))
        #expect(chart.markers.count == 2)
    }
}
