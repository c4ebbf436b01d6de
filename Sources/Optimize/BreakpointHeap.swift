/// A binary min-heap of variable indices ordered by their breakpoints tᵢ, for visiting the breakpoints of the
/// projected steepest-descent path in increasing order (BLNZ §4: "the breakpoints are sorted using a heap", so
/// only the ones actually passed cost O(log n) each). Storage is allocated once; `keys` is passed to every
/// operation rather than stored, so that the heap never copies it.
struct BreakpointHeap {
    private var indices: [Int]
    /// Number of indices in the heap.
    private(set) var count = 0

    init(capacity: Int) {
        indices = Array(repeating: 0, count: capacity)
    }

    var isEmpty: Bool { count == 0 }

    /// Empties the heap.
    mutating func removeAll() { count = 0 }

    /// Adds an index without restoring the heap order; call `heapify(keys:)` after the last one.
    mutating func appendUnordered(_ index: Int) {
        indices[count] = index
        count += 1
    }

    /// Restores the heap order in O(count) (Floyd's bottom-up construction).
    mutating func heapify(keys: [Double]) {
        var node = count / 2 - 1
        while node >= 0 {
            siftDown(node, keys: keys)
            node -= 1
        }
    }

    /// The index with the smallest key. The heap must not be empty.
    var minimum: Int { indices[0] }

    /// Removes the index with the smallest key.
    mutating func removeMinimum(keys: [Double]) {
        count -= 1
        if count > 0 {
            indices[0] = indices[count]
            siftDown(0, keys: keys)
        }
    }

    private mutating func siftDown(_ start: Int, keys: [Double]) {
        var parent = start
        let item = indices[parent]
        let itemKey = keys[item]
        while true {
            var child = 2 * parent + 1
            if child >= count { break }
            if child + 1 < count && keys[indices[child + 1]] < keys[indices[child]] { child += 1 }
            if keys[indices[child]] >= itemKey { break }
            indices[parent] = indices[child]
            parent = child
        }
        indices[parent] = item
    }
}
