import Foundation
import Testing
import Tuning

@testable import TuningSpec

/// Building a study from a spec: objective, space, direction, sampler, pruner, name, budget and stored spec.
@Suite struct ConfiguredStudyTests {
    static let objectives = ObjectiveRegistry(
        defaultName: "net",
        providers: [
            ObjectiveProvider(name: "net") { _ in
                var setup = ObjectiveSetup(
                    objective: ClosureObjective { trial in try trial.float("x") },
                    defaultSpace: try SearchSpace([.float("x", 0, 1)]), direction: .maximize, metric: "accuracy",
                    summary: "a network", defaultPruner: "median")
                setup.defaultPrunerOptions = ["warmup_steps": .int(3)]
                return setup
            },
            .command,
            ObjectiveProvider(name: "pair") { _ in
                var setup = ObjectiveSetup(
                    objective: MetricsObjective { trial in
                        let x = try trial.float("x")
                        return ["f1": x, "f2": 1 - x, "g1": x - 0.5]
                    },
                    defaultSpace: try SearchSpace([.float("x", 0, 1)]), direction: .minimize, metric: "f1",
                    summary: "two objectives")
                setup.metrics = ["f1", "f2", "g1"].map { ObjectiveMetric(name: $0, direction: .minimize) }
                setup.defaultObjectives = try StudyObjectives(
                    objectives: [.init(name: "f1", direction: .minimize), .init(name: "f2", direction: .minimize)],
                    constraints: [OutcomeConstraint(metric: "g1", relation: .atMost, bound: 0)])
                return setup
            },
        ])

    @Test func defaultStudyNamesNameObjectiveDatasetAndSampler() {
        var config = StudyConfig()
        #expect(ConfiguredStudy.defaultStudyName(config, samplerName: "bayes") == "mlp-digits-bayes")
        config.dataset = "data/house prices.v2.csv"
        #expect(ConfiguredStudy.defaultStudyName(config, samplerName: "tpe") == "mlp-house_prices_v2-tpe")
        config.objective = "branin"
        #expect(ConfiguredStudy.defaultStudyName(config, samplerName: "random") == "branin-random")
    }

    @Test func defaultTrialsAreAHundredForTheBundledStudyAndThirtyOtherwise() {
        var config = StudyConfig()
        #expect(ConfiguredStudy.defaultTrials(config) == 100)
        config.objective = "mlp"
        #expect(ConfiguredStudy.defaultTrials(config) == 30)
    }

    @Test func theObjectivesDefaultsFillWhatTheSpecLeavesOut() throws {
        let storage = InMemoryStorage()
        let built = try ConfiguredStudy(
            StudyConfig(), samplerName: "tpe", objectives: Self.objectives, storage: storage)
        #expect(built.study.name == "mlp-digits-tpe")
        #expect(built.study.direction == .maximize)
        #expect(built.study.space.parameters.map(\.name) == ["x"])
        #expect(built.study.pruner != nil && built.prunerName == "median")
        #expect(built.budget == 100)
        #expect(built.worker == nil && built.study.heartbeatInterval == nil)
        let spec = try #require(try storage.study(named: "mlp-digits-tpe"))
        #expect(spec.userAttributes["metric"] == "accuracy")
        let stored = try #require(StudyConfig.stored(in: spec))
        #expect(stored.study == "mlp-digits-tpe" && stored.sampler == "tpe")
        #expect(
            built.headline(alreadyRun: 0) == "Study 'mlp-digits-tpe': a network; sampler tpe, maximize accuracy, "
                + "pruner median, 100 trials")
    }

    @Test func theSpecOverridesNameDirectionPrunerBudgetAndSeed() throws {
        var config = StudyConfig()
        (config.study, config.direction, config.pruner, config.trials, config.seed) = ("s", "minimize", "none", 7, 9)
        (config.timeout, config.jobs) = (60, 2)
        let built = try ConfiguredStudy(
            config, samplerName: "random", objectives: Self.objectives, storage: InMemoryStorage())
        #expect(built.study.name == "s" && built.study.direction == .minimize && built.study.seed == 9)
        #expect(built.study.pruner == nil && built.prunerName == "none")
        #expect(built.budget == 7)
        #expect(
            built.headline(alreadyRun: 3) == "Study 's': a network; sampler random, minimize accuracy, pruner none, "
                + "7 trials (3 already in the study, resuming), timeout 60 s, 2 jobs")
    }

    @Test func aRerunOpensTheStoredStudy() throws {
        let storage = InMemoryStorage()
        var config = StudyConfig()
        config.seed = 4
        let first = try ConfiguredStudy(config, samplerName: "random", objectives: Self.objectives, storage: storage)
        _ = try first.study.optimize(first.objective.objective, trials: 2)
        config.seed = 5
        let again = try ConfiguredStudy(config, samplerName: "random", objectives: Self.objectives, storage: storage)
        #expect(again.study.seed == 4)
        #expect(try again.study.trials.count == 2)
    }

    @Test func anObjectiveWithItsOwnObjectivesDeclaresThemUnlessTheSpecDoes() throws {
        var config = StudyConfig()
        config.objective = "pair"
        let built = try ConfiguredStudy(
            config, samplerName: "random", objectives: Self.objectives, storage: InMemoryStorage())
        #expect(built.study.objectives.objectives.map(\.name) == ["f1", "f2"])
        #expect(built.study.objectives.constraints.map(\.description) == ["g1 <= 0"])
        _ = try built.study.optimize(built.objective.objective, trials: 3)
        #expect(
            try built.study.trials.allSatisfy {
                $0.state == .complete && $0.metrics.keys.sorted() == ["f1", "f2", "g1"]
            })

        config.study = "declared"
        config.objectives = [ObjectiveMetric(name: "f2", direction: .minimize)]
        let declared = try ConfiguredStudy(
            config, samplerName: "random", objectives: Self.objectives, storage: InMemoryStorage())
        #expect(
            declared.study.objectives.objectives.map(\.name) == ["f2"] && declared.study.objectives.constraints.isEmpty)

        config.objective = nil
        config.objectives = nil
        let classic = try ConfiguredStudy(
            config, samplerName: "random", objectives: Self.objectives, storage: InMemoryStorage())
        #expect(classic.study.objectives.isSingleValued, "an objective without its own objectives is unchanged")
    }

    @Test func aCommandWithoutSpaceAndBadOptionsAreSpecErrors() throws {
        var config = StudyConfig()
        (config.objective, config.command) = ("command", "echo 1")
        let error = try #require(throws: SpecError.self) {
            try ConfiguredStudy(config, samplerName: "tpe", objectives: Self.objectives, storage: InMemoryStorage())
        }
        #expect(
            error.description
                == "--space: objective 'command' needs a search space (--space file or space: in --config)")
        var options = StudyConfig()
        options.samplerOptions = ["no_such_option": .int(1)]
        let optionError = try #require(throws: SpecError.self) {
            try ConfiguredStudy(options, samplerName: "tpe", objectives: Self.objectives, storage: InMemoryStorage())
        }
        #expect(optionError.file == "--sampler-option")
    }
}
