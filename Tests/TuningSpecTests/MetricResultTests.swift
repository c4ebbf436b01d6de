import Foundation
import Testing
import Tuning

@testable import TuningSpec

/// Metrics of studies with several objectives or constraints in `tuner tell` (batch and single) and `tuner import`.
@Suite struct MetricResultTests {
    static let objectives = try! StudyObjectives(
        objectives: [
            ObjectiveMetric(name: "accuracy", direction: .maximize),
            ObjectiveMetric(name: "latency_ms", direction: .minimize),
        ],
        constraints: [OutcomeConstraint(metric: "memory_mb", relation: .atMost, bound: 100)])
    static let space = try! SearchSpace([.float("x", 0, 1)])

    static func study(running: Int) throws -> Study {
        let study = try Study(name: "mo", space: space, objectives: objectives, storage: InMemoryStorage())
        for _ in 0..<running { _ = try study.ask(lease: 3600) }
        return study
    }

    static func batch(_ text: String, file: String = "r") throws -> ResultBatch {
        try ResultBatch(records: try InputRecord.records(in: text, file: file), file: file, objectives: objectives)
    }

    /// The one-line message of the `SpecError` that `body` throws.
    static func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func batchLinesAndColumnsNamedAfterTheMetricsCompleteTrials() throws {
        let study = try Self.study(running: 4)
        let outcome = try Self.batch(
            """
            {"trial": 0, "accuracy": 0.9, "latency_ms": 4, "memory_mb": 50}
            {"trial": 1, "value": 0.8, "latency_ms": 3, "memory_mb": 150}
            {"trial": 2, "state": "failed", "reason": "oom"}
            {"trial": 3, "state": "pruned"}
            """
        ).apply(to: study)
        #expect(outcome.finished.map(\.state) == [.complete, .complete, .failed, .pruned])
        let trials = try study.trials
        #expect(trials[0].value == 0.9 && trials[0].metrics == ["accuracy": 0.9, "latency_ms": 4, "memory_mb": 50])
        #expect(trials[1].value == 0.8 && trials[1].metrics["accuracy"] == 0.8)

        let other = try Self.study(running: 1)
        _ = try Self.batch("trial,accuracy,latency_ms,memory_mb\n0,0.7,2.5,10\n").apply(to: other)
        #expect(try other.trials[0].metrics == ["accuracy": 0.7, "latency_ms": 2.5, "memory_mb": 10])
    }

