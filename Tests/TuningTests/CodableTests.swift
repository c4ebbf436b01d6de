import Foundation
import Testing

@testable import Tuning

@Suite struct CodableTests {
    func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    @Test func parameterValuesKeepTheirKind() throws {
        let values: [ParameterValue] = [.float(2.0), .int(2), .string("2"), .bool(true), .float(-1e-300)]
        #expect(try roundTrip(values) == values)
        #expect(String(decoding: try JSONEncoder().encode(ParameterValue.float(2)), as: UTF8.self) == #"{"float":2}"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ParameterValue.self, from: Data(#"{"x":1}"#.utf8))
        }
    }

    @Test func spacesAndTrialsSurviveJSON() throws {
        let space = try SearchSpace([
            .categorical("optimizer", ["sgd", "adam"]), .float("momentum", 0, 1).when("optimizer", in: ["sgd"]),
            .int("units", 16, 64, step: 16), .float("lr", 1e-4, 1, log: true), .fixed("epochs", 3),
        ])
        #expect(try roundTrip(space) == space)
        let trial = Trial(
            number: 4, state: .pruned, params: ["optimizer": "sgd", "momentum": 0.9], value: 0.5,
            intermediateValues: [1: 0.7, 2: 0.5], createdAt: Date(timeIntervalSince1970: 1000),
            userAttributes: ["jitter": "1e-8"])
        #expect(try roundTrip(trial) == trial)
        // A stored space that is invalid is rejected on decoding, naming the parameter.
        let bad = #"{"parameters":[{"name":"lr","domain":{"float":{"low":1,"high":0,"log":false}}}]}"#
        #expect(throws: SearchSpaceError.emptyRange(parameter: "lr", low: 1, high: 0)) {
            try JSONDecoder().decode(SearchSpace.self, from: Data(bad.utf8))
        }
    }
}
