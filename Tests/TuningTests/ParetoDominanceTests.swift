import Testing
import Tuning

@Suite struct ParetoDominanceTests {
    @Test func dominanceNeedsNoWorseEverywhereAndBetterSomewhere() {
        #expect(ParetoDominance.dominates([1, 2], [1, 3]))
        #expect(ParetoDominance.dominates([0, 0, 0], [1, 1, 1]))
        #expect(!ParetoDominance.dominates([1, 3], [1, 2]))
        #expect(!ParetoDominance.dominates([1, 3], [2, 2]))
        #expect(!ParetoDominance.dominates([2, 2], [1, 3]))
        #expect(!ParetoDominance.dominates([1, 2], [1, 2]), "equal vectors do not dominate each other")
        #expect(ParetoDominance.weaklyDominates([1, 2], [1, 2]))
        #expect(ParetoDominance.weaklyDominates([1, 2], [1, 3]))
        #expect(!ParetoDominance.weaklyDominates([1, 3], [2, 2]))
    }

    @Test func nanNeitherDominatesNorIsDominated() {
        #expect(!ParetoDominance.dominates([.nan, 0], [1, 1]))
        #expect(!ParetoDominance.dominates([0, 0], [.nan, 1]))
        #expect(!ParetoDominance.weaklyDominates([.nan], [.nan]))
    }

    @Test func aFeasibleVectorBeatsAnyInfeasibleOne() {
        #expect(ParetoDominance.constrainedDominates([9, 9], violation: 0, [0, 0], violation: 0.1))
        #expect(!ParetoDominance.constrainedDominates([0, 0], violation: 0.1, [9, 9], violation: 0))
    }

    @Test func ofTwoInfeasibleVectorsTheSmallerViolationWins() {
        #expect(ParetoDominance.constrainedDominates([9, 9], violation: 1, [0, 0], violation: 2))
        #expect(!ParetoDominance.constrainedDominates([0, 0], violation: 2, [9, 9], violation: 1))
        #expect(!ParetoDominance.constrainedDominates([0, 0], violation: 1, [9, 9], violation: 1))
        #expect(!ParetoDominance.constrainedDominates([0, 0], violation: .infinity, [9, 9], violation: .infinity))
        #expect(ParetoDominance.constrainedDominates([0, 0], violation: 5, [0, 0], violation: .infinity))
    }

    @Test func ofTwoFeasibleVectorsParetoDominanceDecides() {
        #expect(ParetoDominance.constrainedDominates([1, 1], violation: 0, [1, 2], violation: 0))
        #expect(!ParetoDominance.constrainedDominates([1, 2], violation: 0, [2, 1], violation: 0))
        #expect(!ParetoDominance.constrainedDominates([1, 2], violation: 0, [1, 2], violation: 0))
    }

    @Test func nanViolationsAreInfiniteAndNegativeOnesFeasible() {
        #expect(ParetoDominance.normalizedViolation(.nan) == .infinity)
        #expect(ParetoDominance.normalizedViolation(-3) == 0)
        #expect(ParetoDominance.constrainedDominates([9], violation: 7, [0], violation: .nan))
        #expect(ParetoDominance.constrainedDominates([1], violation: -1, [2], violation: 0))
        #expect(ParetoDominance.constrainedDominates([1], violation: -1, [0], violation: 0.5))
    }
}
