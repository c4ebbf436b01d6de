import ArgumentParser
import Benchmarking

/// `tuner bench linalg`: `LinearAlgebraBenchmark` (the API next to the direct call, interleaved).
struct BenchLinearAlgebra: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linalg",
        abstract: "GEMM and Cholesky through LinearAlgebra vs. the direct C call (GFLOP/s and ratio).",
        discussion: """
            Cases: sgemm and dgemm (C = A·B, n×n) and dpotrf (Cholesky of an SPD n×n matrix, including the copy of A
            into a reused buffer that both sides make), on each thread count. The machine's peak is about 57 GFLOP/s \
            FP64 and 114 FP32
            per core (Zen 4 at 3.5 GHz).

            Examples:
              tuner bench linalg
              tuner bench linalg --json --threads 1 --sizes 1024 --cholesky-sizes 1000
            """
    )

    @Option(name: .long, parsing: .upToNextOption, help: "Matrix sizes n for sgemm and dgemm.")
    var sizes: [Int] = [256, 512, 1024, 2048]

    @Option(name: .long, parsing: .upToNextOption, help: "Matrix sizes n for dpotrf.")
    var choleskySizes: [Int] = [500, 1000, 2000]

    @Option(name: .long, parsing: .upToNextOption, help: "OpenBLAS thread counts to measure.")
    var threads: [Int] = [1, 2]

    @Option(help: "Seconds to spend on each side of each case (at least 3 repetitions).")
    var seconds: Double = 0.4

    @Flag(help: "One JSON object per line instead of a table.")
    var json = false

    func validate() throws {
        if (sizes + choleskySizes).contains(where: { $0 < 1 }) {
            throw ValidationError("--sizes and --cholesky-sizes must be ≥ 1")
        }
        if threads.contains(where: { $0 < 1 }) { throw ValidationError("--threads must be ≥ 1") }
        if seconds <= 0 { throw ValidationError("--seconds must be > 0") }
    }

    func run() throws {
        let benchmark = LinearAlgebraBenchmark(
            sizes: sizes, choleskySizes: choleskySizes, threads: threads,
            seconds: seconds)
        benchmark.run(emit: BenchOutput.rows(BenchReport(json: json, columns: LinearAlgebraBenchmark.columns)))
    }
}
