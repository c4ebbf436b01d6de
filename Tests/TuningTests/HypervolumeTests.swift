import Randomness
import Testing
import Tuning

@Suite struct HypervolumeTests {
    @Test func aTwoDimensionalStaircase() {
        #expect(Hypervolume.volume(of: [[1, 3], [2, 2], [3, 1]], reference: [4, 4]) == 6)
        // A dominated vector, a copy, one beyond the reference and one on it change nothing.
        let noisy: [[Double]] = [[3, 3], [1, 3], [2, 2], [5, 0], [3, 1], [2, 2], [0, 4]]
        #expect(Hypervolume.volume(of: noisy, reference: [4, 4]) == 6)
        #expect(Hypervolume.volume(of: [], reference: [4, 4]) == 0)
        #expect(Hypervolume.volume(of: [[4, 0], [.nan, 1]], reference: [4, 4]) == 0)
    }

    @Test func threeDimensionalHandWorkedSets() {
        #expect(Hypervolume.volume(of: [[0, 0, 0]], reference: [1, 2, 3]) == 6)
        // Boxes of 4 and 2 meeting in [1, 2]³: 4 + 2 − 1.
        #expect(Hypervolume.volume(of: [[0, 0, 1], [1, 1, 0]], reference: [2, 2, 2]) == 5)
        // The unit vectors leave only [0, 1)³ of [0, 2]³ undominated.
        #expect(Hypervolume.volume(of: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], reference: [2, 2, 2]) == 7)
    }

    @Test(arguments: [1, 4, 5])
    func unitVectorsLeaveOneUnitCube(dimension: Int) {
        let points = (0..<dimension).map { i in (0..<dimension).map { $0 == i ? 1.0 : 0 } }
        let expected = Double(1 << dimension) - 1
        #expect(Hypervolume.volume(of: points, reference: [Double](repeating: 2, count: dimension)) == expected)
    }

    @Test func oneDimensionIsTheDistanceFromTheBestLoss() {
        #expect(Hypervolume.volume(of: [[3], [1.5], [7]], reference: [4]) == 2.5)
    }

    @Test(arguments: [(2, 25), (3, 14), (4, 8)])
    func randomSetsMatchTheCellCount(dimension: Int, maximumCount: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(300 + dimension))
        let reference = MultiObjectiveReference.reference(dimension)
        for trial in 0..<120 {
            let count = Int.random(in: 0...maximumCount, using: &rng)
            let points = MultiObjectiveReference.randomSet(count: count, dimension: dimension, using: &rng)
            let volume = Hypervolume.volume(of: points, reference: reference)
            let expected = MultiObjectiveReference.hypervolume(points, reference: reference)
            #expect(MultiObjectiveReference.close(volume, expected), "set \(trial): \(volume) vs \(expected)")
        }
    }

    @Test func theVolumeIsInvariantUnderPermutingObjectives() {
        var rng = Xoshiro256StarStar(seed: 42)
        let reference = MultiObjectiveReference.reference(4)
        for _ in 0..<30 {
            let points = MultiObjectiveReference.randomSet(count: 12, dimension: 4, using: &rng)
            let permutation = [2, 0, 3, 1]
            let permuted = points.map { p in permutation.map { p[$0] } }
            #expect(
                MultiObjectiveReference.close(
                    Hypervolume.volume(of: points, reference: reference),
                    Hypervolume.volume(of: permuted, reference: reference)))
        }
    }
}