    @Test func aBatchToldAgainWithTheSameMetricsIsUnchanged() throws {
        let study = try Self.study(running: 1)
        let line = #"{"trial": 0, "accuracy": 0.9, "latency_ms": 4, "memory_mb": 50}"#
        _ = try Self.batch(line).apply(to: study)
        #expect(try Self.batch(line).apply(to: study).unchanged == [0])
        let changed = Self.message {
            _ = try Self.batch(#"{"trial": 0, "accuracy": 0.9, "latency_ms": 5, "memory_mb": 50}"#).apply(to: study)
        }
        #expect(changed.contains("r:1") && changed.contains("already complete"), "\(changed)")
    }

    @Test func missingNonFiniteAndUnknownMetricsAreOneLineErrorsWithFileAndLine() throws {
        let cases: [(String, String)] = [
            (#"{"trial": 0, "accuracy": 0.9, "memory_mb": 1}"#, "r:1: latency_ms: missing"),
            (#"{"trial": 0, "accuracy": NaN, "latency_ms": 1, "memory_mb": 1}"#, "r:1: accuracy: must be a finite"),
            ("trial,accuracy,latency_ms,memory_mb\n0,0.9,inf,1\n", "r:2: latency_ms: must be a finite"),
            (#"{"trial": 0, "value": 0.9}"#, "r:1: latency_ms: missing"),
            (
                #"{"trial": 0, "value": 0.5, "accuracy": 0.9, "latency_ms": 1, "memory_mb": 1}"#,
                "r:1: value: 0.5 differs"
            ),
            (#"{"trial": 0, "state": "pruned", "accuracy": 0.9}"#, "r:1: accuracy: only a complete result"),
            ("{\"trial\": 0, \"acc\\nuracy\": 0.9}", "r:1: acc\\nuracy: unknown field"),
        ]
        for (text, expected) in cases {
            let message = Self.message { _ = try Self.batch(text) }
            #expect(message.hasPrefix(expected), "\(text) → \(message)")
            #expect(!message.contains("\n"), "\(message)")
        }
    }

    @Test func aClassicStudyTakesNoMetricFields() throws {
        let message = Self.message {
            _ = try ResultBatch(
                records: try InputRecord.records(in: #"{"trial": 0, "accuracy": 0.9}"#, file: "r"), file: "r")
        }
        #expect(message.hasPrefix("r:1: accuracy: unknown field"), "\(message)")
    }

    @Test func singleTellMetricFlags() throws {
        let m = try TrialResult.measurement(
            metricFlags: ["latency_ms=4", "memory_mb = 20"], value: 0.9, objectives: Self.objectives)
        #expect(m.value == 0.9 && m.metrics == ["accuracy": 0.9, "latency_ms": 4, "memory_mb": 20])
        let classic = try TrialResult.measurement(metricFlags: [], value: 0.3, objectives: .single(.minimize))
        #expect(classic == TrialMeasurement(value: 0.3))
        let cases: [([String], Double?, String)] = [
            (["accuracy=0.9", "latency_ms=4"], nil, "--metric: 'memory_mb' missing"),
            (["accuracy=nan", "latency_ms=4", "memory_mb=1"], nil, "--metric: 'accuracy' must be a finite"),
            (["accuracy"], nil, "--metric: 'accuracy' must be NAME=NUMBER"),
            (["speed=3"], nil, "--metric: 'speed' is not a metric of the study"),
            (["accuracy=1", "accuracy=2"], nil, "--metric: 'accuracy' is given twice"),
            (["accuracy=1", "latency_ms=4", "memory_mb=1"], 0.5, "--value: 0.5 differs from accuracy 1.0"),
            (["la\u{1b}tency=1"], nil, "--metric: 'la\\u{1B}tency' is not a metric"),
        ]
        for (flags, value, expected) in cases {
            let message = Self.message {
                _ = try TrialResult.measurement(metricFlags: flags, value: value, objectives: Self.objectives)
            }
            #expect(message.hasPrefix(expected), "\(flags) → \(message)")
        }
        let classicMetric = Self.message {
            _ = try TrialResult.measurement(metricFlags: ["a=1"], value: nil, objectives: .single(.minimize))
        }
        #expect(classicMetric.contains("single objective"), "\(classicMetric)")
    }

    static let exportCSV = """
        number,state,value,values_accuracy,values_latency_ms,values_memory_mb,duration_s,x
        0,complete,0.9,0.9,4.0,50.0,0.001,0.25
        1,failed,,,,,0.500,0.5

        """

    @Test func anExportWithMetricColumnsImportsTheMetrics() throws {
        let imported = try TrialImport(
            records: try InputRecord.records(in: Self.exportCSV, file: "mo.csv"), space: Self.space, file: "mo.csv",
            objectives: Self.objectives)
        let study = try Self.study(running: 0)
        _ = try imported.add(to: study)
        let trials = try study.trials
        #expect(trials[0].metrics == ["accuracy": 0.9, "latency_ms": 4, "memory_mb": 50] && trials[0].value == 0.9)
        #expect(trials[0].userAttributes.keys.sorted() == [TrialImport.sourceAttribute])
        #expect(trials[1].state == .failed && trials[1].metrics.isEmpty)

        let json = """
            [{"number":0,"state":"complete","value":0.9,"metrics":{"accuracy":0.9,"latency_ms":4,"memory_mb":50},\
            "duration_s":0.25,"params":{"x":0.5},"user_attrs":{},"failure_reason":null,"intermediate_values":{}}]
            """
        let fromJSON = try TrialImport(
            records: try InputRecord.records(in: json, file: "mo.json"), space: Self.space, file: "mo.json",
            objectives: Self.objectives)
        #expect(fromJSON.trials[0].metrics == ["accuracy": 0.9, "latency_ms": 4, "memory_mb": 50])
    }

    @Test func importedMetricsAreCheckedWithOneLineErrors() throws {
        let cases: [(String, String)] = [
            ("number,state,value,values_accuracy,x\n0,complete,0.9,0.9,0.5\n", "mo:2: values_latency_ms: missing"),
            ("number,state,value,values_accuracy,x\n0,complete,0.9,nan,0.5\n", "mo:2: values_accuracy: must be a"),
            ("number,state,value,\"values_a\nb\",x\n0,complete,0.9,1,0.5\n", "mo:3: values_a\\nb: metric name"),
            (
                #"[{"number":0,"state":"complete","value":1,"metrics":{"accuracy":1},"params":{"x":0.5}}]"#,
                "mo: [0].metrics.latency_ms: missing"
            ),
            (
                #"[{"number":0,"state":"complete","value":1,"metrics":{"accuracy":"a"},"params":{"x":0.5}}]"#,
                "mo: [0].metrics.accuracy: must be a number"
            ),
        ]
        for (text, expected) in cases {
            let message = Self.message {
                _ = try TrialImport(
                    records: try InputRecord.records(in: text, file: "mo"), space: Self.space, file: "mo",
                    objectives: Self.objectives)
            }
            #expect(message.hasPrefix(expected), "\(text) → \(message)")
            #expect(!message.contains("\n"), "\(message)")
        }
    }

    @Test func aClassicStudyImportsAnExportWithoutItsMetrics() throws {
        let imported = try TrialImport(
            records: try InputRecord.records(in: Self.exportCSV, file: "mo.csv"), space: Self.space, file: "mo.csv")
        #expect(imported.trials[0].metrics.isEmpty && imported.trials[0].value == 0.9)
    }
}
