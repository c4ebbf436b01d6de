import Testing

@testable import Tuning

/// Scripted learning curves: trial i reports `curves[i][s]` at step s (minimizing a loss).
func scriptedTrials(_ curves: [[Double]], states: [TrialState]? = nil) -> [Trial] {
    curves.enumerated().map { i, curve in
        Trial(
            number: i, state: states?[i] ?? .complete, value: curve.last,
            intermediateValues: Dictionary(uniqueKeysWithValues: curve.enumerated().map { ($0, $1) }))
    }
}

func running(_ number: Int, _ curve: [Double]) -> Trial {
    Trial(
        number: number, state: .running,
        intermediateValues: Dictionary(uniqueKeysWithValues: curve.enumerated().map { ($0, $1) }))
}

@Suite struct MedianAndPercentilePrunerTests {
    // Five complete trials; at step 2 their values are 5, 4, 3, 2, 1 (median 3).
    let history = scriptedTrials([[9, 7, 5], [8, 6, 4], [7, 5, 3], [6, 4, 2], [5, 3, 1]])

    @Test func prunesAboveTheMedianAtTheSameStepOnly() throws {
        let pruner = try MedianPruner()
        #expect(pruner.shouldPrune(running(5, [9, 9, 3.5]), among: history, direction: .minimize))
        #expect(!pruner.shouldPrune(running(5, [9, 9, 2.5]), among: history, direction: .minimize))
        #expect(
            !pruner.shouldPrune(running(5, [9, 9, 3]), among: history, direction: .minimize),
            "equal to the median survives")
        #expect(
            !pruner.shouldPrune(running(5, [2.9]), among: history, direction: .minimize), "best value so far counts")
    }

    @Test func waitsForStartupTrialsAndWarmupSteps() throws {
        let few = Array(history.prefix(3))
        #expect(!(try MedianPruner()).shouldPrune(running(5, [99, 99, 99]), among: few, direction: .minimize))
        #expect(
            try MedianPruner(startupTrials: 3).shouldPrune(running(5, [99, 99, 99]), among: few, direction: .minimize))
        let warm = try MedianPruner(warmupSteps: 3)
        #expect(!warm.shouldPrune(running(5, [99, 99, 99]), among: history, direction: .minimize))
    }

    @Test func decidesOnlyOnTheIntervalGrid() throws {
        let pruner = try MedianPruner(intervalSteps: 2)
        #expect(pruner.shouldPrune(running(5, [99, 99, 99]), among: history, direction: .minimize))
        #expect(
            !pruner.shouldPrune(running(5, [99, 99]), among: history, direction: .minimize), "step 1 is off the grid")
    }

    @Test func percentileAndDirectionSetTheThreshold() throws {
        // 25th percentile of {5,4,3,2,1} is 2: a value of 2.5 is pruned, 1.5 survives.
        let strict = try PercentilePruner(percentile: 25)
        #expect(strict.shouldPrune(running(5, [9, 9, 2.5]), among: history, direction: .minimize))
        #expect(!strict.shouldPrune(running(5, [9, 9, 1.5]), among: history, direction: .minimize))
        // Maximizing: the threshold is the 75th percentile (4); the best value so far (max) is compared.
        #expect(strict.shouldPrune(running(5, [1, 2, 3.5]), among: history, direction: .maximize))
        #expect(!strict.shouldPrune(running(5, [4.5, 0, 0]), among: history, direction: .maximize))
        #expect(throws: StudyError.self) { try PercentilePruner(percentile: 120) }
    }

    @Test func allNaNIntermediatesArePruned() throws {
        #expect(try MedianPruner().shouldPrune(running(5, [.nan, .nan]), among: history, direction: .minimize))
    }
}

