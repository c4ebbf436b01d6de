import Testing
import Tuning

@Suite struct MultiObjectiveCrowdingTests {
    @Test func interiorVectorsAddTheirNeighboursNormalizedGaps() {
        // Loss 0 (range 5): 1, 2, 4, 6 → ∞, 3/5, 4/5, ∞. Loss 1 (range 4): 5, 3, 2, 1 → ∞, 3/4, 2/4, ∞.
        let distances = CrowdingDistance.distances([[1, 5], [2, 3], [4, 2], [6, 1]])
        #expect(distances[0] == .infinity && distances[3] == .infinity)
        #expect(abs(distances[1] - 1.35) < 1e-12 && abs(distances[2] - 1.3) < 1e-12)
    }

    @Test func aLossWithoutRangeAddsNothing() {
        #expect(CrowdingDistance.distances([[1, 2], [2, 2], [3, 2]]) == [.infinity, 1, .infinity])
        #expect(CrowdingDistance.distances([[1, 1], [1, 1], [1, 1]]) == [0, 0, 0])
        #expect(CrowdingDistance.distances([[4, 4]]) == [0])
    }

    @Test func smallFrontsAreAllBoundary() {
        #expect(CrowdingDistance.distances([[1, 2], [2, 1]]) == [.infinity, .infinity])
        #expect(CrowdingDistance.distances([]).isEmpty)
    }

    @Test func undefinedQuotientsAreInfiniteAndNanLossesHaveNoRange() {
        // Loss 0 spans 0…∞, so the middle vector's gap (∞ − 0)/∞ is undefined and counts as +∞.
        #expect(CrowdingDistance.distances([[0, 3], [1, 2], [.infinity, 1]]) == [.infinity, .infinity, .infinity])
        // Loss 1 holds a NaN, so only loss 0 counts: (3 − 1)/2 for the middle vector.
        #expect(CrowdingDistance.distances([[1, .nan], [2, 1], [3, 0]]) == [.infinity, 1, .infinity])
    }

    @Test func theResultDoesNotDependOnTheOrder() {
        let front: [[Double]] = [[0, 9, 3], [1, 7, 1], [3, 4, 2], [6, 2, 0], [9, 0, 5], [5, 3, 4]]
        let distances = CrowdingDistance.distances(front)
        let permutation = [4, 2, 0, 5, 3, 1]
        let permuted = CrowdingDistance.distances(permutation.map { front[$0] })
        for (k, i) in permutation.enumerated() where distances[i].isFinite {
            #expect(abs(permuted[k] - distances[i]) < 1e-12)
        }
        #expect(distances.filter(\.isInfinite).count == permuted.filter(\.isInfinite).count)
    }
}
