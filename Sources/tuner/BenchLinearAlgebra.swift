import ArgumentParser
import COpenBLAS
import Foundation
import LinearAlgebra

/// `tuner bench linalg`: GFLOP/s of the Swift wrappers next to the same OpenBLAS/LAPACKE call made directly on
/// the C API, in the same run, interleaved, best of several repetitions each.
struct BenchLinearAlgebra: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linalg",
        abstract: "GEMM and Cholesky through LinearAlgebra vs. the direct C call (GFLOP/s and ratio).",
        discussion: """
        Cases: sgemm and dgemm (C = A·B, n×n) and dpotrf (Cholesky of an SPD n×n matrix, including the copy of A
        into a reused buffer that both sides make), on each thread count. The machine's peak is about 57 GFLOP/s FP64 and 114 FP32
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
        if (sizes + choleskySizes).contains(where: { $0 < 1 }) { throw ValidationError("--sizes and --cholesky-sizes must be ≥ 1") }
        if threads.contains(where: { $0 < 1 }) { throw ValidationError("--threads must be ≥ 1") }
        if seconds <= 0 { throw ValidationError("--seconds must be > 0") }
    }

    func run() throws {
        let report = BenchReport(json: json, columns: ["op", "n", "threads", "gflops", "c_gflops", "ratio"])
        let previousThreads = BLASThreads.count
        defer { BLASThreads.set(previousThreads) }
        for t in threads {
            BLASThreads.set(t)
            for n in sizes {
                report.row(measureGemm(Float.self, op: "sgemm", n: n, threads: t, c: cblas_sgemm))
                report.row(measureGemm(Double.self, op: "dgemm", n: n, threads: t, c: cblas_dgemm))
            }
            for n in choleskySizes { report.row(measurePotrf(n: n, threads: t)) }
        }
    }

    typealias CGemm<S> = (CBLAS_ORDER, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, Int32, Int32, Int32, S,
                          UnsafePointer<S>?, Int32, UnsafePointer<S>?, Int32, S, UnsafeMutablePointer<S>?, Int32) -> Void

    func measureGemm<S: BLASScalar>(_: S.Type, op: String, n: Int, threads: Int, c cGemm: CGemm<S>) -> [String: BenchValue] {
        var rng = Xoshiro256StarStar(seed: 1)
        let a = Matrix<S>.random(rows: n, columns: n, using: &rng)
        let b = Matrix<S>.random(rows: n, columns: n, using: &rng)
        var c = Matrix<S>(rows: n, columns: n)
        // The C side works on its own malloc'ed buffers, as a C program would.
        let (ca, cb, cc) = (copyToBuffer(a.elements), copyToBuffer(b.elements), UnsafeMutablePointer<S>.allocate(capacity: n * n))
        defer { ca.deallocate(); cb.deallocate(); cc.deallocate() }
        let n32 = Int32(n)
        let (swift, direct) = interleavedBestSeconds(budget: seconds) {
            gemm(1, a, .noTranspose, b, .noTranspose, 0, into: &c)
        } reference: {
            cGemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n32, n32, n32, 1, ca, n32, cb, n32, 0, cc, n32)
        }
        let flops = 2 * Double(n) * Double(n) * Double(n)
        return row(op: op, n: n, threads: threads, flops: flops, swift: swift, direct: direct)
    }

    func measurePotrf(n: Int, threads: Int) -> [String: BenchValue] {
        var rng = Xoshiro256StarStar(seed: 2)
        let a = Matrix<Double>.randomSPD(n, using: &rng)
        let source = copyToBuffer(a.elements)
        let work = UnsafeMutablePointer<Double>.allocate(capacity: n * n)
        defer { source.deallocate(); work.deallocate() }
        var sink = 0.0
        var chol = try! Cholesky(a)
        let (swift, direct) = interleavedBestSeconds(budget: seconds) {
            do { try chol.refactor(a) } catch { sink += 1 }   // copies A into its storage, factors, checks
        } reference: {
            work.update(from: source, count: n * n)
            sink += Double(LAPACKE_dpotrf(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "L")), Int32(n), work, Int32(n)))
        }
        precondition(sink == 0, "dpotrf failed on an SPD matrix")
        let flops = Double(n) * Double(n) * Double(n) / 3
        return row(op: "dpotrf", n: n, threads: threads, flops: flops, swift: swift, direct: direct)
    }

    func row(op: String, n: Int, threads: Int, flops: Double, swift: Double, direct: Double) -> [String: BenchValue] {
        let (g, cg) = (flops / swift / 1e9, flops / direct / 1e9)
        return ["op": .text(op), "n": .integer(n), "threads": .integer(threads),
                "gflops": .number(g), "c_gflops": .number(cg), "ratio": .number(g / cg)]
    }

    func copyToBuffer<S>(_ values: [S]) -> UnsafeMutablePointer<S> {
        let p = UnsafeMutablePointer<S>.allocate(capacity: values.count)
        p.initialize(from: values, count: values.count)
        return p
    }
}
