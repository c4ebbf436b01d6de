import Foundation
import Randomness
import Testing

@testable import Tuning

/// What NSGA-II gains over random search on seeded runs (deterministic: one job, no timing): the hypervolume of
/// the ZDT1 front, feasibility under a constraint, and the best value of a single-objective problem.
@Suite struct NSGAIISearchTests {
    @Test func theZDT1FrontAfter400TrialsBeatsRandomSearch() throws {
        let reference = [1.1, 1.1]
        let objectives = NSGAIIFixture.twoObjectives
        let nsga = try NSGAIIFixture.zdtRun(NSGAIIFixture.sampler(population: 20), seed: 1, trials: 400)
        let random = try NSGAIIFixture.zdtRun(RandomSampler(), seed: 1, trials: 400)
        let nsgaVolume = NSGAIIFixture.hypervolume(of: nsga, objectives: objectives, reference: reference)
        let randomVolume = NSGAIIFixture.hypervolume(of: random, objectives: objectives, reference: reference)
        // The true front's hypervolume for this reference is 1.21 − 1/3 ≈ 0.877. On this seed NSGA-II reaches
        // 0.794 and random search 0.158; the test asks for at least 0.7 and a lead of 0.4.
        #expect(nsgaVolume <= 1.21 - 1.0 / 3 + 1e-9)
        #expect(nsgaVolume >= 0.7 && nsgaVolume >= randomVolume + 0.4, "nsga2 \(nsgaVolume), random \(randomVolume)")
    }

    /// ZDT1 with the constraint c = (x₀ − ½)² + (x₁ − ½)² ≤ 0.04 (a disk of radius 0.2: about 12.6 % of random
    /// points are feasible).
    @Test func withAConstraintTheFrontIsFeasibleAndMostLateProposalsAreToo() throws {
        let objectives = try StudyObjectives(
            objectives: NSGAIIFixture.twoObjectives.objectives,
            constraints: [OutcomeConstraint(metric: "c", relation: .atMost, bound: 0.04)])
        let constraint: @Sendable ([String: Double], TrialContext) throws -> [String: Double] = { metrics, trial in
            let (x0, x1) = (try trial.float("x0"), try trial.float("x1"))
            return metrics.merging(["c": (x0 - 0.5) * (x0 - 0.5) + (x1 - 0.5) * (x1 - 0.5)]) { a, _ in a }
        }
        func feasibleShare(_ trials: [Trial]) -> Double {
            Double(trials.filter { objectives.isFeasible($0) }.count) / Double(trials.count)
        }
        let nsga = try NSGAIIFixture.zdtRun(
            NSGAIIFixture.sampler(population: 20), seed: 3, trials: 200, objectives: objectives, constraint: constraint)
        let random = try NSGAIIFixture.zdtRun(
            RandomSampler(), seed: 3, trials: 200, objectives: objectives, constraint: constraint)
        let late = Array(nsga.dropFirst(60))
        // On this seed 79 % of NSGA-II's proposals after its third generation are feasible, 13 % of random ones.
        #expect(feasibleShare(late) > 0.5, "feasible share after 3 generations \(feasibleShare(late))")
        #expect(feasibleShare(random) < 0.25)
        // The first front under constraint domination, and the elite the last generation was bred from.
        let members = nsga.compactMap { NSGAIISampler.member($0, objectives: objectives) }
        let sorting = NondominatedSorting(members.map(\.losses), violations: members.map(\.violation))
        #expect(!sorting.fronts[0].isEmpty && sorting.fronts[0].allSatisfy { members[$0].violation == 0 })
        let elite = NSGAIISampler.elite(before: 10, populationSize: 20, trials: nsga, objectives: objectives)
        #expect(elite.count == 20 && elite.allSatisfy { $0.violation == 0 })
        #expect(objectives.paretoFront(of: nsga).allSatisfy { objectives.isFeasible($0) })
    }

    @Test func aSingleObjectiveStudyImprovesOnRandomSearch() throws {
        let space = try SearchSpace((0..<4).map { .float("x\($0)", -5, 5) })
        let sphere = ClosureObjective { trial in
            try (0..<4).map { try trial.float("x\($0)") }.map { $0 * $0 }.reduce(0, +)
        }
        func best(_ sampler: any Sampler) throws -> Double {
            let study = try Study(space: space, sampler: sampler, seed: 6)
            _ = try study.optimize(sphere, trials: 200)
            return try study.trials.compactMap(\.value).min()!
        }
        let nsga = try best(NSGAIIFixture.sampler(population: 10))
        let random = try best(RandomSampler())
        // On this seed: 0.042 against 5.0.
        #expect(nsga < random / 20, "nsga2 \(nsga), random \(random)")
    }
}
