import COpenBLAS

/// The number of threads OpenBLAS uses for BLAS and LAPACK calls. One OpenBLAS library is loaded per
/// process, so the setting is process-wide; when trials run in parallel, divide the cores between them.
public enum BLASThreads {
    /// The current thread count.
    public static var count: Int { Int(openblas_get_num_threads()) }

    /// Sets the thread count (values below 1 become 1).
    public static func set(_ n: Int) { openblas_set_num_threads(Int32(Swift.max(1, n))) }

    /// Runs `body` with `n` threads, then restores the previous count.
    public static func with<R>(_ n: Int, _ body: () throws -> R) rethrows -> R {
        let previous = count
        set(n)
        defer { set(previous) }
        return try body()
    }
}
