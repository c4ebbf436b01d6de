import Foundation
import Testing
import Tuning

@testable import TuningSpec

/// `tuner tell --file`: many results, checked whole, then recorded in order.
@Suite struct ResultBatchTests {
    /// A study with `running` trials asked (leased) and nothing told.
    static func study(running: Int) throws -> Study {
        let study = try Study(name: "demo", space: SearchSpace([.float("x", 0, 1)]), storage: InMemoryStorage())
        for _ in 0..<running { _ = try study.ask(lease: 3600) }
        return study
    }

    static func batch(_ text: String, file: String = "r") throws -> ResultBatch {
        try ResultBatch(records: try InputRecord.records(in: text, file: file), file: file)
    }

    @Test func jsonLinesFinishTrialsWithValuesStatesAndIntermediateValues() throws {
        let study = try Self.study(running: 4)
        let outcome = try Self.batch(
            """
            {"trial": 0, "value": 0.2, "intermediate": {"1": 0.5, "2": 0.3}}
            {"trial": 1, "state": "pruned", "intermediate": {"1": 0.9}}
            {"trial": 2, "state": "failed", "reason": "out of memory"}
            {"trial": 3, "value": NaN}
            """
        ).apply(to: study)
        #expect(outcome.finished.map(\.number) == [0, 1, 2, 3] && outcome.unchanged.isEmpty)
        let trials = try study.trials
        #expect(trials[0].state == .complete && trials[0].value == 0.2)
        #expect(trials[0].intermediateValues == [1: 0.5, 2: 0.3])
        #expect(trials[1].state == .pruned && trials[1].value == 0.9)
        #expect(trials[2].state == .failed && trials[2].failureReason == "out of memory")
        #expect(trials[3].state == .failed && trials[3].failureReason == "objective returned nan")
    }

    @Test func csvColumnsAreTheSameFields() throws {
        let study = try Self.study(running: 3)
        let batch = try Self.batch(
            "trial,value,state,reason,intermediate.1,intermediate.2\n0,0.2,,,0.5,0.3\n1,,pruned,,0.9,\n2,,failed,,,\n")
        _ = try batch.apply(to: study)
        let trials = try study.trials
        #expect(trials[0].value == 0.2 && trials[0].intermediateValues == [1: 0.5, 2: 0.3])
        #expect(trials[1].state == .pruned && trials[1].value == 0.9)
        #expect(trials[2].failureReason == TrialResult.defaultFailureReason)
    }

    @Test func malformedRecordsAreOneLineErrorsNamingFileLineAndField() throws {
        let cases: [(String, String)] = [
            ("{\"value\": 1}", "r:1: trial: missing: every result names its trial number"),
            ("{\"trial\": -1, \"value\": 1}", "r:1: trial: must be a whole number from 0 to 2147483647, got -1.0"),
            ("{\"trial\": 1.5, \"value\": 1}", "r:1: trial: must be a whole number"),
            ("{\"trial\": \"1\", \"value\": 1}", "r:1: trial: must be a number, got a string"),
            ("{\"trial\": 1}", "r:1: value: missing: a complete result needs a value"),
            ("{\"trial\": 1, \"value\": true}", "r:1: value: must be a number, got a boolean"),
            ("{\"trial\": 1, \"state\": \"done\"}", "r:1: state: must be complete, pruned or failed, got 'done'"),
            ("{\"trial\": 1, \"state\": \"pruned\", \"value\": 2}", "r:1: value: only a complete result has a value"),
            ("{\"trial\": 1, \"value\": 2, \"reason\": \"x\"}", "r:1: reason: only a failed result has a reason"),
            ("{\"trial\": 1, \"vaule\": 2}", "r:1: vaule: unknown field"),
            ("{\"trial\": 1, \"value\": 2, \"intermediate\": {\"a\": 1}}", "r:1: intermediate.a: a step must be"),
            ("{\"trial\": 1, \"value\": 2, \"intermediate\": {\"1\": NaN}}", "r:1: intermediate.1: must be a finite"),
            ("{\"trial\": 1, \"value\": 2, \"intermediate\": [1]}", "r:1: intermediate: must be an object"),
            (
                "{\"trial\": 1, \"value\": 2}\n{\"trial\": 1, \"value\": 3}",
                "r:2: trial: trial 1 is told twice (also at r:1)"
            ),
            ("trial,value\n1,abc\n", "r:2: value: must be a number, got 'abc'"),
            ("", "r: no results"),
        ]
        for (text, message) in cases {
            let error = try #require(throws: SpecError.self) { try Self.batch(text) }
            #expect(error.description.hasPrefix(message), "\(error)")
        }
    }

    @Test func aConflictWithTheStudyRecordsNothing() throws {
        let study = try Self.study(running: 2)
        try study.enqueue(["x": 0.5])
        let conflicts: [(String, String)] = [
            ("{\"trial\": 0, \"value\": 1}\n{\"trial\": 7, \"value\": 1}", "r:2: trial 7 is not in study 'demo'"),
            (
                "{\"trial\": 0, \"value\": 1}\n{\"trial\": 2, \"value\": 1}",
                "r:2: trial 2 is waiting: it has not been asked yet"
            ),
        ]
        for (text, message) in conflicts {
            let error = try #require(throws: BatchConflict.self) { try Self.batch(text).apply(to: study) }
            #expect(error.description == message)
        }
        #expect(try study.trials.filter { $0.state == .running }.count == 2)
    }

    @Test func aTrialAlreadyToldTheSameIsSkippedAndOtherwiseAConflict() throws {
        let study = try Self.study(running: 2)
        try study.tell(0, value: 0.25)
        let outcome = try Self.batch("{\"trial\": 0, \"value\": 0.25}\n{\"trial\": 1, \"value\": 0.5}").apply(to: study)
        #expect(outcome.unchanged == [0] && outcome.finished.map(\.number) == [1])
        // Sending the same batch again changes nothing.
        #expect(
            try Self.batch("{\"trial\": 0, \"value\": 0.25}\n{\"trial\": 1, \"value\": 0.5}").apply(to: study)
                .unchanged == [0, 1])
        let error = try #require(throws: BatchConflict.self) {
            try Self.batch("{\"trial\": 1, \"value\": 0.75}").apply(to: study)
        }
        #expect(error.description == "r:1: trial 1 is already complete with value 0.5")
    }

    @Test func anExpiredLeaseIsAConflict() throws {
        let study = try Self.study(running: 1)
        let later = Date().addingTimeInterval(7200)
        let error = try #require(throws: BatchConflict.self) {
            try Self.batch("{\"trial\": 0, \"value\": 1}").apply(to: study, now: later)
        }
        #expect(error.description.hasPrefix("r:1: ") && error.description.contains("lease"))
        #expect(try study.trial(0).state == .running)
    }
}
