import LinearAlgebra
import Randomness
import Testing

@testable import Optimize

/// The compact form θI − WMWᵀ against the dense BFGS recursion, and M·v against the explicit middle matrix.
@Suite struct LimitedMemoryMatrixTests {
    func bTimes(_ memory: LimitedMemoryMatrix, _ v: [Double]) -> [Double] {
        var out = v
        var scratch = [Double](repeating: 0, count: 2 * memory.capacity)
        var scratch2 = scratch
        memory.multiply(v, into: &out, scratch: &scratch, scratch2: &scratch2)
        return out
    }

    @Test(arguments: [(1, 1), (3, 2), (3, 3), (3, 7), (5, 4)])
    func compactFormEqualsDenseBFGS(capacity: Int, pairCount: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(10 * capacity + pairCount))
        let n = 6
        let pairs = DenseBFGS.randomPairs(n: n, count: pairCount, using: &rng)
        let kept = Array(pairs.suffix(capacity))
        let memory = DenseBFGS.memory(n: n, capacity: capacity, pairs: pairs)
        #expect(memory.count == kept.count)
        #expect(abs(memory.theta - DenseBFGS.theta(kept.last!)) <= 1e-12 * memory.theta)
        let dense = DenseBFGS(n: n, theta: memory.theta, pairs: kept)
        for _ in 0..<3 {
            let v = (0..<n).map { _ in Double.random(in: -1...1, using: &rng) }
            let expected = dense.times(v)
            let scale = expected.reduce(1.0) { max($0, abs($1)) }
            #expect(TestObjectives.maxDifference(bTimes(memory, v), expected) <= 1e-10 * scale)
        }
    }

    @Test func middleProductInvertsTheMiddleMatrix() {
        var rng = Xoshiro256StarStar(seed: 7)
        let n = 5
        let k = 3
        let pairs = DenseBFGS.randomPairs(n: n, count: k, using: &rng)
        let memory = DenseBFGS.memory(n: n, capacity: 4, pairs: pairs)
        // M⁻¹ = [[−D, Lᵀ], [L, θSᵀS]] built straight from the pairs.
        func dotted(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0.0) { $0 + $1.0 * $1.1 } }
        var inverse = [Double](repeating: 0, count: 4 * k * k)
        for i in 0..<k {
            for j in 0..<k {
                let sy = dotted(pairs[i].s, pairs[j].y)
                if i == j { inverse[i * 2 * k + j] = -sy }
                if i > j {
                    inverse[(k + i) * 2 * k + j] = sy  // L
                    inverse[j * 2 * k + k + i] = sy  // Lᵀ
                }
                inverse[(k + i) * 2 * k + k + j] = memory.theta * dotted(pairs[i].s, pairs[j].s)
            }
        }
        let v = (0..<(2 * k)).map { _ in Double.random(in: -1...1, using: &rng) }
        var mv = [Double](repeating: 0, count: 2 * memory.capacity)
        memory.multiplyMiddle(v + [0, 0], into: &mv)
        let back = (0..<(2 * k)).map { i in (0..<(2 * k)).reduce(0.0) { $0 + inverse[i * 2 * k + $1] * mv[$1] } }
        #expect(TestObjectives.maxDifference(back, v) <= 1e-10)
    }

    @Test func resetGivesTheIdentity() {
        var rng = Xoshiro256StarStar(seed: 3)
        var memory = DenseBFGS.memory(n: 4, capacity: 3, pairs: DenseBFGS.randomPairs(n: 4, count: 2, using: &rng))
        memory.reset()
        #expect(memory.count == 0 && memory.theta == 1)
        let v = [1.0, -2, 3, 0.5]
        #expect(bTimes(memory, v) == v)
    }

    @Test func repeatedStepsStillMatchDenseBFGS() {
        // s₂ = s₁ makes SᵀS singular, but T = θSᵀS + L D⁻¹ Lᵀ stays positive definite and B stays exact.
        let pairs: [(s: [Double], y: [Double])] = [([1, 0, 0.5], [2, 0.5, 1]), ([1, 0, 0.5], [3, 0.2, 1])]
        let memory = DenseBFGS.memory(n: 3, capacity: 4, pairs: pairs)
        let dense = DenseBFGS(n: 3, theta: memory.theta, pairs: pairs)
        let v = [0.3, -1, 2]
        #expect(TestObjectives.maxDifference(bTimes(memory, v), dense.times(v)) <= 1e-12)
    }

    @Test func overflowingPairsAreRejectedAndEmptyTheMemory() {
        var memory = LimitedMemoryMatrix(dimension: 3, capacity: 4)
        let first = memory.append(s: [1, 0, 0], y: [2, 0, 0])
        let second = memory.append(s: [1e200, 1, 0], y: [1e200, 0, 1])
        #expect(first && !second)
        #expect(memory.count == 0 && memory.theta == 1)
    }
}
