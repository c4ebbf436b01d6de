import Foundation
import LinearAlgebra
import Testing

@testable import NeuralNetwork

@Suite("LearningRateFinder: schedule, smoothing, divergence stop, suggestions, restored weights")
struct LearningRateFinderTests {
    let spec = NetworkSpec(inputSize: 2, hiddenLayers: [16], outputSize: 3, task: .classification)

    @Test func scheduleIsGeometricFromStartToEnd() {
        let rates = LearningRateFinder.rates(start: 1e-7, end: 10, count: 9)
        #expect(rates.first == 1e-7 && rates.last == 10)
        for i in 1..<rates.count {
            #expect(abs(rates[i] / rates[i - 1] - 10) < 1e-9, "ratio at \(i): \(rates[i] / rates[i - 1])")
        }
    }

    @Test func runRecordsTheScheduledRatesWhenNothingDiverges() throws {
        let (x, y) = blobs(20, seed: 1)
        let network = try Network<Float>(spec: spec, seed: 2)
        let finder = LearningRateFinder(start: 1e-6, end: 1e-3, steps: 25, divergenceFactor: 1e9)
        let curve = try finder.run(
            network, config: TrainingConfig(batchSize: 8, seed: 3), inputs: x, targets: .classes(y))
        #expect(curve.stop == .completed)
        #expect(curve.rates.count == 25)  // 25 steps span more than one epoch of 60 rows / 8
        let expected = LearningRateFinder.rates(start: 1e-6, end: 1e-3, count: 25)
        #expect(zip(curve.rates, expected).allSatisfy { abs($0 / $1 - 1) < 1e-12 })
    }

    @Test func smoothedLossIsTheBiasCorrectedMovingAverage() {
        var constant = SmoothedLoss(beta: 0.98)
        for _ in 0..<5 { #expect(abs(constant.add(2.5) - 2.5) < 1e-12) }  // bias correction: no warm-up from 0
        var s = SmoothedLoss(beta: 0.5)
        _ = s.add(4)
        // a = 0.5·(0.5·4) + 0.5·2 = 2, corrected by 1 − 0.25: 8/3
        #expect(abs(s.add(2) - 8.0 / 3) < 1e-12)
    }

    @Test func stopsOnceTheLossDiverges() throws {
        let (x, y) = blobs(20, seed: 4)
        let network = try Network<Float>(spec: spec, seed: 5)
        let finder = LearningRateFinder(start: 1e-4, end: 1e8, steps: 80)
        let config = TrainingConfig(optimizer: .sgd(), batchSize: 8, seed: 6)
        let curve = try finder.run(network, config: config, inputs: x, targets: .classes(y))
        #expect(curve.rates.count < 80)
        switch curve.stop {
        case .diverged(let step):
            #expect(step == curve.rates.count - 1)
            let best = curve.smoothedLosses.dropLast().min()!
            #expect(curve.smoothedLosses.last! > 4 * best)
            #expect(curve.smoothedLosses.dropLast().allSatisfy { $0 <= 4 * best })
        case .nonFinite(let step):
            #expect(step == curve.rates.count)
        case .completed:
            Issue.record("a rate rising to 1e8 with plain SGD must diverge")
        }
    }

    @Test func suggestionsOnASyntheticCurveWithAKnownSteepestPoint() {
        // u = log₁₀ η on a 0.1 grid from −7 to 1: L(u) = 1 − tanh(2(u + 3.5)) + 4·max(0, u + 1)².
        // The tanh term falls fastest at u = −3.5 (its central differences are symmetric there); the
        // quadratic is 0 below u = −1, so the minimum is at u = −1 (within 1e-4) and minimum/10 is 10⁻².
        let u = (0...80).map { -7 + Double($0) / 10 }
        let rates = u.map { pow(10, $0) }
        var losses = u.map { 1 - tanh(2 * ($0 + 3.5)) + 4 * pow(max(0, $0 + 1), 2) }
        for i in 0..<10 { losses[i] += Double(10 - i) * 5 }  // a steep warm-up artefact in the skipped points
        let suggestion = LearningRateSuggestion(rates: rates, smoothedLosses: losses, skipStart: 10, skipEnd: 5)
        #expect(suggestion.steepestIndex == 35)
        #expect(abs(log10(suggestion.steepest!) + 3.5) < 1e-9)
        #expect(suggestion.minimumIndex == 60)
        #expect(abs(log10(suggestion.minimumOverTen!) + 2) < 1e-9)
        let unskipped = LearningRateSuggestion(rates: rates, smoothedLosses: losses, skipStart: 0, skipEnd: 0)
        #expect(unskipped.steepestIndex! < 10)  // without the skip, the artefact wins
        #expect(
            LearningRateSuggestion(rates: [1, 2], smoothedLosses: [1, 0], skipStart: 0, skipEnd: 0).steepest == nil)
    }

