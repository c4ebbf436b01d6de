import Foundation
import Testing

@testable import NeuralNetwork

@Suite("Learning-rate schedules")
struct ScheduleTests {
    func rates(_ schedule: LearningRateSchedule, epochs: Int = 6, base: Double = 0.1) -> [Double] {
        let scheduler = LearningRateScheduler(schedule: schedule, baseRate: base)
        return (1...epochs).map { scheduler.rate(epoch: $0) }
    }

    func expectClose(_ a: [Double], _ b: [Double]) {
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) { #expect(abs(x - y) < 1e-12, "\(a) vs \(b)") }
    }

    @Test func constantStepAndExponential() {
        expectClose(rates(.constant), Array(repeating: 0.1, count: 6))
        expectClose(rates(.step(every: 2, factor: 0.5)), [0.1, 0.1, 0.05, 0.05, 0.025, 0.025])
        expectClose(rates(.exponential(decay: 0.9), epochs: 3), [0.1, 0.09, 0.081])
    }

    @Test func cosineGoesFromBaseToMinimumOverItsEpochs() {
        // η_min + ½(η − η_min)(1 + cos(π(e−1)/4)), η = 0.1, η_min = 0.01, e = 1…5, then flat.
        let expected = (0...5).map { 0.01 + 0.045 * (1 + cos(Double.pi * Double(min($0, 4)) / 4)) }
        expectClose(rates(.cosine(epochs: 4, minimum: 0.01)), expected)
    }

    @Test func warmupRampsLinearlyThenHandsOver() {
        expectClose(
            rates(.warmup(epochs: 2, then: .step(every: 2, factor: 0.5))),
            [0.05, 0.1, 0.1, 0.1, 0.05, 0.05])
    }

    @Test func reduceOnPlateauCutsAfterPatienceEpochsWithoutImprovement() {
        var scheduler = LearningRateScheduler(
            schedule: .reduceOnPlateau(factor: 0.5, patience: 1, minDelta: 0.01, minimum: 0.02), baseRate: 0.1)
        var seen: [Double] = []
        for loss in [1.0, 0.5, 0.495, 0.6, 0.4, 0.45, 0.41, 0.42, 0.43, 0.44] {
            seen.append(scheduler.rate(epoch: seen.count + 1))
            scheduler.observe(loss: loss)
        }
        // Improvements at losses 1, 0.5, 0.4; 0.495 (< minDelta better) and 0.6 are 2 bad epochs > patience 1 → ×0.5
        // after the 4th; 0.45, 0.41 → ×0.5 after the 7th; 0.42, 0.43 → ×0.5 but floored at 0.02.
        expectClose(seen, [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.02])
    }

    @Test func scheduleNamesParseWithRunLengthDefaults() throws {
        #expect(try LearningRateSchedule(name: "cosine", epochs: 40) == .cosine(epochs: 40))
        #expect(
            try LearningRateSchedule(name: "warmup-cosine", epochs: 40) == .warmup(epochs: 4, then: .cosine(epochs: 36))
        )
        #expect(try LearningRateSchedule(name: "step", epochs: 2) == .step(every: 1, factor: 0.5))
        #expect(throws: ConfigurationError.self) { try LearningRateSchedule(name: "cyclic", epochs: 10) }
    }

    @Test func badScheduleSettingsNameTheirField() {
        do {
            try LearningRateSchedule.warmup(epochs: 2, then: .step(every: 0, factor: 0.5)).validate()
            Issue.record("step every 0 was accepted")
        } catch {
            #expect(error.parameter == "schedule.every")
        }
    }
}
