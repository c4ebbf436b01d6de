import Foundation
import Testing
import Tuning

@testable import TuningSpec

/// `key=value` options, spec and space files, and the command after `--`.
@Suite struct StudyConfigOptionsTests {
    @Test func keyValueOptionsReadValuesAsYAMLScalars() {
        let options = StudyConfig.keyValueOptions([
            "startup_trials=8", "bandwidth=0.5", "multivariate=true", "kind=gp", "empty=", "flag", "n=1", "n=2",
            "expr=a=b",
        ])
        #expect(
            options == [
                "startup_trials": .int(8), "bandwidth": .float(0.5), "multivariate": .bool(true), "kind": .string("gp"),
                "empty": .string(""), "flag": .string(""), "n": .int(2), "expr": .string("a=b"),
            ])
    }

    @Test func commandLineQuotesShellMetacharactersButKeepsPlaceholders() {
        #expect(
            StudyConfig.commandLine(["python", "train.py", "--lr", "{lr}", "--name", "a b", "it's", ""])
                == "python train.py --lr {lr} --name 'a b' 'it'\\''s' ''")
    }

    @Test func loadReadsTheSpecAndReplacesItsSpaceWithTheSpaceFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = directory.appendingPathComponent("study.yaml").path
        let space = directory.appendingPathComponent("space.yaml").path
        try "objective: branin\ntrials: 12\nspace:\n  x: {type: float, low: 0, high: 1}\n"
            .write(toFile: spec, atomically: true, encoding: .utf8)
        try "units: {type: int, low: 8, high: 64}\n".write(toFile: space, atomically: true, encoding: .utf8)

        #expect(try StudyConfig.load(config: nil, space: nil) == StudyConfig())
        let specOnly = try StudyConfig.load(config: spec, space: nil)
        #expect(specOnly.objective == "branin" && specOnly.trials == 12)
        #expect(specOnly.space?.map(\.name) == ["x"])
        let both = try StudyConfig.load(config: spec, space: space)
        #expect(both.trials == 12 && both.space?.map(\.name) == ["units"])

        let missing = directory.appendingPathComponent("missing.yaml").path
        let error = try #require(throws: SpecError.self) { try StudyConfig.load(config: nil, space: missing) }
        #expect(error.file == missing)
        #expect(error.message.hasPrefix("cannot read --space file ("))
    }

    @Test func theStoredSpecIsReadBackFromTheStudysAttribute() throws {
        var config = StudyConfig()
        config.objective = "branin"
        config.trials = 5
        let space = try SearchSpace([.float("x", 0, 1)])
        let stored = StudySpec(
            name: "s", direction: .minimize, space: space, seed: 0,
            userAttributes: [StudyConfig.storedAttribute: try StudyConfig.encodeJSON(config)])
        #expect(StudyConfig.stored(in: stored) == config)
        let foreign = StudySpec(name: "s", direction: .minimize, space: space, seed: 0, userAttributes: ["config": "{"])
        #expect(StudyConfig.stored(in: foreign) == nil)
    }

    @Test func workerSettingsDefaultToTheDocumentedValues() {
        let defaults = WorkerSettings(StudyConfig())
        #expect(defaults.heartbeatInterval == 5 && defaults.grace == 60 && !defaults.retryStale)
        var config = StudyConfig()
        (config.heartbeat, config.grace, config.retryStale) = (2, 10, true)
        let given = WorkerSettings(config)
        #expect(given.heartbeatInterval == 2 && given.grace == 10 && given.retryStale)
    }
}
