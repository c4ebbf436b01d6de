#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A detached POSIX thread for one of `optimize`'s parallel workers, started with `pthread_create` so that a
/// refusal is seen: Foundation's `Thread.start()` ignores a failed start (EAGAIN under a memory or process
/// limit), and a caller waiting for the thread to finish would then wait forever.
public enum WorkerThread {
    /// The system refused a thread: `pthread_create`'s error number, and which worker it was.
    public struct StartFailure: Error, Equatable, Sendable, CustomStringConvertible {
        public let worker: Int
        public let workers: Int
        public let errorNumber: Int32

        public var description: String {
            "cannot start worker thread \(worker + 1) of \(workers): \(String(cString: strerror(errorNumber)))"
                + " (errno \(errorNumber)); run fewer jobs"
        }
    }

    /// Holds the closure while it crosses into the new thread.
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Starts `body` on a new detached thread with a stack of `stackSize` bytes.
    /// - Throws: `StartFailure` when the system cannot create the thread; `body` then never runs.
    public static func start(
        worker: Int, of workers: Int, stackSize: Int, _ body: @escaping @Sendable () -> Void
    ) throws(StartFailure) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let retained = Unmanaged.passRetained(Body(body))
        #if canImport(Darwin)
            var thread: pthread_t?
        #else
            var thread = pthread_t()
        #endif
        let status = pthread_create(
            &thread, &attributes,
            { context in
                guard let context else { return nil }
                Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
                return nil
            }, retained.toOpaque())
        guard status == 0 else {
            retained.release()
            throw StartFailure(worker: worker, workers: workers, errorNumber: status)
        }
    }
}
