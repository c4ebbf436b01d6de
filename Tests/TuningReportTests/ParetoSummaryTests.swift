import Foundation
import Testing
import Tuning

@testable import TuningReport

/// The front, feasibility and hypervolume of a study with several objectives, in summaries, `show` and `export`.
@Suite struct ParetoSummaryTests {
    static func object(_ value: JSONValue) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(value.text.utf8)) as? [String: Any])
    }

    /// The area of the union of the boxes [pᵢ, r] (every coordinate minimized), by brute force over the grid the
    /// boxes' corners make: each grid cell is inside the union or outside it whole.
    static func bruteForceArea(_ points: [[Double]], reference r: [Double]) -> Double {
        let xs = Set(points.map { $0[0] } + [r[0]]).sorted()
        let ys = Set(points.map { $0[1] } + [r[1]]).sorted()
        var area = 0.0
        for i in 0..<(xs.count - 1) {
            for j in 0..<(ys.count - 1) {
                let covered = points.contains { p in p[0] <= xs[i] && p[1] <= ys[j] && p[0] < r[0] && p[1] < r[1] }
                if covered { area += (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j]) }
            }
        }
        return area
    }

    @Test func frontFeasibilityReferenceAndHypervolumeOfTheHandMadeStudy() {
        let pareto = ParetoSummary(objectives: ParetoFixture.objectives, trials: ParetoFixture.trials)
        #expect(pareto.front.map(\.number) == [0, 1, 4, 6])
        #expect(pareto.feasibility?.feasible == 5 && pareto.feasibility?.complete == 6)
        #expect(pareto.reference == [0.70, 18])
        #expect(abs(pareto.hypervolume! - 1.1) < 1e-12)
        let history = pareto.hypervolumeHistory
        #expect(history.map(\.number) == [0, 1, 2, 4, 6])
        #expect(zip(history.map(\.hypervolume), [0.8, 1.1, 1.1, 1.1, 1.1]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func aDeclaredReferencePointReplacesTheWorstObservation() throws {
        let declared = try StudyObjectives(
            objectives: ParetoFixture.objectives.objectives, constraints: ParetoFixture.objectives.constraints,
            referencePoint: [0.6, 20])
        let pareto = ParetoSummary(objectives: declared, trials: ParetoFixture.trials)
        #expect(pareto.reference == [0.6, 20])
        // Strips by accuracy: trial 1 over [0.8, 0.9] (height 20 − 15), trial 0 over [0.7, 0.8] (20 − 10), trial 4
        // over [0.6, 0.7] (20 − 5): 0.5 + 1.0 + 1.5.
        #expect(abs(pareto.hypervolume! - 3.0) < 1e-12)
    }

    @Test func theHypervolumeIsReproducibleFromTheJSONFields() throws {
        var generator = SplitMix64ForTests(seed: 11)
        for round in 0..<20 {
            let trials = (0..<12).map { n in
                ParetoFixture.trial(
                    n, Double.random(in: 0...1, using: &generator), .random(in: 0...30, using: &generator))
            }
            let pareto = ParetoSummary(objectives: ParetoFixture.objectives, trials: trials)
            let json = try Self.object(.object(pareto.jsonFields))
            let reference = try #require(json["hypervolume_reference"] as? [String: Double])
            let front = try #require(json["pareto_front"] as? [[String: Any]])
            let points = try front.map { member -> [Double] in
                let values = try #require(member["values"] as? [String: Double])
                return [-values["accuracy"]!, values["latency_ms"]!]
            }
            let expected = Self.bruteForceArea(points, reference: [-reference["accuracy"]!, reference["latency_ms"]!])
            let volume = try #require(json["hypervolume"] as? Double)
            #expect(abs(volume - expected) <= 1e-9 * max(1, expected), "round \(round)")
            #expect(json["feasible_trials"] as? Int == trials.filter { $0.metrics["latency_ms"]! <= 20 }.count)
        }
    }

    @Test func summaryJSONHasObjectivesConstraintsFrontAndHypervolume() throws {
        let summary = StudySummary(
            study: "mo", sampler: "random", direction: .maximize, metric: "accuracy", parameterNames: ["lr", "units"],
            trials: ParetoFixture.trials, best: ParetoFixture.trials[1], elapsed: 2, interrupted: false,
            objectives: ParetoFixture.objectives)
        let json = try Self.object(summary.json())
        let objectives = try #require(json["objectives"] as? [[String: String]])
        #expect(
            objectives == [
                ["name": "accuracy", "direction": "maximize"], ["name": "latency_ms", "direction": "minimize"],
            ])
        #expect(json["constraints"] as? [String] == ["latency_ms <= 20"])
        #expect(json["feasible_trials"] as? Int == 5)
        let front = try #require(json["pareto_front"] as? [[String: Any]])
        #expect(front.map { $0["trial"] as? Int } == [0, 1, 4, 6])
        #expect(front[1]["values"] as? [String: Double] == ["accuracy": 0.9, "latency_ms": 15])
        #expect((front[1]["params"] as? [String: Any])?["units"] as? Int == 16)
        #expect(abs((json["hypervolume"] as? Double ?? 0) - 1.1) < 1e-12)
        #expect(json["hypervolume_reference"] as? [String: Double] == ["accuracy": 0.7, "latency_ms": 18])

        let lines = summary.lines()
        #expect(lines[1] == "Feasible: 5 of 6 complete trials (latency_ms <= 20)")
        #expect(lines[2] == "Pareto front: 4 trials (hypervolume 1.1 from accuracy 0.7, latency_ms 18)")
        #expect(
            lines[3].split(separator: " ", omittingEmptySubsequences: true) == [
                "#", "accuracy", "latency_ms", "params",
            ])
        #expect(lines[5].hasPrefix("  1  0.9") && lines[5].hasSuffix("lr=0.002 units=16"), "\(lines)")
        #expect(lines.count == 8 && !lines.contains { $0.hasPrefix("Best trial") })
    }

    @Test func aClassicSummaryHasNoneOfTheNewFields() throws {
        let summary = StudySummary(
            study: "demo", sampler: "tpe", direction: .minimize, metric: "value", parameterNames: ["lr", "act"],
            trials: StudyFixture.trials, best: StudyFixture.trials[0], elapsed: 1, interrupted: false)
        let json = try Self.object(summary.json())
        for key in ["objectives", "constraints", "pareto_front", "feasible_trials", "hypervolume"] {
            #expect(json[key] == nil, "\(key)")
        }
    }

    @Test func aConstrainedSingleObjectiveStudysBestTrialIsFeasible() throws {
        let objectives = try StudyObjectives(
            objectives: [ObjectiveMetric(name: "accuracy", direction: .maximize)],
            constraints: [OutcomeConstraint(metric: "latency_ms", relation: .atMost, bound: 20)])
        #expect(objectives.bestFeasibleTrial(of: ParetoFixture.trials)?.number == 1)
        let study = try Study(
            name: "c", space: ParetoFixture.spec().space, objectives: objectives, storage: InMemoryStorage())
        for t in ParetoFixture.trials { try study.add(t) }
        let summary = try StudySummary(
            of: study, sampler: "random", metric: "accuracy", elapsed: 1, interrupted: false, evaluate: nil)
        #expect(summary.best?.number == 1 && summary.recommended?.number == 1)
        let lines = summary.lines()
        #expect(lines[1] == "Feasible: 5 of 6 complete trials (latency_ms <= 20)")
        #expect(lines[2] == "Best trial #1: accuracy 0.9")
        let json = try Self.object(summary.json())
        #expect(json["best_trial"] as? Int == 1 && json["feasible_trials"] as? Int == 5 && json["pareto_front"] == nil)

        let contents = StudyContents(spec: try ParetoFixture.spec(objectives: objectives), trials: ParetoFixture.trials)
        #expect(contents.bestTrial?.number == 1)
        #expect(contents.showLines().contains("Best trial #1: value 0.9"))
        let report = StudyReport(spec: contents.spec, trials: contents.trials)
        #expect(report.bestTrial?.number == 1 && report.topTrials(10).map(\.number) == [1, 2, 0, 6, 4])
    }

    @Test func showHasAColumnPerMetricAndTheFrontInsteadOfTheBestTrial() throws {
        let contents = StudyContents(spec: try ParetoFixture.spec(), trials: ParetoFixture.trials)
        let lines = contents.showLines().joined(separator: "\n").split(separator: "\n").map(String.init)
        #expect(
            lines[1].split(separator: " ", omittingEmptySubsequences: true) == [
                "#", "state", "value", "accuracy", "latency_ms", "duration", "lr", "units",
            ])
        #expect(lines.contains("Feasible: 5 of 6 complete trials (latency_ms <= 20)"))
        #expect(lines.contains { $0.hasPrefix("Pareto front: 4 trials") })
        #expect(!lines.contains { $0.hasPrefix("Best trial") })

        let pareto = contents.paretoLines()
        #expect(pareto[0].hasPrefix("Pareto front: 4 trials") && pareto[1].hasPrefix("Feasible: 5 of 6"))
        let table = pareto[2].split(separator: "\n")
        #expect(table[0].split(separator: " ") == ["#", "accuracy", "latency_ms", "lr", "units"])
        #expect(table.count == 5 && table[2].split(separator: " ") == ["1", "0.9", "15", "0.002", "16"])
        let frontJSON = try #require(
            try JSONSerialization.jsonObject(with: Data(contents.pareto.frontJSON.text.utf8)) as? [[String: Any]])
        #expect(frontJSON.map { $0["trial"] as? Int } == [0, 1, 4, 6])

        let show = try Self.object(contents.showJSON())
        let trials = try #require(show["trials"] as? [[String: Any]])
        #expect(trials[0]["metrics"] as? [String: Double] == ["accuracy": 0.8, "latency_ms": 10])
        #expect(trials[5]["metrics"] == nil)
        #expect((show["pareto_front"] as? [Any])?.count == 4 && show["recommended_trial"] is NSNull)
    }

    @Test func theFrontOfAClassicStudyIsItsBestTrial() throws {
        let contents = StudyContents(spec: try StudyFixture.spec(), trials: StudyFixture.trials)
        #expect(
            contents.paretoLines() == [
                "Pareto front: 1 trial", "#  value  lr     act   extra\n0  0.25   0.001  relu  -",
            ])
        #expect(
            contents.pareto.frontJSON.text
                == #"[{"trial":0,"params":{"act":"relu","lr":0.001},"values":{"value":0.25}}]"#)
    }

    @Test func anEmptyFrontSaysNoFeasibleTrialCompleted() throws {
        let infeasible = [ParetoFixture.trial(0, 0.9, 30)]
        let contents = StudyContents(spec: try ParetoFixture.spec(), trials: infeasible)
        #expect(contents.showLines().last == "No feasible trial completed.")
        #expect(
            contents.paretoLines() == [
                "Pareto front: 0 trials", "Feasible: 0 of 1 complete trials (latency_ms <= 20)",
                "No feasible trial completed.",
            ])
        let json = try Self.object(.object(contents.pareto.jsonFields))
        #expect(json["hypervolume"] is NSNull && json["hypervolume_reference"] is NSNull)
    }

    @Test func exportHasAValuesColumnPerMetricAfterValue() throws {
        let contents = StudyContents(spec: try ParetoFixture.spec(), trials: ParetoFixture.trials)
        let lines = contents.csv().split(separator: "\n")
        #expect(lines[0] == "number,state,value,values_accuracy,values_latency_ms,duration_s,lr,units")
        #expect(lines[1] == "0,complete,0.8,0.8,10.0,1.000,0.001,16")
        #expect(lines[6] == "5,failed,,,,1.000,0.01,32")
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(contents.exportJSON().utf8)) as? [[String: Any]])
        #expect(array[1]["metrics"] as? [String: Double] == ["accuracy": 0.9, "latency_ms": 15])
        // A classic study's export is as before.
        let classic = StudyContents(spec: try StudyFixture.spec(), trials: StudyFixture.trials)
        #expect(classic.csv().hasPrefix("number,state,value,duration_s,lr,act,extra,note\n"))
    }

    @Test func trialLinesOfTellAndProgressCarryTheMetrics() {
        let t = ParetoFixture.trials[1]
        #expect(
            TrialFormat.finished(t, study: "mo")
                == "Trial 1 of study 'mo': complete, value 0.9, accuracy 0.9, latency_ms 15.0")
        #expect(StudyProgress.json(t).text.contains(#""metrics":{"accuracy":0.9,"latency_ms":15.0}"#))
        let progress = StudyProgress(direction: .maximize, totalTrials: nil, timeout: nil)
        #expect(progress.line(t).hasPrefix("trial 1 accuracy 0.9 latency_ms 15 (1.0s)"))
        var constrained = StudyProgress(
            direction: .maximize, totalTrials: nil, timeout: nil, objectives: ParetoFixture.objectives)
        for trial in ParetoFixture.trials { constrained.record(trial) }
        #expect(constrained.best?.number == 1, "trial 3 is better but infeasible")
    }
}

/// SplitMix64, for the random fronts of these tests (TuningReportTests does not depend on Randomness).
struct SplitMix64ForTests: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