@Suite struct SuccessiveHalvingPrunerTests {
    @Test func aTrialMustBeInTheTopFractionAtEachRung() throws {
        // r = 1, η = 2: rungs at steps 1, 2, 4. Competitors' values at step 1: 1, 2, 3.
        let asha = try SuccessiveHalvingPruner(minResource: 1, reductionFactor: 2)
        let others = scriptedTrials([[9, 1, 1], [9, 2, 2], [9, 3, 3]])
        // With itself: 4 values, top ⌊4/2⌋ = 2 survive: 1.5 is 2nd → promoted; 2.5 is 3rd → pruned.
        #expect(!asha.shouldPrune(running(3, [9, 1.5]), among: others, direction: .minimize))
        #expect(asha.shouldPrune(running(3, [9, 2.5]), among: others, direction: .minimize))
        // Step 0 is below the first rung: no decision.
        #expect(!asha.shouldPrune(running(3, [99]), among: others, direction: .minimize))
        // Step 3 is between rungs: no new decision, even for a bad value.
        #expect(!asha.shouldPrune(running(3, [9, 1.5, 1.5, 99]), among: others, direction: .minimize))
    }

    @Test func minEarlyStoppingRateDelaysTheFirstRung() throws {
        let asha = try SuccessiveHalvingPruner(minResource: 1, reductionFactor: 2, minEarlyStoppingRate: 1)
        let others = scriptedTrials([[9, 1, 1], [9, 2, 2], [9, 3, 3]])
        #expect(!asha.shouldPrune(running(3, [9, 2.5]), among: others, direction: .minimize), "first rung is step 2")
        #expect(asha.shouldPrune(running(3, [9, 2.5, 2.5]), among: others, direction: .minimize))
    }

    @Test func automaticMinResourceWaitsForACompleteTrial() throws {
        let asha = try SuccessiveHalvingPruner(reductionFactor: 2)
        let runningOnly = [running(0, [1, 1, 1])]
        #expect(!asha.shouldPrune(running(1, [9, 9]), among: runningOnly, direction: .minimize))
        let done = scriptedTrials([[1, 1, 1]])
        #expect(asha.shouldPrune(running(1, [9, 9]), among: done, direction: .minimize))
    }
}

@Suite struct HyperbandPrunerTests {
    @Test func bracketsFollowTheBudgetFormula() throws {
        let hb = try HyperbandPruner(minResource: 1, maxResource: 27, reductionFactor: 3)
        #expect(hb.bracketCount(maxResource: 27) == 4)
        #expect(hb.bracketCount(maxResource: 26) == 3)
        let counts = (0..<4000).reduce(into: [Int](repeating: 0, count: 4)) {
            $0[hb.bracket(ofTrial: $1, brackets: 4)] += 1
        }
        // Budgets ⌈4·3^s/(s+1)⌉ for s = 3…0: 27, 12, 6, 4 out of 49.
        for (i, budget) in [27.0, 12, 6, 4].enumerated() {
            #expect(abs(Double(counts[i]) / 4000 - budget / 49) < 0.03, "bracket \(i)")
        }
    }

    @Test func trialsCompeteOnlyWithinTheirBracket() throws {
        let hb = try HyperbandPruner(minResource: 1, maxResource: 9, reductionFactor: 3)
        let n = hb.bracketCount(maxResource: 9)
        let zeroBracket = (0..<200).filter { hb.bracket(ofTrial: $0, brackets: n) == 0 }
        let otherBracket = (0..<200).filter { hb.bracket(ofTrial: $0, brackets: n) != 0 }
        let me = zeroBracket[3]
        // Strong competitors in other brackets do not count; in bracket 0 (first rung at step 1) they do.
        let strangers = otherBracket.prefix(6).map {
            Trial(number: $0, state: .complete, value: 0, intermediateValues: [0: 0, 1: 0])
        }
        #expect(!hb.shouldPrune(running(me, [5, 5]), among: strangers, direction: .minimize))
        let rivals = zeroBracket.prefix(3).map {
            Trial(number: $0, state: .complete, value: 0, intermediateValues: [0: 0, 1: 0])
        }
        #expect(hb.shouldPrune(running(me, [5, 5]), among: rivals, direction: .minimize))
    }
}
