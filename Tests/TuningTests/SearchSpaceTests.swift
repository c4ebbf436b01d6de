import Randomness
import Testing

@testable import Tuning

@Suite struct SearchSpaceValidationTests {
    @Test func lowNotBelowHighIsAnErrorNamingTheParameter() {
        #expect(throws: SearchSpaceError.emptyRange(parameter: "lr", low: 1, high: 1)) {
            try SearchSpace([.float("lr", 1, 1)])
        }
        #expect(throws: SearchSpaceError.emptyRange(parameter: "units", low: 8, high: 4)) {
            try SearchSpace([.int("units", 8, 4)])
        }
    }

    @Test func logScaleNeedsPositiveLowerBound() {
        #expect(throws: SearchSpaceError.nonPositiveLogBound(parameter: "lr", low: 0)) {
            try SearchSpace([.float("lr", 0, 1, log: true)])
        }
        #expect(throws: SearchSpaceError.nonPositiveLogBound(parameter: "n", low: -1)) {
            try SearchSpace([.int("n", -1, 10, log: true)])
        }
    }

    @Test func stepMustDivideTheRangeAndNotCombineWithLog() {
        #expect(throws: SearchSpaceError.self) { try SearchSpace([.int("units", 16, 100, step: 16)]) }
        #expect(throws: SearchSpaceError.self) { try SearchSpace([.int("units", 1, 64, step: 3, log: true)]) }
        #expect(throws: SearchSpaceError.self) { try SearchSpace([.int("units", 1, 64, step: 0)]) }
    }

    @Test func choicesMustBeNonEmptyAndDistinct() {
        #expect(throws: SearchSpaceError.emptyChoices(parameter: "opt")) { try SearchSpace([.categorical("opt", [])]) }
        #expect(throws: SearchSpaceError.duplicateChoice(parameter: "opt", choice: "sgd")) {
            try SearchSpace([.categorical("opt", ["sgd", "adam", "sgd"])])
        }
    }

    @Test func conditionsNeedAKnownCategoricalParentAndValidValues() {
        #expect(throws: SearchSpaceError.unknownParent(parameter: "momentum", parent: "optimizer")) {
            try SearchSpace([.float("momentum", 0, 1).when("optimizer", in: ["sgd"])])
        }
        #expect(throws: SearchSpaceError.parentNotCategorical(parameter: "momentum", parent: "lr")) {
            try SearchSpace([.float("lr", 0.1, 1), .float("momentum", 0, 1).when("lr", in: [0.5])])
        }
        #expect(throws: SearchSpaceError.conditionValueNotAChoice(parameter: "momentum", value: "rmsprop")) {
            try SearchSpace([
                .categorical("optimizer", ["sgd", "adam"]), .float("momentum", 0, 1).when("optimizer", in: ["rmsprop"]),
            ])
        }
        #expect(throws: SearchSpaceError.duplicateParameter("x")) {
            try SearchSpace([.float("x", 0, 1), .float("x", 0, 2)])
        }
    }

    @Test func conditionCyclesAreDetectedAndNamed() throws {
        do {
            _ = try SearchSpace([
                Parameter.categorical("a", ["on", "off"]).when("b", in: ["on"]),
                Parameter.categorical("b", ["on", "off"]).when("a", in: ["on"]),
            ])
            Issue.record("a cycle was accepted")
        } catch let SearchSpaceError.conditionCycle(names) {
            #expect(Set(names) == ["a", "b"])
            #expect(names.first == names.last)
        }
    }

    @Test func parentsComeBeforeChildrenWhateverTheDeclarationOrder() throws {
        let space = try SearchSpace([
            .float("momentum", 0, 0.99).when("optimizer", in: ["sgd"]),
            .categorical("optimizer", ["sgd", "adam"]),
            .float("lr", 1e-4, 1e-1, log: true),
        ])
        #expect(space.parameters.map(\.name) == ["optimizer", "lr", "momentum"])
    }
}

@Suite struct ConditionalParameterTests {
    let space = try! SearchSpace([
        .categorical("optimizer", ["sgd", "adam"]),
        .float("momentum", 0, 0.99).when("optimizer", in: ["sgd"]),
        .categorical("nesterov", [true, false]).when("optimizer", in: ["sgd"]),
        .float("decay", 0.1, 0.9).when("nesterov", in: [true]),
        .fixed("epochs", 20),
    ])

    @Test func activityFollowsTheParentChain() {
        let sgd: Parameters = ["optimizer": "sgd", "momentum": 0.9, "nesterov": true]
        #expect(space.isActive(space["momentum"]!, in: sgd))
        #expect(space.isActive(space["decay"]!, in: sgd))
        let adam: Parameters = ["optimizer": "adam", "nesterov": true]
        #expect(!space.isActive(space["momentum"]!, in: adam))
        #expect(!space.isActive(space["decay"]!, in: adam), "a grandchild of an inactive parent is inactive")
    }

    @Test func validationFillsFixedValuesAndRejectsInactiveOrMissingOnes() throws {
        let valid = try space.validate(["optimizer": "adam"])
        #expect(valid == ["optimizer": "adam", "epochs": 20])
        #expect(throws: SearchSpaceError.unexpectedParameter("momentum")) {
            try space.validate(["optimizer": "adam", "momentum": 0.5])
        }
        #expect(throws: SearchSpaceError.missingValue(parameter: "momentum")) {
            try space.validate(["optimizer": "sgd"])
        }
        #expect(throws: SearchSpaceError.invalidValue(parameter: "momentum", value: 1.5)) {
            try space.validate(["optimizer": "sgd", "momentum": 1.5, "nesterov": false])
        }
    }

    @Test func randomProposalsContainExactlyTheActiveParameters() throws {
        var rng = Xoshiro256StarStar(seed: 3)
        for _ in 0..<200 {
            let p = RandomSampler.sample(space, using: &rng)
            #expect(try space.validate(p) == p)
            #expect((p["momentum"] != nil) == (p["optimizer"] == "sgd"))
            #expect((p["decay"] != nil) == (p["optimizer"] == "sgd" && p["nesterov"] == true))
        }
    }
}
