/// Fixed-size storage for scalars, allocated once and freed when the last reference goes away.
///
/// Workspaces, parameters and optimizer state live in these buffers so the training loop reaches memory through
/// plain pointers (no copy-on-write checks, no array bounds checks in release loops). A buffer never grows: a
/// network sized for batches of B rows uses the first `rows·columns` elements for a smaller last batch.
public final class ScalarBuffer<Scalar: NetworkScalar> {
    /// The first element.
    public let pointer: UnsafeMutablePointer<Scalar>
    /// Number of elements.
    public let count: Int

    /// `count` elements, all `value`.
    public init(count: Int, repeating value: Scalar = 0) {
        precondition(count >= 0, "ScalarBuffer count must be non-negative, got \(count)")
        self.count = count
        pointer = UnsafeMutablePointer<Scalar>.allocate(capacity: Swift.max(count, 1))
        pointer.initialize(repeating: value, count: Swift.max(count, 1))
    }

    deinit { pointer.deallocate() }

    /// The elements as an array (a copy).
    public var array: [Scalar] { Array(UnsafeBufferPointer(start: pointer, count: count)) }

    /// Overwrites the elements with `values` (same count).
    public func assign(_ values: [Scalar]) {
        precondition(values.count == count, "ScalarBuffer.assign: have \(count) elements, got \(values.count)")
        values.withUnsafeBufferPointer { pointer.update(from: $0.baseAddress!, count: count) }
    }

    /// Sets every element to zero.
    public func zero() { pointer.update(repeating: 0, count: count) }
}
