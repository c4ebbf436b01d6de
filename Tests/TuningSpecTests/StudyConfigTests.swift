import Testing
import Tuning

@testable import TuningSpec

@Suite struct StudyConfigTests {
    @Test func parsesACompleteSpecInOrder() throws {
        let yaml = """
            study: digits-mlp
            objective: mlp
            dataset: digits
            metric: accuracy
            direction: maximize
            sampler: bayes
            sampler_options: {startup_trials: 8, acquisition: logei}
            pruner: median
            trials: 50
            timeout: 120
            jobs: 2
            seed: 7
            space:
              lr: {type: float, low: 1.0e-5, high: 0.1, log: true}
              units: {type: int, low: 8, high: 512, log: true}
              act: {type: categorical, choices: [relu, tanh]}
              optimizer: {type: categorical, choices: [sgd, adam]}
              momentum: {type: float, low: 0, high: 0.99, when: {optimizer: [sgd]}}
              epochs: {type: fixed, value: 20}
            """
        let spec = try StudyConfig(text: yaml, file: "spec.yaml")
        #expect(spec.study == "digits-mlp" && spec.objective == "mlp" && spec.direction == "maximize")
        #expect(spec.trials == 50 && spec.timeout == 120 && spec.jobs == 2 && spec.seed == 7)
        #expect(spec.samplerOptions["startup_trials"] == .int(8))
        #expect(spec.samplerOptions["acquisition"] == .string("logei"))
        let space = try #require(spec.space)
        #expect(space.map(\.name) == ["lr", "units", "act", "optimizer", "momentum", "epochs"])
        #expect(space[0].domain == .float(low: 1e-5, high: 0.1, log: true))
        #expect(space[1].domain == .int(low: 8, high: 512, step: 1, log: true))
        #expect(space[2].domain == .categorical(["relu", "tanh"]))
        #expect(space[4].condition == Parameter.Condition(parent: "optimizer", values: ["sgd"]))
        #expect(space[5].domain == .fixed(.int(20)))
    }

    @Test func jsonIsAccepted() throws {
        let json = #"{"objective": "branin", "trials": 30, "space": {"x": {"type": "float", "low": 0, "high": 1}}}"#
        let spec = try StudyConfig(text: json, file: "spec.json")
        #expect(spec.objective == "branin" && spec.trials == 30 && spec.space?.count == 1)
    }

    @Test(arguments: [
        ("trails: 5", "spec.yaml:1: trails: unknown field"),
        ("trials: many", "spec.yaml:1: trials: must be an integer, got 'many'"),
        ("trials: 0", "spec.yaml:1: trials: must be at least 1"),
        ("direction: up", "spec.yaml:1: direction: 'up' is not one of minimize, maximize"),
        ("sampler: magic", "spec.yaml:1: sampler: 'magic' is not one of"),
        (
            "space:\n  lr: {type: float, low: abc, high: 1}",
            "spec.yaml:2: space.lr.low: must be a finite number, got 'abc'"
        ),
        ("space:\n  lr: {type: float, high: 1}", "spec.yaml:2: space.lr: a float parameter needs 'low'"),
        ("space:\n  lr: {type: float, low: 1, high: 0.5}", "spec.yaml:2: space:"),
        ("space:\n  lr: {type: float, low: 0, high: 1, log: true}", "lr"),
        ("space:\n  a: {type: categorical, choices: []}", "a"),
        ("space:\n  a: {type: categorical, choices: [x, x]}", "a"),
        ("space:\n  m: {type: float, low: 0, high: 1, when: {optimizer: [sgd]}}", "optimizer"),
        (
            "space:\n  m: {type: widget}",
            "spec.yaml:2: space.m.type: 'widget' is not one of float, int, categorical, fixed"
        ),
        ("space: [1, 2]", "spec.yaml:1: space: must be a mapping"),
        ("trials: [1", "spec.yaml:"),
        ("", "spec.yaml: the file is empty"),
    ])
    func badSpecsGiveOneLineErrorsNamingTheField(text: String, expected: String) {
        do {
            _ = try StudyConfig(text: text, file: "spec.yaml")
            Issue.record("no error for \(text)")
        } catch {
            let message = "\(error)"
            #expect(message.contains(expected), "\(message)")
            #expect(!message.contains("\n"), "one line: \(message)")
        }
    }

    @Test func flagsOverrideTheFile() throws {
        var file = try StudyConfig(text: "trials: 10\nseed: 1\nsampler_options: {a: 1, b: 2}", file: "f")
        var flags = StudyConfig()
        flags.trials = 20
        flags.samplerOptions = ["b": 3]
        file = file.overridden(by: flags)
        #expect(file.trials == 20 && file.seed == 1 && file.samplerOptions == ["a": 1, "b": 3])
    }

    @Test func spaceFileAlone() throws {
        let space = try StudyConfig.space(
            text: "x: {type: int, low: 1, high: 9, step: 2}\nflag: {type: categorical, choices: [true, false]}",
            file: "s.yaml")
        #expect(space[0].domain == .int(low: 1, high: 9, step: 2, log: false))
        #expect(space[1].domain == .categorical([.bool(true), .bool(false)]))
    }
}

/// Spec files and flags share one set of rules (`StudyConfig.firstViolation`).
@Suite struct StudyConfigRuleTests {
    @Test(arguments: [
        ("timeout: 0", "spec.yaml:1: timeout: must be a positive, finite number of seconds"),
        ("heartbeat: -1", "spec.yaml:1: heartbeat: must be a positive, finite number of seconds"),
        ("grace: 4", "spec.yaml:1: grace: must exceed the heartbeat interval (5.0 s)"),
        ("heartbeat: 10\ngrace: 8", "spec.yaml:2: grace: must exceed the heartbeat interval (10.0 s)"),
        ("cv: 0", "spec.yaml:1: cv: must be auto or a number of folds (1: no cross-validation), got 0"),
        ("cv: many", "spec.yaml:1: cv: must be auto or a number of folds (1: no cross-validation)"),
        ("jobs: 0", "spec.yaml:1: jobs: must be at least 1, got 0"),
    ])
    func specFilesBreakingARuleNameTheField(text: String, expected: String) throws {
        #expect {
            try StudyConfig(text: text, file: "spec.yaml")
        } throws: { error in
            "\(error)".hasPrefix(expected)
        }
    }

    @Test func flagValuesGetTheSameRulesAndNameTheFlag() {
        var config = StudyConfig()
        config.trialTimeout = .nan
        #expect(config.firstViolation()?.flag == "--trial-timeout")
        config.trialTimeout = 3
        config.lrRange = "manual"
        #expect(config.firstViolation() == .init(field: "lr_range", message: "'manual' is not one of auto"))
        config.lrRange = "auto"
        #expect(config.firstViolation() == nil)
    }
}
