import ArgumentParser
import LinearAlgebra

/// `tuner bench allocations`: calls gemm and gemv into existing storage `--calls` times, so that a heap profiler
/// (valgrind) can show that the number of allocations does not grow with the number of calls.
/// `scripts/check-allocations` runs it twice under valgrind and compares.
struct BenchAllocations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocations",
        abstract: "Run gemm/gemv into existing storage N times (for scripts/check-allocations under valgrind).",
        discussion: """
        Examples:
          valgrind tuner bench allocations --calls 10     # compare with --calls 1000: same allocation count
          scripts/check-allocations
        """
    )

    @Option(help: "Number of gemm and gemv calls.")
    var calls = 100

    func run() {
        var rng = Xoshiro256StarStar(seed: 3)
        let a = Matrix<Float>.random(rows: 64, columns: 48, using: &rng)
        let b = Matrix<Float>.random(rows: 48, columns: 32, using: &rng)
        var c = Matrix<Float>(rows: 64, columns: 32)
        let x = [Float](repeating: 0.5, count: 48)
        var y = [Float](repeating: 0, count: 64)
        BLASThreads.with(1) {
            for _ in 0..<calls {
                gemm(1, a, .noTranspose, b, .noTranspose, 0.5, into: &c)
                gemv(1, a, .noTranspose, x, 0.5, into: &y)
            }
        }
        print("checksum \(c.sum + y.reduce(0, +))")
    }
}
