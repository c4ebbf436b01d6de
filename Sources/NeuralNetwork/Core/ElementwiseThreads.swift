import Dispatch
import LinearAlgebra

/// Spreads element-wise kernels (optimizer updates, activations, row gathers) over the same number of threads as
/// OpenBLAS uses for the GEMMs, so that a two-thread training run is not left with a serial tail between its
/// parallel GEMMs (Amdahl's law: with 70 % of an epoch in GEMM, halving only the GEMM time gives 1.5×, not 2×).
///
/// The thread budget is `BLASThreads.count`: when the tuner divides the cores between parallel trials and sets one
/// OpenBLAS thread per trial, these kernels run serially too. Work below `minimumChunk` elements per thread
/// stays on the calling thread, where a hand-off (a few microseconds) would cost more than it saves.
///
/// Every kernel split this way writes disjoint ranges and is element-wise, so its result does not depend on the
/// number of threads: training stays bit-for-bit reproducible across thread counts for these steps.
enum ElementwiseThreads {
    /// Fewest elements worth handing to another thread (≈ 10 µs of streaming work).
    static let minimumChunk = 32_768

    /// Calls `body(offset, count)` on consecutive, disjoint ranges covering `0..<count`, concurrently on up to
    /// `threadBudget` threads when the size allows; returns when all ranges are done.
    @inline(__always)
    static func forEachRange(
        count: Int, minimumChunk: Int = minimumChunk, threadBudget: Int = BLASThreads.count,
        _ body: (Int, Int) -> Void
    ) {
        let threads = Swift.min(threadBudget, count / Swift.max(minimumChunk, 1))
        guard threads > 1 else {
            if count > 0 { body(0, count) }
            return
        }
        withoutActuallyEscaping(body) { body in
            // The kernels write disjoint ranges of buffers that outlive this call: safe to share.
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: threads) { part in
                let start = count * part / threads
                let end = count * (part + 1) / threads
                shared.value(start, end - start)
            }
        }
    }
}

/// A value handed to other threads on the caller's guarantee that they use it without data races.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
