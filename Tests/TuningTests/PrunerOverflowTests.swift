import Testing

@testable import Tuning

/// Pruner arithmetic at the ends of `Int`: rung steps r·η^(s+k), Hyperband's bracket count and budgets saturate
/// instead of trapping, whatever values reach the library (the spec layer bounds them further).
@Suite struct PrunerOverflowTests {
    let huge = [Int.max, Int.max / 2, 1 << 40, 1 << 62]

    @Test func rungStepsSaturateInsteadOfOverflowing() throws {
        for value in huge {
            let asha = try SuccessiveHalvingPruner(
                minResource: value, reductionFactor: value, minEarlyStoppingRate: value)
            #expect(asha.rungStep(0, minResource: value) == .max)
            #expect(asha.rungStep(Int.max, minResource: 1) == .max)
            let curve = running(1, [1, 2, 3])
            #expect(!asha.shouldPrune(curve, among: scriptedTrials([[1, 2, 3]]), direction: .minimize))
        }
        let plain = try SuccessiveHalvingPruner(minResource: 3, reductionFactor: 2, minEarlyStoppingRate: 1)
        #expect(plain.rungStep(0, minResource: 3) == 6 && plain.rungStep(2, minResource: 3) == 24)
    }

    @Test func aTrialAtTheLargestStepIsJudgedWithoutTrapping() throws {
        let asha = try SuccessiveHalvingPruner(minResource: 1, reductionFactor: 2)
        let last = Trial(number: 1, state: .running, intermediateValues: [Int.max: 1])
        let others = [Trial(number: 0, state: .complete, value: 0, intermediateValues: [Int.max: 0])]
        #expect(asha.shouldPrune(last, among: others + [last], direction: .minimize))
        let band = try HyperbandPruner(minResource: 1, reductionFactor: 2)
        _ = band.shouldPrune(last, among: others + [last], direction: .minimize)
    }

    @Test func hyperbandBracketsStayFiniteForEveryResource() throws {
        for maxResource in huge {
            for factor in [2, 3, 1000, Int.max] {
                let band = try HyperbandPruner(minResource: 1, maxResource: maxResource, reductionFactor: factor)
                let n = band.bracketCount(maxResource: maxResource)
                #expect(n >= 1 && n <= 63)
                let budgets = band.bracketBudgets(n)
                #expect(budgets.allSatisfy { $0 >= 1 } && budgets.reduce(0, +) > 0)
                for number in 0..<20 { #expect((0..<n).contains(band.bracket(ofTrial: number, brackets: n))) }
                let trial = running(1, [1, 2, 3])
                _ = band.shouldPrune(trial, among: scriptedTrials([[1, 2, 3]]), direction: .minimize)
            }
        }
        let huge = try HyperbandPruner(minResource: Int.max - 1, maxResource: Int.max, reductionFactor: 2)
        #expect(huge.bracketCount(maxResource: Int.max) == 1)
    }

    @Test func smallBracketsKeepTheirBudgets() throws {
        // n = 3 brackets for R/r = 9, η = 3: ⌈3·9/3⌉, ⌈3·3/2⌉, ⌈3·1/1⌉ = 9, 5, 3.
        let band = try HyperbandPruner(minResource: 1, maxResource: 9, reductionFactor: 3)
        #expect(band.bracketCount(maxResource: 9) == 3)
        #expect(band.bracketBudgets(3) == [9, 5, 3])
    }
}
