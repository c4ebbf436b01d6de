import Testing
import Tuning

@testable import TuningSpec

/// The spec fields `objectives` and `constraints`, and the flags `--objectives` and `--constraint`.
@Suite struct StudyConfigObjectivesTests {
    func error(_ text: String) -> String {
        do {
            _ = try StudyConfig(text: text, file: "s.yaml")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func objectivesAndConstraintsInBothForms() throws {
        let yaml = """
            objective: command
            command: ./train {lr}
            objectives: [{name: accuracy, direction: maximize}, "latency_ms:minimize", {name: size}]
            constraints: ["latency_ms <= 20", {metric: accuracy, at_least: 0.9}, "memory_mb<=1e3"]
            """
        let config = try StudyConfig(text: yaml, file: "s.yaml")
        #expect(config.objectives?.map(\.description) == ["accuracy:maximize", "latency_ms:minimize", "size:minimize"])
        #expect(config.constraints?.map(\.description) == ["latency_ms <= 20", "accuracy >= 0.9", "memory_mb <= 1000"])
        let objectives = try #require(try config.studyObjectives(metric: nil, direction: .minimize))
        #expect(objectives.direction == .maximize && objectives.isMultiObjective)
        #expect(objectives.requiredMetrics == ["accuracy", "latency_ms", "size", "memory_mb"])
        let stored = try StudyConfig.decodeJSON(try StudyConfig.encodeJSON(config))
        #expect(stored == config)
        var flags = StudyConfig()
        flags.constraints = [try OutcomeConstraint(parsing: "latency_ms <= 5")]
        #expect(config.overridden(by: flags).constraints?.map(\.bound) == [5])
        #expect(config.overridden(by: flags).objectives == config.objectives)
    }

    @Test func constraintsAloneMakeAConstrainedSingleObjectiveStudy() throws {
        let config = try StudyConfig(text: "constraints: ['latency_ms <= 20']", file: "s.yaml")
        let objectives = try #require(try config.studyObjectives(metric: "accuracy", direction: .maximize))
        #expect(!objectives.isMultiObjective && !objectives.isSingleValued)
        #expect(objectives.objectives.map(\.description) == ["accuracy:maximize"])
        #expect(
            try StudyConfig(text: "trials: 3", file: "s.yaml").studyObjectives(metric: nil, direction: .minimize) == nil
        )
    }

    @Test func badDeclarationsAreOneLineErrorsNamingFileLineAndField() {
        #expect(error("objectives: []") == "s.yaml:1: objectives: needs at least one objective")
        #expect(error("objectives: [a:up]").hasPrefix("s.yaml:1: objectives[0]: objective 'a:up' must be"))
        #expect(error("objectives: [{name: a}, {name: a}]") == "s.yaml:1: objectives: objective 'a' is declared twice")
        #expect(error("objectives: [{direction: maximize}]") == "s.yaml:1: objectives[0]: an objective needs a name")
        #expect(error("objectives: [{name: 'a b'}]").contains("metric name 'a b' must be"))
        #expect(error("objectives: [{name: a, weight: 2}]").contains("weight"))
        #expect(error("constraints: ['x < 3']").hasPrefix("s.yaml:1: constraints[0]: constraint 'x < 3' must be"))
        #expect(error("constraints: ['x <= nan']").contains("must be METRIC <= BOUND"))
        #expect(error("constraints: ['x <= inf']").contains("must be METRIC <= BOUND"))
        #expect(error("constraints: [{metric: x, at_most: .inf}]").contains("must be a finite number"))
        #expect(error("constraints: [{metric: x, at_most: 1, at_least: 0}]").contains("exactly one of"))
        #expect(error("constraints: ['<= 3']").contains("metric name '' must be"))
        #expect(error("objectives: [a:max]\ndirection: minimize").contains("direction: cannot be combined"))
        #expect(error("objectives: [a:max]\nmetric: a").contains("metric: cannot be combined"))
        for hostile in ["\"a\\nb:max\"", "\"\\u0000:min\"", "\"\(String(repeating: "x", count: 65)):min\""] {
            let message = error("objectives: [\(hostile)]")
            #expect(!message.contains("\n") && message.hasPrefix("s.yaml:1: objectives[0]:"), "\(message)")
        }
    }

    @Test func aReferencePointOnePerObjective() throws {
        let config = try StudyConfig(text: "objectives: [a:max, b:min]\nreference_point: [0.5, 20]", file: "s.yaml")
        #expect(try config.studyObjectives(metric: nil, direction: .minimize)?.referencePoint == [0.5, 20])
        #expect(error("reference_point: [1]") == "s.yaml:1: reference_point: needs objectives")
        #expect(
            error("objectives: [a:max, b:min]\nreference_point: [1]")
                == "s.yaml:2: reference_point: the reference point must be 2 finite numbers, one per objective")
        #expect(error("objectives: [a:max]\nreference_point: [.nan]").contains("must be a finite number"))
        #expect(error("objectives: [a:max]\nreference_point: 3").hasPrefix("s.yaml:2: reference_point:"))
    }

    @Test func flags() throws {
        #expect(
            try StudyConfig.objectives(flag: "acc:max,lat:minimize").map(\.description) == [
                "acc:maximize", "lat:minimize",
            ])
        #expect(throws: MultiObjectiveError.duplicateObjective("a")) { try StudyConfig.objectives(flag: "a:min,a:max") }
        #expect(throws: MultiObjectiveError.invalidObjective("a")) { try StudyConfig.objectives(flag: "a") }
        #expect(throws: MultiObjectiveError.self) { try StudyConfig.objectives(flag: "") }
        #expect(try StudyConfig.constraints(flags: ["lat >= -1.5"]).map(\.description) == ["lat >= -1.5"])
        #expect(throws: MultiObjectiveError.invalidConstraint("lat == 3")) {
            try StudyConfig.constraints(flags: ["lat == 3"])
        }
    }
}
