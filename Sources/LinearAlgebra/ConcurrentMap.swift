import Dispatch

/// `items.map(body)` computed on up to `width` threads (Dispatch), results in the order of `items`: lane ℓ
/// computes the items at ℓ, ℓ + width, …. With `width` ≤ 1 or a single item, the calls run in order on the
/// calling thread. Callers that run OpenBLAS inside `body` should do so under `BLASThreads.with(1)`, so that
/// each lane's arithmetic, and therefore the result, is the sequential one.
public func concurrentMap<Item: Sendable, T: Sendable>(
    _ items: [Item], width: Int, _ body: @Sendable (Item) -> T
) -> [T] {
    let lanes = min(max(width, 1), items.count)
    guard lanes > 1 else { return items.map(body) }
    let slots = WriteOnceSlots<T>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: lanes) { lane in
        for index in stride(from: lane, to: items.count, by: lanes) { slots.store(body(items[index]), at: index) }
    }
    return slots.values
}

/// Result slots shared by concurrent lanes; each index is written by exactly one thread and read after
/// `concurrentPerform` returns, which orders the accesses. The slots are raw memory allocated once: an `Array`
/// would not do, because its mutating accessors (`withUnsafeMutableBufferPointer` swaps the storage out while the
/// closure runs) are themselves writes to the shared array, a data race between the threads.
private final class WriteOnceSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) {
        precondition(index >= 0 && index < count, "result slot \(index) outside 0..<\(count)")
        slots[index] = value
    }

    var values: [T] { (0..<count).map { slots[$0]! } }
}
