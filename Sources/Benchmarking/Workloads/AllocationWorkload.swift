import LinearAlgebra
import Randomness

/// `tuner bench allocations`: gemm and gemv into existing storage `calls` times, so that a heap profiler
/// (valgrind) can show that the number of allocations does not grow with the number of calls
/// (`scripts/check-allocations` runs it twice and compares).
public enum AllocationWorkload {
    /// Runs the calls on one OpenBLAS thread; returns a checksum of the outputs (printed, so nothing is elided).
    public static func run(calls: Int) -> Float {
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
        return c.sum + y.reduce(0, +)
    }
}
