import Randomness
import Testing
import Tuning

@Suite struct MultiObjectiveImprovementRegionTests {
    @Test func aTwoDimensionalStaircaseGivesOneBoxMoreThanSteps() {
        let region = ImprovementRegion(front: [[2, 2], [1, 3], [3, 1], [3, 3]], reference: [4, 4])
        let m = -Double.infinity
        let expected: [ImprovementRegion.Box] = [
            .init(lower: [m, m], upper: [1, 4]), .init(lower: [1, m], upper: [2, 3]),
            .init(lower: [2, m], upper: [3, 2]), .init(lower: [3, m], upper: [4, 1]),
        ]
        #expect(region.boxes == expected)
        #expect(region.hypervolumeImprovement(of: [0, 0]) == 10)
        #expect(region.hypervolumeImprovement(of: [2, 2]) == 0)
        #expect(region.hypervolumeImprovement(of: [1.5, 2.5]) == 0.25)
        #expect(region.hypervolumeImprovement(of: [5, 0]) == 0)
    }

    @Test func anEmptyFrontLeavesTheWholeReferenceBox() {
        let region = ImprovementRegion(front: [[5, 5, 5]], reference: [4, 4, 4])
        let m = -Double.infinity
        let whole = ImprovementRegion.Box(lower: [m, m, m], upper: [4, 4, 4])
        #expect(region.boxes == [whole])
        #expect(region.hypervolumeImprovement(of: [1, 2, 3]) == 6)
        let line = ImprovementRegion(front: [[2], [3]], reference: [4])
        #expect(line.boxes == [ImprovementRegion.Box(lower: [m], upper: [2])])
        #expect(line.hypervolumeImprovement(of: [0.5]) == 1.5)
    }

    @Test func threeDimensionalUnitVectors() {
        let region = ImprovementRegion(front: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], reference: [2, 2, 2])
        #expect(region.hypervolumeImprovement(of: [0, 0, 0]) == 1)
        #expect(region.hypervolumeImprovement(of: [-1, -1, -1]) == 27 - 7)
        #expect(region.hypervolumeImprovement(of: [0.5, 0.5, 1]) == 0)
    }

    @Test func boxesThatOutliveASliceAreExtended() {
        // Below z = 0 nothing dominates; from z = 0 the staircase {(1, 2)}; from z = 1 {(1, 2), (2, 1)}. The box
        // left of x = 1 is the same in both slices, so it is one box over 0 ≤ z ≤ 3: 5 boxes, not 6.
        let region = ImprovementRegion(front: [[2, 1, 1], [1, 2, 0]], reference: [3, 3, 3])
        let m = -Double.infinity
        let left = ImprovementRegion.Box(lower: [m, m, 0], upper: [1, 3, 3])
        #expect(region.boxes.count == 5)
        #expect(region.boxes.contains(left))
        #expect(region.hypervolumeImprovement(of: [0, 0, 0]) == 27 - (4 + 6 - 2))
    }

    @Test(arguments: [(2, 20), (3, 12), (4, 7)])
    func improvementsAreHypervolumeDifferences(dimension: Int, maximumCount: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(500 + dimension))
        let reference = MultiObjectiveReference.reference(dimension)
        for trial in 0..<50 {
            let count = Int.random(in: 0...maximumCount, using: &rng)
            let front = MultiObjectiveReference.randomSet(count: count, dimension: dimension, using: &rng)
            let region = ImprovementRegion(front: front, reference: reference)
            let before = MultiObjectiveReference.hypervolume(front, reference: reference)
            for y in MultiObjectiveReference.randomSet(count: 6, dimension: dimension, using: &rng) {
                let expected = MultiObjectiveReference.hypervolume(front + [y], reference: reference) - before
                let improvement = region.hypervolumeImprovement(of: y)
                #expect(
                    abs(improvement - expected) <= 1e-9 * 10e4, "set \(trial), y \(y): \(improvement) vs \(expected)")
            }
        }
    }

    @Test(arguments: [(2, 20), (3, 12), (4, 6)])
    func boxesAreDisjointAndFillTheUndominatedRegion(dimension: Int, maximumCount: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(600 + dimension))
        let reference = MultiObjectiveReference.reference(dimension)
        let floor = [Double](repeating: -1, count: dimension)
        for trial in 0..<40 {
            let count = Int.random(in: 0...maximumCount, using: &rng)
            let front = MultiObjectiveReference.randomSet(count: count, dimension: dimension, using: &rng)
            // Below the floor every box reaches −∞ in the same coordinates, so clipping there keeps overlaps.
            let boxes = ImprovementRegion(front: front, reference: reference).boxes.map { box in
                ImprovementRegion.Box(lower: zip(box.lower, floor).map { max($0, $1) }, upper: box.upper)
            }
            for a in boxes.indices {
                for b in boxes.indices where b > a {
                    #expect(intersection(boxes[a], boxes[b]) == 0, "set \(trial): boxes \(a) and \(b) overlap")
                }
            }
            let filled = boxes.reduce(0) { $0 + intersection($1, $1) }
            let undominated =
                reference.reduce(1) { $0 * ($1 + 1) } - MultiObjectiveReference.hypervolume(front, reference: reference)
            #expect(abs(filled - undominated) <= 1e-9 * 10e4, "set \(trial): \(filled) vs \(undominated)")
        }
    }

    @Test(arguments: [2, 3])
    func theGradientMatchesCentralDifferences(dimension: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(700 + dimension))
        let reference = MultiObjectiveReference.reference(dimension)
        for trial in 0..<20 {
            let front = MultiObjectiveReference.randomSet(count: 8, dimension: dimension, using: &rng)
            let boxes = ImprovementRegion(front: front, reference: reference).boxes
            let y = (0..<dimension).map { _ in Double.random(in: 0.1..<9.9, using: &rng) }
            var gradient: [Double] = []
            let value = ImprovementRegion.hypervolumeImprovement(of: y, boxes: boxes, gradient: &gradient)
            #expect(MultiObjectiveReference.close(value, ImprovementRegion.hypervolumeImprovement(of: y, boxes: boxes)))
            let h = 1e-6
            for j in 0..<dimension {
                var up = y
                var down = y
                up[j] += h
                down[j] -= h
                let difference =
                    (ImprovementRegion.hypervolumeImprovement(of: up, boxes: boxes)
                        - ImprovementRegion.hypervolumeImprovement(of: down, boxes: boxes)) / (2 * h)
                #expect(abs(gradient[j] - difference) <= 1e-5 * max(1, abs(difference)), "set \(trial), j \(j)")
            }
        }
    }

    private func intersection(_ a: ImprovementRegion.Box, _ b: ImprovementRegion.Box) -> Double {
        var volume = 1.0
        for j in a.lower.indices { volume *= max(0, min(a.upper[j], b.upper[j]) - max(a.lower[j], b.lower[j])) }
        return volume
    }
}
