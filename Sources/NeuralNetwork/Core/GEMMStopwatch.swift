#if canImport(Glibc)
    import Glibc
#endif

/// Accumulates the wall-clock time spent inside GEMM calls, for the benchmark's "share of epoch time in GEMM".
///
/// Attach one to a network with `Network.attachGEMMStopwatch(_:)`; every Dense forward/backward GEMM is then
/// bracketed by two `clock_gettime(CLOCK_MONOTONIC)` reads (≈ 20 ns each, negligible against a GEMM).
public final class GEMMStopwatch {
    /// Total seconds spent in GEMM since creation or the last `reset()`.
    public private(set) var seconds: Double = 0
    /// Number of GEMM calls timed.
    public private(set) var calls: Int = 0

    public init() {}

    /// Forgets the accumulated time.
    public func reset() {
        seconds = 0
        calls = 0
    }

    /// Adds the time elapsed since `start` (a value of `now()` taken just before the GEMM) as one call.
    @inline(__always)
    func record(since start: Double) {
        seconds += GEMMStopwatch.now() - start
        calls += 1
    }

    /// Monotonic time in seconds.
    public static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
