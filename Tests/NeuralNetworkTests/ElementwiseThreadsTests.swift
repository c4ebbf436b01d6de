import Randomness
import Synchronization
import Testing

@testable import NeuralNetwork

/// The split of element-wise kernels between threads: full, disjoint coverage, and results independent of it.
@Suite("Element-wise kernels split between threads")
struct ElementwiseThreadsTests {
    /// Every index is visited exactly once, for sizes around the chunk boundaries and 1 to 3 threads.
    @Test(arguments: [0, 1, 7, 8, 9, 24, 25, 1000])
    func rangesCoverEveryIndexOnce(count: Int) {
        for threads in 1...3 {
            let visits = Mutex([Int](repeating: 0, count: count))
            ElementwiseThreads.forEachRange(count: count, minimumChunk: 4, threadBudget: threads) { start, n in
                #expect(n > 0)
                visits.withLock { for i in start..<start + n { $0[i] += 1 } }
            }
            visits.withLock { #expect($0.allSatisfy { $0 == 1 }, "count \(count), \(threads) threads") }
        }
    }

    /// Work smaller than two chunks stays on the calling thread, in one range.
    @Test func smallWorkIsNotSplit() {
        let calls = Mutex(0)
        ElementwiseThreads.forEachRange(count: 100, minimumChunk: 64, threadBudget: 4) { start, n in
            #expect(start == 0 && n == 100)
            calls.withLock { $0 += 1 }
        }
        #expect(calls.withLock { $0 } == 1)
    }

    /// Adam's update split in three is bit-for-bit the serial update (it is element-wise).
    @Test func adamStepDoesNotDependOnTheSplit() {
        let n = 10_001
        var rng = Xoshiro256StarStar(seed: 3)
        let g = (0..<n).map { _ in Float(rng.nextNormal() as Double) }
        var serial = (0..<n).map { _ in Float(rng.nextNormal() as Double) }
        var split = serial
        var (m1, v1) = ([Float](repeating: 0.1, count: n), [Float](repeating: 0.2, count: n))
        var (m2, v2) = (m1, v1)
        for t in 1...3 {
            adamStep(&serial, g, &m1, &v1, n, Float(1e-3), beta1: 0.9, beta2: 0.999, epsilon: 1e-8, t: t)
            split.withUnsafeMutableBufferPointer { p in
                m2.withUnsafeMutableBufferPointer { m in
                    v2.withUnsafeMutableBufferPointer { v in
                        let (p, m, v) = (p.baseAddress!, m.baseAddress!, v.baseAddress!)
                        g.withUnsafeBufferPointer { g in
                            let g = g.baseAddress!
                            ElementwiseThreads.forEachRange(count: n, minimumChunk: 1000, threadBudget: 3) { i, k in
                                adamStep(
                                    p + i, g + i, m + i, v + i, k, Float(1e-3), beta1: 0.9, beta2: 0.999,
                                    epsilon: 1e-8, t: t)
                            }
                        }
                    }
                }
            }
        }
        #expect(serial == split && m1 == m2 && v1 == v2)
    }
}
