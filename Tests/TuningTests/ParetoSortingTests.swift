import Randomness
import Testing
import Tuning

@Suite struct ParetoSortingTests {
    @Test func aHandWorkedSetSortsIntoItsFronts() {
        let points: [[Double]] = [[1, 5], [2, 3], [3, 4], [4, 1], [5, 5], [2, 3], [6, 6]]
        let sorting = NondominatedSorting(points)
        #expect(sorting.fronts == [[0, 1, 3, 5], [2], [4], [6]])
        #expect(sorting.ranks == [0, 0, 1, 0, 2, 0, 3])
        #expect(ParetoFront.indices(of: points) == [0, 1, 3, 5])
    }

    @Test func constraintDominationPutsFeasibleVectorsFirstThenLessViolation() {
        let points: [[Double]] = [[1, 1], [5, 5], [0, 0], [3, 3], [4, 2]]
        let violations = [2.0, 0, 1, 0, 0]
        let sorting = NondominatedSorting(points, violations: violations)
        #expect(sorting.ranks == [3, 1, 2, 0, 0])
        #expect(sorting.fronts == [[3, 4], [1], [2], [0]])
        #expect(ParetoFront.indices(of: points, violations: violations) == [3, 4])
        #expect(ParetoFront.indices(of: points, violations: [2, 1, 1, 3, .nan]) == [1, 2])
    }

    @Test func emptyAndSingleSets() {
        #expect(NondominatedSorting([]).fronts.isEmpty)
        #expect(NondominatedSorting([[1, 2]]).ranks == [0])
        #expect(ParetoFront.indices(of: []).isEmpty)
        #expect(ParetoFront.indices(of: [], violations: []).isEmpty)
    }

    @Test(arguments: [2, 3, 4])
    func ranksAreTheLongestDominanceChains(dimension: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(100 + dimension))
        for trial in 0..<60 {
            let count = Int.random(in: 0...40, using: &rng)
            let points = MultiObjectiveReference.randomSet(count: count, dimension: dimension, using: &rng)
            let sorting = NondominatedSorting(points)
            let expected = MultiObjectiveReference.ranks(count) { ParetoDominance.dominates(points[$0], points[$1]) }
            #expect(sorting.ranks == expected, "set \(trial)")
            #expect(sorting.fronts.joined().sorted() == Array(0..<count))
            for (k, front) in sorting.fronts.enumerated() {
                #expect(front.allSatisfy { sorting.ranks[$0] == k } && front == front.sorted())
            }
            #expect(ParetoFront.indices(of: points) == (sorting.fronts.first ?? []), "set \(trial)")
        }
    }

    @Test(arguments: [2, 3])
    func constrainedRanksAreTheLongestConstrainedChains(dimension: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(200 + dimension))
        for trial in 0..<60 {
            let count = Int.random(in: 0...30, using: &rng)
            let points = MultiObjectiveReference.randomSet(count: count, dimension: dimension, using: &rng)
            let feasibleShare = Double.random(in: 0...1, using: &rng)
            let violations = (0..<count).map { _ in
                Double.random(in: 0..<1, using: &rng) < feasibleShare ? 0 : Double(Int.random(in: 1...4, using: &rng))
            }
            let sorting = NondominatedSorting(points, violations: violations)
            let expected = MultiObjectiveReference.ranks(count) {
                ParetoDominance.constrainedDominates(
                    points[$0], violation: violations[$0], points[$1], violation: violations[$1])
            }
            #expect(sorting.ranks == expected, "set \(trial)")
            #expect(ParetoFront.indices(of: points, violations: violations) == (sorting.fronts.first ?? []))
            if violations.contains(0) {
                #expect(sorting.fronts[0].allSatisfy { violations[$0] == 0 }, "set \(trial)")
            }
        }
    }
}
