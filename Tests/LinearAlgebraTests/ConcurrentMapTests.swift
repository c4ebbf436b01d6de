import LinearAlgebra
import Synchronization
import Testing

@Suite struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 2, 3, 8])
    func resultsComeInTheOrderOfTheItems(width: Int) {
        let items = Array(0..<37)
        let squares = concurrentMap(items, width: width) { $0 * $0 }
        #expect(squares == items.map { $0 * $0 })
    }

    @Test func everyItemIsComputedExactlyOnce() {
        let calls = Mutex([Int](repeating: 0, count: 50))
        _ = concurrentMap(Array(0..<50), width: 4) { i in calls.withLock { $0[i] += 1 } }
        #expect(calls.withLock { $0 } == [Int](repeating: 1, count: 50))
    }

    @Test func noItemsGiveNoResults() {
        #expect(concurrentMap([Int](), width: 2) { $0 }.isEmpty)
    }

    @Test func blasInsideEachLaneGivesTheSequentialResult() {
        let a = Matrix<Double>(rows: 40, columns: 40, elements: (0..<1600).map { Double(($0 * 7919) % 101) / 101 })
        let products = { (width: Int) in
            concurrentMap(Array(1...6), width: width) { k in
                BLASThreads.with(1) { (a * a).elements.map { $0 * Double(k) } }
            }
        }
        #expect(products(2) == products(1))
    }
}
