import Foundation
import Randomness
import Testing

@testable import Tuning

/// NSGA-II's selections on hand-made populations: elitist survival (fronts, then crowding; constraint domination),
/// the binary tournament, generations by trial number, and survival against a brute-force reference.
@Suite struct NSGAIISelectionTests {
    typealias Member = NSGAIIPopulation.Member

    static func members(_ losses: [[Double]], violations: [Double]? = nil) -> [Member] {
        losses.enumerated().map { Member(number: $0, losses: $1, violation: violations?[$0] ?? 0) }
    }

    /// Front 0: (0, 3), (1, 2), (2, 1), (3, 0). Front 1: (1.5, 3), (2.5, 2.5), (3, 2.4), whose middle member has
    /// crowding distance (3 − 1.5)/1.5 + (3 − 2.4)/0.6 = 2 and whose ends have ∞. Front 2: (5, 5).
    static let layered = members([
        [2.5, 2.5], [0, 3], [5, 5], [1, 2], [1.5, 3], [2, 1], [3, 2.4], [3, 0],
    ])

    @Test func survivalFillsFrontsThenKeepsTheLeastCrowded() {
        let ranked = NSGAIIPopulation(Self.layered, constrained: false)
        #expect(ranked.ranks == [1, 0, 2, 0, 1, 0, 1, 0])
        #expect(ranked.crowding[0] == 2 && ranked.crowding[4] == .infinity && ranked.crowding[6] == .infinity)
        let survivors = NSGAIIPopulation.survivors(of: Self.layered, count: 6, constrained: false)
        #expect(Set(survivors.map(\.number)) == [1, 3, 5, 7, 4, 6])
        #expect(NSGAIIPopulation.survivors(of: Self.layered, count: 7, constrained: false).count == 7)
        #expect(!NSGAIIPopulation.survivors(of: Self.layered, count: 7, constrained: false).contains { $0.number == 2 })
        #expect(NSGAIIPopulation.survivors(of: Self.layered, count: 20, constrained: false) == Self.layered)
    }

    @Test func constraintDominationPutsFeasibleMembersFirstThenSmallerViolations() {
        let population = Self.members([[5, 5], [0, 0], [0, 0], [9, 9]], violations: [0, 1, 0.5, 0])
        let survivors = NSGAIIPopulation.survivors(of: population, count: 3, constrained: true)
        #expect(Set(survivors.map(\.number)) == [0, 3, 2])
        let unconstrained = NSGAIIPopulation.survivors(of: population, count: 2, constrained: false)
        #expect(Set(unconstrained.map(\.number)) == [1, 2], "without constraints the violation is not read")
    }

    @Test func theTournamentWinnerIsNeverWorseThanItsOpponent() {
        // One objective: ranks 0…4 in loss order; the worst member never wins, the best wins whenever drawn
        // (probability 2/5 per tournament).
        let population = NSGAIIPopulation(Self.members([[3], [0], [4], [1], [2]]), constrained: false)
        #expect(population.ranks == [3, 0, 4, 1, 2])
        var rng = Xoshiro256StarStar(seed: 12)
        var wins = [Int](repeating: 0, count: 5)
        for _ in 0..<5000 { wins[population.tournament(using: &rng)] += 1 }
        #expect(wins[2] == 0)
        #expect(abs(Double(wins[1]) / 5000 - 0.4) < 0.03)
        #expect(wins[1] > wins[3] && wins[3] > wins[4] && wins[4] > wins[0])
        // Within one front, the crowded middle member loses to either end.
        let front = NSGAIIPopulation(Self.members([[0, 2], [1, 1], [2, 0]]), constrained: false)
        for _ in 0..<200 { #expect(front.tournament(using: &rng) != 1) }
        #expect(NSGAIIPopulation(Self.members([[1]]), constrained: false).tournament(using: &rng) == 0)
    }

    @Test func survivalAgreesWithABruteForceReference() {
        var rng = Xoshiro256StarStar(seed: 31)
        for round in 0..<60 {
            let n = Int.random(in: 2...14, using: &rng)
            let d = Int.random(in: 1...3, using: &rng)
            // Few distinct values, so ties and duplicates occur.
            let losses = (0..<n).map { _ in (0..<d).map { _ in Double(Int.random(in: 0...4, using: &rng)) } }
            let violations = (0..<n).map { _ in
                Bool.random(using: &rng) ? 0 : Double(Int.random(in: 1...3, using: &rng))
            }
            let constrained = round % 2 == 0
            let population = Self.members(losses, violations: violations)
            let count = Int.random(in: 1...n, using: &rng)
            let survivors = Set(
                NSGAIIPopulation.survivors(of: population, count: count, constrained: constrained)
                    .map(\.number))
            #expect(survivors.count == min(count, n))
            // Brute force: rank = number of peelings of the members no remaining member dominates.
            func dominates(_ a: Int, _ b: Int) -> Bool {
                if constrained && (violations[a] > 0 || violations[b] > 0) {
                    return violations[a] < violations[b]
                }
                return zip(losses[a], losses[b]).allSatisfy { $0 <= $1 } && losses[a] != losses[b]
            }
            var rank = [Int](repeating: -1, count: n)
            var level = 0
            while rank.contains(-1) {
                let remaining = (0..<n).filter { rank[$0] == -1 }
                for i in remaining where !remaining.contains(where: { dominates($0, i) }) { rank[i] = level }
                level += 1
            }
            let ranked = NSGAIIPopulation(population, constrained: constrained)
            #expect(ranked.ranks == rank, "round \(round)")
            for s in survivors {
                for dropped in (0..<n) where !survivors.contains(dropped) {
                    let better =
                        rank[s] < rank[dropped]
                        || (rank[s] == rank[dropped] && ranked.crowding[s] >= ranked.crowding[dropped])
                    #expect(better, "round \(round): survivor \(s) vs dropped \(dropped)")
                }
            }
        }
    }

    @Test func generationsAreTrialNumberRangesAndTheEliteKeepsTheBest() {
        // P = 2, one objective. Generation 0: trials 0-1, generation 1: 2-3, generation 2: 4-5.
        let values: [Double?] = [5, 4, 3, nil, 9, 1]
        let trials = values.enumerated().map { i, v in
            Trial(number: i, state: v == nil ? .failed : .complete, params: ["x": .float(0)], value: v)
        }
        let objectives = StudyObjectives.single(.minimize)
        let generations = NSGAIISampler.generations(
            before: 3, populationSize: 2, trials: trials.reversed(), objectives: objectives)
        #expect(generations.map { $0.map(\.number) } == [[0, 1], [2], [4, 5]])
        func elite(before g: Int) -> [Int] {
            NSGAIISampler.elite(before: g, populationSize: 2, trials: trials, objectives: objectives)
                .map(\.number).sorted()
        }
        #expect(elite(before: 0) == [])
        #expect(elite(before: 1) == [0, 1])
        #expect(elite(before: 2) == [1, 2])
        #expect(elite(before: 3) == [2, 5])
    }
}
