import Foundation

/// A pool of `jobs` threads that works through a list of items: each thread takes the next item not yet taken
/// until none is left. `body` runs concurrently on up to `jobs` items; the outputs come back in the order of
/// the items, whatever order they finished in.
public struct SweepScheduler: Sendable {
    public let jobs: Int

    public init(jobs: Int) { self.jobs = max(1, jobs) }

    /// `body(i)` for every i in 0..<count, `jobs` at a time; returns the outputs indexed by i.
    public func map<Output: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> Output) -> [Output] {
        let state = PoolState<Output>(count: count)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, count) {
            group.enter()
            let thread = Thread {
                while let i = state.take() { state.store(body(i), at: i) }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return state.outputs.map { $0! }
    }
}

/// The next index to hand out and the outputs so far, under one lock.
private final class PoolState<Output>: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var next = 0
    private(set) var outputs: [Output?]

    init(count: Int) {
        self.count = count
        outputs = Array(repeating: nil, count: count)
    }

    func take() -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func store(_ output: Output, at i: Int) { lock.withLock { outputs[i] = output } }
}
