import Foundation
import Testing
import Tuning

@testable import TuningSpec

/// `tuner import`: finished trials from a `tuner export` file or another study.
@Suite struct TrialImportTests {
    static let space = try! SearchSpace([.float("x1", -5, 10), .float("x2", 0, 15)])

    /// The CSV `tuner export` writes (with a user attribute column).
    static let exportCSV = """
        number,state,value,duration_s,x1,x2,jitter
        0,complete,115.91952206338729,0.001,3.671689571721487,12.584519072311016,1e-8
        1,failed,,0.500,7.830544182063916,4.41963470843236,
        2,running,,,7.6177738299435,3.146319778839801,
        3,pruned,15.7,0.017,3.021721093201851,6.283185657735374,

        """

    /// The JSON `tuner export` writes.
    static let exportJSON = """
        [{"number":0,"state":"complete","value":3.9,"duration_s":0.25,"params":{"x1":9.19,"x2":4.09},\
        "user_attrs":{"host":"a"},"failure_reason":null,"intermediate_values":{"1":5.5,"2":null}},
        {"number":1,"state":"failed","value":null,"duration_s":null,"params":{"x1":1,"x2":2},"user_attrs":{},\
        "failure_reason":"boom","intermediate_values":{}}]
        """

    static func imported(_ text: String, file: String = "export") throws -> TrialImport {
        try TrialImport(records: try InputRecord.records(in: text, file: file), space: space, file: file)
    }

    @Test func anExportCSVBringsItsFinishedTrials() throws {
        let imported = try Self.imported(Self.exportCSV, file: "old.csv")
        #expect(imported.skipped == 1)
        let study = try Study(space: Self.space, storage: InMemoryStorage())
        let outcome = try imported.add(to: study)
        #expect(outcome.added.map(\.state) == [.complete, .failed, .pruned])
        let trials = try study.trials
        #expect(trials[0].value == 115.91952206338729 && trials[0].params["x1"] == .float(3.671689571721487))
        #expect(trials[0].userAttributes == ["jitter": "1e-8", "imported_from": "old.csv#0"])
        #expect(abs((trials[1].duration ?? 0) - 0.5) < 1e-6)
        #expect(trials[2].value == 15.7 && trials[2].userAttributes["imported_from"] == "old.csv#3")
        #expect(try study.bestTrial?.number == 0)
    }

    @Test func anExportJSONBringsValuesReasonsAttributesAndIntermediateValues() throws {
        let study = try Study(space: Self.space, storage: InMemoryStorage())
        _ = try Self.imported(Self.exportJSON, file: "old.json").add(to: study)
        let trials = try study.trials
        #expect(trials[0].params == ["x1": 9.19, "x2": 4.09] && trials[0].intermediateValues == [1: 5.5])
        #expect(trials[0].userAttributes == ["host": "a", "imported_from": "old.json#0"])
        #expect(trials[1].state == .failed && trials[1].failureReason == "boom")
    }

    @Test func importingTwiceAddsNothingTheSecondTime() throws {
        let study = try Study(space: Self.space, storage: InMemoryStorage())
        let imported = try Self.imported(Self.exportCSV, file: "old.csv")
        #expect(try imported.add(to: study).added.count == 3)
        let again = try imported.add(to: study)
        #expect(again.added.isEmpty && again.alreadyImported == 3)
        #expect(try study.trials.count == 3)
    }

    @Test func anotherStudysFinishedTrialsAreImportedWithTheirSource() throws {
        let source = try Study(name: "old", space: Self.space, storage: InMemoryStorage())
        for value in [3.0, 1.0] {
            let t = try #require(try source.ask())
            try source.tell(t.number, value: value)
        }
        _ = try source.ask()  // running: not imported
        let imported = try TrialImport(trials: try source.trials, fromStudy: "old", space: Self.space)
        #expect(imported.trials.count == 2 && imported.skipped == 1)
        let study = try Study(name: "new", space: Self.space, storage: InMemoryStorage())
        _ = try imported.add(to: study)
        #expect(try study.bestValue == 1.0)
        #expect(try study.trials.map { $0.userAttributes["imported_from"] } == ["study:old#0", "study:old#1"])
    }

    @Test func recordsThatDoNotFitTheStudyAreRefusedBeforeAnythingIsAdded() throws {
        let cases: [(String, String)] = [
            ("number,state,value,x1,x2\n0,complete,1,3,4\n1,complete,1,30,4\n", "e:3: x1: '30' is not a value of 'x1'"),
            ("number,state,value,x1\n0,complete,1,3\n", "e:2: x2: missing"),
            ("number,state,value,x1,x2\n0,complete,,3,4\n", "e:2: value: a complete trial needs a finite value"),
            ("number,state,value,x1,x2\n0,done,1,3,4\n", "e:2: state: must be complete, pruned, failed"),
            ("state,value,x1,x2\ncomplete,1,3,4\n", "e:2: number: missing"),
            (
                "[{\"number\":0,\"state\":\"complete\",\"value\":1,\"params\":{\"x1\":1,\"x3\":2}}]",
                "e: [0].params.x3: not a"
            ),
            (
                "[{\"number\":0,\"state\":\"complete\",\"value\":1,\"params\":{\"x1\":1,\"x2\":2},\"extra\":1}]",
                "e: [0].extra: unknown field"
            ),
        ]
        for (text, message) in cases {
            let error = try #require(throws: SpecError.self) { try Self.imported(text, file: "e") }
            #expect(error.description.hasPrefix(message), "\(error)")
        }
        let other = try SearchSpace([.float("x1", 0, 1)])
        let source = try Study(name: "old", space: Self.space, storage: InMemoryStorage())
        try source.add(params: ["x1": 3, "x2": 4], value: 1)
        let error = try #require(throws: SpecError.self) {
            try TrialImport(trials: try source.trials, fromStudy: "old", space: other)
        }
        #expect(error.description == "study 'old': trial 0.x1: '3.0' is not a value of 'x1' (a number from 0.0 to 1.0)")
    }
}
