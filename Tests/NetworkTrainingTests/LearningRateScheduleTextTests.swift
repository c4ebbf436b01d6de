import NeuralNetwork
import Testing

@testable import NetworkTraining

/// The text form of learning-rate schedules (`tuner train --schedule`).
@Suite struct LearningRateScheduleTextTests {
    @Test func everyFormParses() throws {
        #expect(try LearningRateSchedule(parsing: "constant", epochs: 20) == .constant)
        #expect(try LearningRateSchedule(parsing: "step:5:0.5", epochs: 20) == .step(every: 5, factor: 0.5))
        #expect(try LearningRateSchedule(parsing: "Exponential:0.9", epochs: 20) == .exponential(decay: 0.9))
        #expect(try LearningRateSchedule(parsing: "cosine", epochs: 20) == .cosine(epochs: 20, minimum: 0))
        #expect(try LearningRateSchedule(parsing: "cosine:1e-5", epochs: 8) == .cosine(epochs: 8, minimum: 1e-5))
        #expect(try LearningRateSchedule(parsing: "plateau", epochs: 20) == .reduceOnPlateau())
        #expect(
            try LearningRateSchedule(parsing: "plateau:0.5:3", epochs: 20) == .reduceOnPlateau(factor: 0.5, patience: 3)
        )
    }

    @Test func aFieldThatIsNotANumberIsNamed() {
        #expect(throws: ScheduleTextError.notANumber(text: "step:x:0.5", field: "EVERY")) {
            try LearningRateSchedule(parsing: "step:x:0.5", epochs: 20)
        }
        #expect(throws: ScheduleTextError.notANumber(text: "cosine:inf", field: "MIN")) {
            try LearningRateSchedule(parsing: "cosine:inf", epochs: 20)
        }
        #expect(
            ScheduleTextError.notANumber(text: "exponential:a", field: "DECAY").description
                == "'exponential:a': DECAY must be a number (forms: constant, step:EVERY:FACTOR, exponential:DECAY, "
                + "cosine[:MIN], plateau[:FACTOR:PATIENCE])")
    }

    @Test func unknownFormsAndWrongFieldCountsAreRejected() {
        for text in ["", "linear", "constant:1", "step:5", "plateau:0.5", "cosine:1:2"] {
            #expect(throws: ScheduleTextError.unknownForm(text: text)) {
                try LearningRateSchedule(parsing: text, epochs: 20)
            }
        }
        #expect(
            ScheduleTextError.unknownForm(text: "linear").description
                == "'linear' is not one of constant, step:EVERY:FACTOR, exponential:DECAY, cosine[:MIN], "
                + "plateau[:FACTOR:PATIENCE]")
    }

    @Test func outOfRangeSettingsFailValidation() throws {
        let error = try #require(throws: ScheduleTextError.self) {
            try LearningRateSchedule(parsing: "step:0:0.5", epochs: 20)
        }
        guard case .invalid(let text, let reason) = error else {
            Issue.record("expected .invalid, got \(error)")
            return
        }
        #expect(text == "step:0:0.5" && reason.parameter == "schedule.every")
        #expect(error.description == "'step:0:0.5': \(reason)")
    }

    /// EVERY and PATIENCE are bounded before they become an `Int`: a text beyond `Int` is refused, not a trap.
    @Test(arguments: ["step:9223372036854775807:0.5", "step:1e300:0.5", "step:-1e300:0.5", "plateau:0.5:1e19"])
    func epochCountsBeyondTheBoundAreNamed(text: String) throws {
        let error = try #require(throws: ScheduleTextError.self) { try LearningRateSchedule(parsing: text, epochs: 20) }
        guard case .outOfRange(_, let field, let maximum) = error else {
            Issue.record("expected .outOfRange, got \(error)")
            return
        }
        #expect(["EVERY", "PATIENCE"].contains(field) && maximum == LearningRateSchedule.maximumEpochField)
        #expect(error.description.hasPrefix("'\(text)': \(field) must be in 0...1000000000"))
        #expect(
            try LearningRateSchedule(parsing: "step:1000000000:0.5", epochs: 20)
                == .step(every: 1_000_000_000, factor: 0.5))
    }
}
