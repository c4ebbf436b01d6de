import ArgumentParser
import Benchmarking

/// `tuner bench allocations`: `AllocationWorkload`, for `scripts/check-allocations` under valgrind.
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
        print("checksum \(AllocationWorkload.run(calls: calls))")
    }
}
