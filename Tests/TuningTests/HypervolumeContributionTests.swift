import Randomness
import Testing
import Tuning

@Suite struct HypervolumeContributionTests {
    @Test func eachStepOfAStaircaseOwnsOneSquare() {
        #expect(Hypervolume.contributions(of: [[1, 3], [2, 2], [3, 1]], reference: [4, 4]) == [1, 1, 1])
    }

    @Test func dominatedVectorsCopiesAndOutsidersContributeNothing() {
        // (1, 1) owns its 2 × 2 box less the unit square (2, 2) also covers.
        #expect(Hypervolume.contributions(of: [[1, 1], [2, 2]], reference: [3, 3]) == [3, 0])
        #expect(Hypervolume.contributions(of: [[1, 1], [1, 1]], reference: [3, 3]) == [0, 0])
        #expect(Hypervolume.contributions(of: [[1, 1], [3, 0], [0, 5]], reference: [3, 3]) == [4, 0, 0])
        #expect(Hypervolume.contributions(of: [], reference: [3, 3]).isEmpty)
    }

    @Test func threeDimensionalUnitVectors() {
        // Each unit vector alone covers the points whose other two coordinates are below 1: 1 × 1 × 1.
        let contributions = Hypervolume.contributions(of: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], reference: [2, 2, 2])
        #expect(contributions == [1, 1, 1])
    }

    @Test(arguments: [(2, 20), (3, 12), (4, 7)])
    func contributionsAreVolumeLostByRemoval(dimension: Int, maximumCount: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(400 + dimension))
        let reference = MultiObjectiveReference.reference(dimension)
        for trial in 0..<60 {
            let count = Int.random(in: 0...maximumCount, using: &rng)
            let points = MultiObjectiveReference.randomSet(count: count, dimension: dimension, using: &rng)
            let contributions = Hypervolume.contributions(of: points, reference: reference)
            let total = MultiObjectiveReference.hypervolume(points, reference: reference)
            for i in points.indices {
                var rest = points
                rest.remove(at: i)
                let expected = total - MultiObjectiveReference.hypervolume(rest, reference: reference)
                #expect(
                    abs(contributions[i] - expected) <= 1e-9 * max(1, total),
                    "set \(trial), point \(i): \(contributions[i]) vs \(expected)")
            }
        }
    }
}