    /// Curves shorter than skipStart + skipEnd + 3 points use the whole curve (a range with its bounds reversed
    /// once stopped the process for 3 to 14 points under the default skips of 10 and 5).
    @Test func shortCurvesUseTheWholeCurve() {
        // Hand-worked: log₁₀ η = 0, 1, 2; slopes (one-sided at the ends) −2, −1.25, −0.5; minimum at index 2.
        for (skipStart, skipEnd) in [(10, 5), (0, 1), (Int.max, Int.max), (1, 0)] {
            let three = LearningRateSuggestion(
                rates: [1, 10, 100], smoothedLosses: [3, 1, 0.5], skipStart: skipStart, skipEnd: skipEnd)
            #expect(three.steepestIndex == 0 && three.minimumIndex == 2 && three.minimumOverTen == 10)
        }
        for n in 3...20 {
            let rates = (0..<n).map { pow(10, Double($0) / 2) }
            let losses = (0..<n).map { 1 / Double($0 + 1) }
            let suggestion = LearningRateSuggestion(rates: rates, smoothedLosses: losses, skipStart: 10, skipEnd: 5)
            let window = n >= 18 ? 10..<(n - 5) : 0..<n
            #expect(suggestion.minimumIndex == window.upperBound - 1, "n = \(n)")
            #expect(suggestion.steepestIndex.map(window.contains) == true, "n = \(n)")
        }
    }

    @Test func stepsAreBounded() {
        for steps in [1, LearningRateFinder.maximumSteps + 1, Int.max] {
            #expect(throws: ConfigurationError.self) { try LearningRateFinder(steps: steps).validate() }
        }
        #expect(throws: Never.self) { try LearningRateFinder(steps: LearningRateFinder.maximumSteps).validate() }
    }

    @Test func networkIsUnchangedAfterTheTest() throws {
        let (x, y) = blobs(20, seed: 7)
        var richer = spec
        (richer.batchNorm, richer.dropout) = (true, 0.1)
        let network = try Network<Float>(spec: richer, seed: 8)
        let (parameters, state) = (network.parameterValues, network.stateValues)
        let curve = try LearningRateFinder(steps: 40).run(
            network, config: TrainingConfig(batchSize: 8, seed: 9),
            inputs: x, targets: .classes(y))
        #expect(curve.rates.count > 10)
        #expect(curve.smoothedLosses.min()! < curve.smoothedLosses[0])  // it did train
        #expect(network.parameterValues == parameters)
        #expect(network.stateValues == state)
        let again = try LearningRateFinder(steps: 40).run(
            network, config: TrainingConfig(batchSize: 8, seed: 9),
            inputs: x, targets: .classes(y))
        #expect(again.smoothedLosses == curve.smoothedLosses)  // same seed, same network: same curve
    }

    @Test func badSettingsNameTheParameter() throws {
        let (x, y) = blobs(5, seed: 1)
        let network = try Network<Float>(spec: spec, seed: 2)
        for (finder, name) in [
            (LearningRateFinder(start: 0), "start"), (LearningRateFinder(start: 1, end: 0.5), "end"),
            (LearningRateFinder(steps: 1), "steps"),
        ] {
            #expect(throws: ConfigurationError.self) {
                try finder.run(network, config: TrainingConfig(), inputs: x, targets: .classes(y))
            }
            do throws(ConfigurationError) {
                _ = try finder.run(network, config: TrainingConfig(), inputs: x, targets: .classes(y))
            } catch { #expect(error.parameter == name) }
        }
    }
}
