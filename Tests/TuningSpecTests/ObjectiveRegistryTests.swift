import Testing
import Tuning
import TuningSpec

@Suite("ObjectiveRegistry: objectives by name")
struct ObjectiveRegistryTests {
    static func constant(_ name: String, value: Double, acceptsLearningRateRange: Bool = false) -> ObjectiveProvider {
        ObjectiveProvider(name: name, acceptsLearningRateRange: acceptsLearningRateRange) { _ in
            ObjectiveSetup(
                objective: ClosureObjective { _ in value }, defaultSpace: nil, direction: .minimize,
                metric: "value", summary: "\(name) = \(value)")
        }
    }

    let registry = ObjectiveRegistry(
        defaultName: "net",
        providers: [
            constant("net", value: 1, acceptsLearningRateRange: true), .command, constant("sphere", value: 2),
        ])

    @Test func anUnknownNameIsAnErrorListingTheRegisteredNames() {
        var config = StudyConfig()
        config.objective = "nope"
        #expect(
            throws: SpecError(
                file: "", line: nil, field: "objective",
                message: "'nope' is not one of net, command, sphere")
        ) {
            try registry.setup(for: config)
        }
    }

    @Test func aSpecWithoutObjectiveGetsTheDefaultAndNamesPickTheirProvider() throws {
        #expect(try registry.setup(for: StudyConfig()).summary == "net = 1.0")
        var config = StudyConfig()
        config.objective = "sphere"
        #expect(try registry.setup(for: config).summary == "sphere = 2.0")
        #expect(registry.names == ["net", "command", "sphere"])
    }

    @Test func lrRangeAppliesOnlyToTheObjectivesThatAcceptIt() throws {
        var config = StudyConfig()
        config.lrRange = "auto"
        #expect(try registry.setup(for: config).summary == "net = 1.0")
        config.objective = "sphere"
        #expect(
            throws: SpecError(
                file: "", line: nil, field: "lr_range",
                message: "applies to the net objective only (objective is 'sphere')")
        ) {
            try registry.setup(for: config)
        }
    }

    @Test func theCommandObjectiveNeedsACommand() throws {
        var config = StudyConfig()
        config.objective = "command"
        #expect(throws: SpecError.self) { try registry.setup(for: config) }
        config.command = "echo {x}"
        let setup = try registry.setup(for: config)
        #expect(setup.summary == "command `echo {x}`" && setup.defaultSpace == nil && setup.metric == "value")
    }

    @Test func registeringANameAgainReplacesItInPlace() throws {
        var registry = registry
        registry.register(Self.constant("net", value: 3))
        #expect(registry.names == ["net", "command", "sphere"])
        #expect(try registry.setup(for: StudyConfig()).summary == "net = 3.0")
    }
}
