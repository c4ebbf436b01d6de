import Foundation
import Testing
import Tuning

@testable import TuningSpec

/// `tuner enqueue`: configurations from `--param` pairs or a batch file, validated against the study's space.
@Suite struct ConfigurationBatchTests {
    static let space = try! SearchSpace([
        .float("lr", 1e-4, 1e-1, log: true), .int("units", 16, 128, step: 16),
        .categorical("act", ["relu", "tanh", 0.5, true]), .fixed("epochs", 10),
        Parameter(
            name: "momentum", domain: .float(low: 0, high: 1, log: false),
            condition: .init(parent: "act", values: ["tanh"])),
    ])

    @Test func pairsAreReadAsTheirDomainsSay() throws {
        let batch = try ConfigurationBatch(pairs: ["lr=0.01", "units=64", "act=relu"], space: Self.space)
        #expect(batch.configurations == [["lr": 0.01, "units": 64, "act": "relu", "epochs": 10]])
        let numeric = try ConfigurationBatch(pairs: ["lr=1e-3", "units=64.0", "act=0.50"], space: Self.space)
        #expect(numeric.configurations[0]["units"] == .int(64) && numeric.configurations[0]["act"] == .float(0.5))
        let conditional = try ConfigurationBatch(
            pairs: ["lr=0.01", "units=64", "act=tanh", "momentum=0.9"], space: Self.space)
        #expect(conditional.configurations[0]["momentum"] == .float(0.9))
    }

    @Test func badPairsNameTheParameter() throws {
        let cases: [([String], String)] = [
            (["lr"], "--param: 'lr' must have the form name=value"),
            (["=3"], "--param: '=3' must have the form name=value"),
            (["lr=0.01", "lr=0.02"], "--param: lr: given twice"),
            (["lr=0.01", "units=64", "act=relu", "size=3"], "--param: size: not a parameter of the study"),
            (
                ["lr=0.5", "units=64", "act=relu"],
                "--param: lr: '0.5' is not a value of 'lr' (a number from 0.0001 to 0.1)"
            ),
            (["lr=nan", "units=64", "act=relu"], "--param: lr: 'nan' is not a value of 'lr'"),
            (["lr=0.01", "units=65", "act=relu"], "--param: units: '65' is not a value of 'units' (a whole number"),
            (["lr=0.01", "units=64", "act=gelu"], "--param: act: 'gelu' is not a value of 'act' (one of relu, tanh"),
            (["lr=0.01", "act=relu"], "--param: units: missing: the parameter is active here"),
            (["lr=0.01", "units=64", "act=tanh"], "--param: momentum: missing"),
            (["lr=0.01", "units=64", "act=relu", "momentum=0.9"], "--param: momentum: not active here"),
            (["lr=0.01", "units=64", "act=relu", "epochs=11"], "--param: epochs: '11' is not a value of 'epochs'"),
        ]
        for (pairs, message) in cases {
            let error = try #require(throws: SpecError.self) { try ConfigurationBatch(pairs: pairs, space: Self.space) }
            #expect(error.description.hasPrefix(message), "\(error)")
        }
    }

    @Test func aFileHoldsManyConfigurationsAsJSONOrCSV() throws {
        let json = try ConfigurationBatch(
            records: try InputRecord.records(
                in: "{\"lr\": 0.01, \"units\": 64, \"act\": \"relu\"}\n{\"lr\": 0.001, \"units\": 32, \"act\": 0.5}\n",
                file: "q.jsonl"),
            space: Self.space, file: "q.jsonl")
        #expect(json.configurations.map { $0["act"] } == [.string("relu"), .float(0.5)])
        let csv = try ConfigurationBatch(
            records: try InputRecord.records(
                in: "lr,units,act,momentum\n0.01,64,relu,\n0.001,32,tanh,0.9\n", file: "q.csv"),
            space: Self.space, file: "q.csv")
        #expect(csv.configurations[1] == ["lr": 0.001, "units": 32, "act": "tanh", "momentum": 0.9, "epochs": 10])
        let error = try #require(throws: SpecError.self) {
            try ConfigurationBatch(
                records: try InputRecord.records(in: "lr,units,act\n0.01,64,relu\n0.01,64,gelu\n", file: "q.csv"),
                space: Self.space, file: "q.csv")
        }
        #expect(error.description.hasPrefix("q.csv:3: act: 'gelu' is not a value of 'act'"))
        let jsonType = try #require(throws: SpecError.self) {
            try ConfigurationBatch(
                records: try InputRecord.records(in: "{\"lr\": \"0.01\", \"units\": 64, \"act\": \"relu\"}", file: "q"),
                space: Self.space, file: "q")
        }
        #expect(jsonType.description.hasPrefix("q:1: lr: a string that is not a value of 'lr'"))
    }

    @Test func enqueuedConfigurationsAreClaimedBeforeTheSamplerIsAsked() throws {
        let study = try Study(space: Self.space, storage: InMemoryStorage())
        let batch = try ConfigurationBatch(pairs: ["lr=0.01", "units=64", "act=relu"], space: Self.space)
        let queued = try batch.enqueue(in: study)
        #expect(queued.map(\.state) == [.waiting])
        #expect(try study.ask()?.params == batch.configurations[0])
    }
}
