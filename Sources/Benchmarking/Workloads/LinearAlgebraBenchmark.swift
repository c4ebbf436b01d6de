import LinearAlgebra
import Randomness

/// `tuner bench linalg`: GFLOP/s of the `LinearAlgebra` API next to the same OpenBLAS/LAPACKE call made directly
/// through `BLASScalar`'s raw entry points (one-to-one with the C functions, the same cost as calling C), in the
/// same run, interleaved, best of several repetitions each (`interleavedBestSeconds`).
///
/// Cases: sgemm and dgemm (C = A·B, n×n, 2n³ flops) and dpotrf (Cholesky of an SPD n×n matrix, n³/3 flops,
/// including the copy of A into a reused buffer that both sides make), on each thread count. Rows:
/// `op, n, threads, gflops, c_gflops, ratio` with ratio = gflops / c_gflops.
public struct LinearAlgebraBenchmark: Sendable {
    public var sizes: [Int]
    public var choleskySizes: [Int]
    public var threads: [Int]
    /// Seconds to spend on each side of each case (at least 3 repetitions).
    public var seconds: Double

    public static let columns = ["op", "n", "threads", "gflops", "c_gflops", "ratio"]

    public init(sizes: [Int], choleskySizes: [Int], threads: [Int], seconds: Double) {
        (self.sizes, self.choleskySizes, self.threads, self.seconds) = (sizes, choleskySizes, threads, seconds)
    }

    /// Measures every case, handing each row to `emit` as soon as it is measured.
    public func run(emit: ([String: BenchValue]) -> Void) {
        let previousThreads = BLASThreads.count
        defer { BLASThreads.set(previousThreads) }
        for t in threads {
            BLASThreads.set(t)
            for n in sizes {
                emit(measureGemm(Float.self, op: "sgemm", n: n, threads: t))
                emit(measureGemm(Double.self, op: "dgemm", n: n, threads: t))
            }
            for n in choleskySizes { emit(measurePotrf(n: n, threads: t)) }
        }
    }

    func measureGemm<S: BLASScalar>(_: S.Type, op: String, n: Int, threads: Int) -> [String: BenchValue] {
        var rng = Xoshiro256StarStar(seed: 1)
        let a = Matrix<S>.random(rows: n, columns: n, using: &rng)
        let b = Matrix<S>.random(rows: n, columns: n, using: &rng)
        var c = Matrix<S>(rows: n, columns: n)
        // The reference works on its own malloc'ed buffers, as a C program would.
        let (ca, cb) = (copyToBuffer(a.elements), copyToBuffer(b.elements))
        let cc = UnsafeMutablePointer<S>.allocate(capacity: n * n)
        defer {
            ca.deallocate()
            cb.deallocate()
            cc.deallocate()
        }
        let n32 = Int32(n)
        let (swift, direct) = interleavedBestSeconds(budget: seconds) {
            gemm(1, a, .noTranspose, b, .noTranspose, 0, into: &c)
        } reference: {
            S.blasGemm(.rowMajor, .noTranspose, .noTranspose, n32, n32, n32, 1, ca, n32, cb, n32, 0, cc, n32)
        }
        let flops = 2 * Double(n) * Double(n) * Double(n)
        return Self.row(op: op, n: n, threads: threads, flops: flops, swift: swift, direct: direct)
    }

    func measurePotrf(n: Int, threads: Int) -> [String: BenchValue] {
        var rng = Xoshiro256StarStar(seed: 2)
        let a = Matrix<Double>.randomSPD(n, using: &rng)
        let source = copyToBuffer(a.elements)
        let work = UnsafeMutablePointer<Double>.allocate(capacity: n * n)
        defer {
            source.deallocate()
            work.deallocate()
        }
        var sink = 0.0
        var chol = try! Cholesky(a)
        let (swift, direct) = interleavedBestSeconds(budget: seconds) {
            do { try chol.refactor(a) } catch { sink += 1 }  // copies A into its storage, factors, checks
        } reference: {
            work.update(from: source, count: n * n)
            sink += Double(Double.lapackPotrfCheckingInput(.columnMajor, .lower, Int32(n), work, Int32(n)))
        }
        precondition(sink == 0, "dpotrf failed on an SPD matrix")
        let flops = Double(n) * Double(n) * Double(n) / 3
        return Self.row(op: "dpotrf", n: n, threads: threads, flops: flops, swift: swift, direct: direct)
    }

    static func row(
        op: String, n: Int, threads: Int, flops: Double, swift: Double,
        direct: Double
    ) -> [String: BenchValue] {
        let (g, cg) = (flops / swift / 1e9, flops / direct / 1e9)
        return [
            "op": .text(op), "n": .integer(n), "threads": .integer(threads),
            "gflops": .number(g), "c_gflops": .number(cg), "ratio": .number(g / cg),
        ]
    }

    func copyToBuffer<S>(_ values: [S]) -> UnsafeMutablePointer<S> {
        let p = UnsafeMutablePointer<S>.allocate(capacity: values.count)
        p.initialize(from: values, count: values.count)
        return p
    }
}
