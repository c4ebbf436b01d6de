import Foundation
import Testing
import Tuning

@testable import TuningSpec

/// `tuner ask`'s rules for creating a study on first use and reopening it later.
@Suite struct AskedStudyTests {
    static let space: [Parameter] = [.float("lr", 1e-4, 1e-1, log: true), .int("units", 8, 64)]

    static func config(
        space: [Parameter]? = AskedStudyTests.space, direction: String? = nil, sampler: String? = nil,
        seed: UInt64? = nil
    ) -> StudyConfig {
        var config = StudyConfig()
        (config.space, config.direction, config.sampler, config.seed) = (space, direction, sampler, seed)
        return config
    }

    @Test func aNewStudyNeedsASpace() throws {
        let error = try #require(throws: SpecError.self) {
            try AskedStudy(name: "demo", config: Self.config(space: nil), storage: InMemoryStorage(), file: "f")
        }
        #expect(
            error.description
                == "--space: study 'demo' does not exist yet: give its search space with --space FILE or --config FILE")
    }

    @Test func aNewStudyTakesTheSpecsSettingsAndRemembersItsSampler() throws {
        let storage = InMemoryStorage()
        let asked = try AskedStudy(
            name: "demo", config: Self.config(direction: "maximize", sampler: "random", seed: 3), storage: storage,
            file: "f")
        #expect(asked.samplerName == "random")
        #expect(asked.study.direction == .maximize && asked.study.seed == 3)
        let spec = try #require(try storage.study(named: "demo"))
        #expect(spec.userAttributes[AskedStudy.samplerAttribute] == "random")
        #expect(spec.space.parameters.map(\.name) == ["lr", "units"])
    }

    @Test func defaultsAreMinimizeTPEAndSeedZero() throws {
        let asked = try AskedStudy(name: "demo", config: Self.config(), storage: InMemoryStorage(), file: "f")
        #expect(asked.samplerName == "tpe")
        #expect(asked.study.direction == .minimize && asked.study.seed == 0)
    }

    @Test func laterAsksReopenWithTheStoredSpaceDirectionSeedAndSampler() throws {
        let storage = InMemoryStorage()
        _ = try AskedStudy(
            name: "demo", config: Self.config(direction: "maximize", sampler: "sobol", seed: 11), storage: storage,
            file: "f")
        let reopened = try AskedStudy(name: "demo", config: Self.config(space: nil), storage: storage, file: "f")
        #expect(reopened.samplerName == "sobol")
        #expect(reopened.study.direction == .maximize && reopened.study.seed == 11)
        #expect(reopened.study.space.parameters.map(\.name) == ["lr", "units"])
        let trial = try #require(try reopened.study.ask())
        #expect(trial.number == 0)
        let overridden = try AskedStudy(
            name: "demo", config: Self.config(space: nil, sampler: "random"), storage: storage, file: "f")
        #expect(overridden.samplerName == "random")
    }

    @Test func aConflictingDirectionOrSpaceIsAnError() throws {
        let storage = InMemoryStorage()
        _ = try AskedStudy(name: "demo", config: Self.config(), storage: storage, file: "f")
        #expect(throws: StudyError.specMismatch(study: "demo", field: "direction")) {
            try AskedStudy(
                name: "demo", config: Self.config(space: nil, direction: "maximize"), storage: storage, file: "f")
        }
        #expect(throws: StudyError.specMismatch(study: "demo", field: "search space")) {
            try AskedStudy(name: "demo", config: Self.config(space: [.float("x", 0, 1)]), storage: storage, file: "f")
        }
    }

    @Test func anInvalidNameIsRejectedBeforeAnythingIsStored() throws {
        let storage = InMemoryStorage()
        #expect(throws: (any Error).self) {
            try AskedStudy(name: "", config: Self.config(), storage: storage, file: "f")
        }
        #expect(try storage.studyNames().isEmpty)
    }
}
