/// Shuffling and uniform integers that depend only on the generator's output, so the same seed gives the same
/// split on every platform and Swift version (the standard library's `shuffle(using:)` does not promise its
/// algorithm).
extension MutableCollection where Self: RandomAccessCollection, Index == Int {
    /// Fisher-Yates shuffle (Knuth, TAOCP vol. 2, §3.4.2, Algorithm P), drawing from `rng`.
    mutating func seededShuffle(using rng: inout some RandomNumberGenerator) {
        guard count > 1 else { return }
        var i = endIndex - 1
        while i > startIndex {
            let j = startIndex + uniformIndex(below: i - startIndex + 1, using: &rng)
            swapAt(i, j)
            i -= 1
        }
    }
}

/// A uniform integer in `0..<bound` by Lemire's multiply-and-reject method ("Fast Random Integer Generation in
/// an Interval", ACM TOMACS 2019), which is unbiased.
func uniformIndex(below bound: Int, using rng: inout some RandomNumberGenerator) -> Int {
    precondition(bound > 0, "uniformIndex: bound must be positive, got \(bound)")
    let s = UInt64(bound)
    var product = rng.next().multipliedFullWidth(by: s)
    if product.low < s {
        let threshold = (0 &- s) % s
        while product.low < threshold { product = rng.next().multipliedFullWidth(by: s) }
    }
    return Int(product.high)
}
