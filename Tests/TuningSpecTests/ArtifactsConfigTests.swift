import Foundation
import Testing
import Tuning

@testable import TuningSpec

/// `artifacts` and `keep_artifacts` in a spec, their checks, and a configured command study that uses them.
@Suite struct ArtifactsConfigTests {
    static let space = "space:\n  x: {type: float, low: 0, high: 1}\n"

    @Test func theFieldsAreParsedMergedAndStored() throws {
        let config = try StudyConfig(
            text: "objective: command\ncommand: echo 1\nartifacts: runs\nkeep_artifacts: 0\n" + Self.space,
            file: "s.yaml")
        #expect(config.artifacts == "runs" && config.keepArtifacts == 0)
        #expect(config.trialArtifacts == TrialArtifacts(root: "runs", keep: 0))
        var flags = StudyConfig()
        flags.keepArtifacts = 5
        #expect(config.overridden(by: flags).trialArtifacts == TrialArtifacts(root: "runs", keep: 5))
        #expect(try StudyConfig.decodeJSON(try StudyConfig.encodeJSON(config)) == config)
        var defaults = StudyConfig()
        defaults.artifacts = "a"
        #expect(defaults.trialArtifacts?.keep == TrialArtifacts.defaultKeep)
    }

    @Test(arguments: [
        ("artifacts: ''\n", "s.yaml:1: artifacts: must name a directory"),
        ("artifacts: [a]\n", "s.yaml:1: artifacts: must be a string"),
        ("artifacts: runs\nkeep_artifacts: -1\n", "s.yaml:2: keep_artifacts: must be at least 0, got -1"),
        ("artifacts: runs\nkeep_artifacts: two\n", "s.yaml:2: keep_artifacts: must be an integer, got 'two'"),
    ])
    func badFieldsAreOneLineErrorsNamingThem(text: String, message: String) {
        do {
            _ = try StudyConfig(text: text, file: "s.yaml")
            Issue.record("\(text) was accepted")
        } catch {
            #expect("\(error)".hasPrefix(message.prefix(24)), "\(error)")
            #expect(!"\(error)".contains("\n"))
        }
    }

    @Test func theFieldsAreCheckedAgainstTheRestOfTheSpec() throws {
        var config = StudyConfig()
        config.objective = "command"
        config.keepArtifacts = 2
        #expect(throws: SpecError.self) { try config.validateArtifacts(study: "s") }
        config.artifacts = "runs"
        try config.validateArtifacts(study: "s")
        for name in [".", ".."] {
            #expect(throws: SpecError.self) { try config.validateArtifacts(study: name) }
        }
        config.objective = "branin"
        let error = #expect(throws: SpecError.self) { try config.validateArtifacts(study: "s") }
        #expect(error?.description == "artifacts: applies to the command objective only (objective is 'branin')")
    }

    @Test func trialDirectoryPlaceholderNeedsArtifactsUnlessItIsAParameter() throws {
        var config = try StudyConfig(
            text: "objective: command\ncommand: run {trial_dir} {trial}\n" + Self.space, file: "s")
        let error = #expect(throws: SpecError.self) { try ObjectiveProvider.command.make(config) }
        #expect(error?.field == "command" && error?.message.contains("--artifacts") == true)
        config.artifacts = "runs"
        #expect(try ObjectiveProvider.command.make(config).objective is CommandObjective)
        config.artifacts = nil
        config.space = [.float("trial_dir", 0, 1)]
        _ = try ObjectiveProvider.command.make(config)
    }

    /// Through a configured study: the command sees `TUNER_STORAGE` without the password, and after the study
    /// only the best trial's directory is left.
    @Test func aConfiguredCommandStudyKeepsTheBestArtifacts() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("artifacts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func path(_ name: String) -> String { root.appendingPathComponent(name).path }
        var config = StudyConfig()
        config.objective = "command"
        config.study = "art"
        config.command = #"echo "$TUNER_STORAGE" > {trial_dir}/storage; echo {x}"#
        config.space = [.float("x", 0, 1)]
        config.artifacts = path("runs")
        config.keepArtifacts = 1
        let setup = try ConfiguredStudy(
            config, samplerName: "random", objectives: ObjectiveRegistry(defaultName: "command", providers: [.command]),
            storage: InMemoryStorage(), storageURL: "postgresql://me:hunter22@db/studies")
        try setup.study.optimize(setup.objective.objective, trials: 4)
        let cleanup = try #require(try setup.keepBestArtifacts())
        let best = try #require(try setup.study.bestTrial)
        #expect(cleanup.kept == [best.number] && cleanup.removed.count == 3)
        let left = try FileManager.default.contentsOfDirectory(atPath: path("runs/art"))
        #expect(left == ["trial-\(best.number)"])
        let storage = try String(contentsOfFile: path("runs/art/trial-\(best.number)/storage"), encoding: .utf8)
        #expect(storage == "postgresql://me:***@db/studies\n")
    }
}
