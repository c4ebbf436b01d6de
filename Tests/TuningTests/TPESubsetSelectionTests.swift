import Foundation
import Randomness
import Testing

@testable import Tuning

/// The greedy hypervolume subset selection that cuts the last front of multi-objective TPE's good group.
@Suite struct TPESubsetSelectionTests {
    /// Greedy subset selection against brute force on random fronts: the first pick is the best single vector,
    /// and every greedy subset reaches (1 − 1/e) of the best subset of its size.
    @Test func greedySubsetSelectionMatchesBruteForceBounds() {
        var rng = Xoshiro256StarStar(seed: 5)
        for trial in 0..<30 {
            let dimension = 2 + trial % 2
            let count = 5 + trial % 4
            let points = (0..<count).map { _ in (0..<dimension).map { _ in Double.random(in: 0..<1, using: &rng) } }
            let reference = TPESplit.referencePoint(of: points)
            for k in 1..<count {
                let greedy = TPESplit.greedyHypervolumeSubset(points, count: k, reference: reference)
                #expect(Set(greedy).count == k)
                let achieved = Hypervolume.volume(of: greedy.map { points[$0] }, reference: reference)
                var best = 0.0
                for mask in 0..<(1 << count) where mask.nonzeroBitCount == k {
                    let subset = (0..<count).filter { mask & (1 << $0) != 0 }.map { points[$0] }
                    best = max(best, Hypervolume.volume(of: subset, reference: reference))
                }
                #expect(achieved >= (1 - exp(-1)) * best - 1e-12)
                if k == 1 { #expect(abs(achieved - best) < 1e-12) }
            }
        }
        #expect(TPESplit.greedyHypervolumeSubset([[0, 1], [1, 0]], count: 1, reference: [.infinity, 2]) == [0])
    }

    /// Hand-worked gains at reference (2, 2): (0, 1) alone holds 2 · 1 = 2; over {(1, 0)} it adds
    /// 2 − (2 − 1) · (2 − 1) = 1; a copy of a chosen vector, or a vector outside the reference box, adds 0.
    @Test func exclusiveGainsAreTheVolumeAddedToTheChosenSet() {
        #expect(TPESplit.exclusiveGain(of: [0, 1], over: [], reference: [2, 2]) == 2)
        #expect(TPESplit.exclusiveGain(of: [0, 1], over: [[1, 0]], reference: [2, 2]) == 1)
        #expect(TPESplit.exclusiveGain(of: [1, 0], over: [[1, 0]], reference: [2, 2]) == 0)
        #expect(TPESplit.exclusiveGain(of: [3, 0], over: [], reference: [2, 2]) == 0)
        // Greedy on (0, 1.6), (0.8, 0.8), (1.5, 0): boxes 0.8, 1.44, 1, so (0.8, 0.8) first; then (0, 1.6) adds
        // 0.8 − 1.2 · 0.4 = 0.32 and (1.5, 0) adds 1 − 0.5 · 1.2 = 0.4.
        let points: [[Double]] = [[0, 1.6], [0.8, 0.8], [1.5, 0]]
        #expect(TPESplit.greedyHypervolumeSubset(points, count: 2, reference: [2, 2]) == [1, 2])
    }
}
