import Foundation
import Testing
import Tuning

@testable import Benchmarking

/// The pieces of `tuner bench` that are not timings: report formatting, the interleaving rule, the GP
/// benchmark's data, the GFLOP/s arithmetic, and small runs of the workloads (their figures are not checked).
@Suite struct BenchWorkloadTests {
    @Test func reportsPrintAHeaderOnceOrOneJSONObjectPerRow() {
        var table = BenchReport(json: false, columns: ["op", "n", "seconds"])
        let first = table.lines(["op": .text("gemm"), "n": .integer(64), "seconds": .number(0.012345)])
        #expect(first.count == 2 && first[0].hasPrefix("op         n          seconds"))
        #expect(first[1].split(separator: " ") == ["gemm", "64", "0.01235"])
        #expect(table.lines(["op": .text("x")]).count == 1)
        #expect(table.lines(["op": .text("x")])[0].split(separator: " ") == ["x", "-", "-"])
        var json = BenchReport(json: true, columns: ["op", "n", "seconds"])
        #expect(
            json.lines(["seconds": .number(.nan), "op": .text("gemm"), "n": .integer(3)])
                == ["{\"op\":\"gemm\",\"n\":3,\"seconds\":null}"])
        #expect(BenchValue.number(123.456).human == "123.5" && BenchValue.number(2.5).human == "2.50")
        #expect(BenchValue.number(1_234_567).json == "1.23457e+06")
    }

    @Test func interleavingCallsBothSidesEquallyAndAtLeastTheMinimum() {
        var subject = 0
        var reference = 0
        let best = interleavedBestSeconds(
            budget: 0, minimumRepetitions: 3, { subject += 1 },
            reference: { reference += 1 })
        #expect(subject == 4 && reference == 4, "one warm-up call each, then three repetitions")
        #expect(best.subject >= 0 && best.reference >= 0)
    }

    @Test func theGaussianProcessDataAreTheDocumentedKroneckerSequence() {
        let (x, y) = GaussianProcessBenchmark.trainingData(n: 4)
        #expect(x.rows == 4 && x.columns == 6)
        let v = 0.5 + 2 * 3.0.squareRoot()  // row 1, prime 3
        #expect(x[1, 1] == v - v.rounded(.down))
        #expect(y[2] == SyntheticFunctions.hartmann6(x.row(2)) + 0.01 * sin(12.9898 * 3))
        let q = GaussianProcessBenchmark.queryPoints(m: 3)
        #expect(q.columns == 6 && (0..<3).allSatisfy { i in q.row(i).allSatisfy { $0 >= 0 && $0 < 1 } })
    }

    @Test func longColumnNamesAndValuesAreNotCut() {
        var table = BenchReport(json: false, columns: ["op", "optuna_cold_ratio", "optuna_ratio"])
        let lines = table.lines([
            "op": .text("bo-propose-long"), "optuna_cold_ratio": .number(2), "optuna_ratio": .number(3),
        ])
        #expect(lines[0] == "op         optuna_cold_ratio optuna_ratio")
        #expect(lines[1] == "bo-propose-long 2.00              3.00        ")
    }

    @Test func gflopsAndTheRatioFollowFromFlopsAndSeconds() {
        let row = LinearAlgebraBenchmark.row(op: "dgemm", n: 10, threads: 1, flops: 2e9, swift: 2, direct: 1)
        #expect(row["gflops"] == .number(1) && row["c_gflops"] == .number(2) && row["ratio"] == .number(0.5))
        #expect(LinearAlgebraBenchmark.columns == ["op", "n", "threads", "gflops", "c_gflops", "ratio"])
    }

    @Test func smallWorkloadsRunAndReportTheirRows() throws {
        #expect(AllocationWorkload.run(calls: 2) == AllocationWorkload.run(calls: 2))
        var rows: [[String: BenchValue]] = []
        try ProposalBenchmark(observations: [8], dimension: 2, repetitions: 1, seed: 0) { GPSampler() }
            .run { rows.append($0) }
        #expect(rows.count == 1 && rows[0]["op"] == .text("bo-propose") && rows[0]["observations"] == .integer(8))
        #expect(rows[0]["d"] == .integer(2))
    }

    @Test func theSamplerComparisonRunsEveryCombinationOnce() throws {
        let comparison = SamplerComparison(
            functions: [BenchmarkFunction.named("branin")!],
            samplers: ["random", "sobol"], seeds: 0..<2, trials: 4
        ) { name, _ in
            name == "random" ? RandomSampler() as any Sampler : SobolSampler()
        }
        var progress: [String] = []
        let result = try comparison.run { progress.append($0) }
        #expect(result.rows.count == 2 * 2 * 4)
        #expect(progress.count == 2 && progress[0].hasPrefix("branin random done: "))
        #expect(result.cells.map(\.sampler) == ["random", "sobol"] && result.cells.allSatisfy { $0.seeds == 2 })
    }
}
