import COpenBLAS
import Synchronization

/// The number of threads OpenBLAS uses for BLAS and LAPACK calls. One OpenBLAS library is loaded per process,
/// so the setting is process-wide; when trials run in parallel, divide the cores between them.
///
/// Scoped overrides (`with`) may run concurrently on several threads (parallel trials, each fitting a model
/// on one thread): while any override is active, OpenBLAS uses the *smallest* count requested by the active
/// overrides, and when the last one ends the baseline (`set`) returns. So code inside `with(1)` always runs
/// single-threaded, whatever other threads do, and its results do not depend on their timing.
public enum BLASThreads {
    private struct State: Sendable {
        var baseline: Int?
        var overrides: [Int: Int] = [:]  // requested count → number of active overrides asking for it
    }

    private static let state = Mutex(State())

    /// The current thread count.
    public static var count: Int { Int(openblas_get_num_threads()) }

    /// Sets the baseline thread count (values below 1 become 1); it applies now unless overrides are active.
    public static func set(_ n: Int) {
        state.withLock { s in
            s.baseline = Swift.max(1, n)
            apply(s)
        }
    }

    /// Runs `body` with at most `n` threads (exactly `n` unless a concurrent override asks for fewer).
    public static func with<R>(_ n: Int, _ body: () throws -> R) rethrows -> R {
        let n = Swift.max(1, n)
        state.withLock { s in
            if s.baseline == nil { s.baseline = count }
            s.overrides[n, default: 0] += 1
            apply(s)
        }
        defer {
            state.withLock { s in
                s.overrides[n]! -= 1
                if s.overrides[n] == 0 { s.overrides[n] = nil }
                apply(s)
            }
        }
        return try body()
    }

    private static func apply(_ s: State) {
        let target = s.overrides.keys.min() ?? s.baseline ?? count
        if target != count { openblas_set_num_threads(Int32(target)) }
    }
}
