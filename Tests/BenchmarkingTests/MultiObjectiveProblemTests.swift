import Benchmarking
import Foundation
import Randomness
import Testing
import Tuning

@Suite struct MultiObjectiveProblemTests {
    @Test func theCatalogHoldsTheDocumentedProblems() throws {
        let all = MultiObjectiveProblem.all
        #expect(all.map(\.name) == ["zdt1", "zdt2", "zdt3", "dtlz2", "bnh", "c2dtlz2"])
        #expect(all.map(\.dimension) == [6, 6, 6, 6, 2, 6])
        #expect(all.map(\.objectiveNames.count) == [2, 2, 2, 3, 2, 2])
        #expect(all.map(\.constraintNames) == [[], [], [], [], ["g1", "g2"], ["g1"]])
        #expect(MultiObjectiveProblem.named("dtlz2")?.objectiveNames == ["f1", "f2", "f3"])
        #expect(MultiObjectiveProblem.named("zdt3")?.referencePoint == [11, 11])
        #expect(MultiObjectiveProblem.named("dtlz2")?.referencePoint == [1.1, 1.1, 1.1])
        #expect(MultiObjectiveProblem.named("bnh")?.referencePoint == [140, 50])
        #expect(MultiObjectiveProblem.named("bnh")?.bounds == [0...5, 0...3])
        #expect(MultiObjectiveProblem.named("c2dtlz2")?.referencePoint == [1.1, 1.1])
        #expect(MultiObjectiveProblem.named("zdt4") == nil)
        #expect(MultiObjectiveProblem.groupKeyword == "multiobjective")
        for problem in all {
            #expect(problem.referencePoint.count == problem.objectiveNames.count, "\(problem.name)")
            #expect(problem.space.parameters.map(\.name) == problem.parameterNames, "\(problem.name)")
            #expect(problem.space.count == problem.dimension, "\(problem.name)")
        }
        #expect(try MultiObjectiveProblem.zdt2(dimension: 30).dimension == 30)
        #expect(try MultiObjectiveProblem.dtlz2(dimension: 7, objectives: 4).referencePoint.count == 4)
    }

    @Test func zdtPointsWithZeroTailLieOnTheKnownFront() throws {
        let fronts: [(MultiObjectiveProblem, (Double) -> Double)] = [
            (try .zdt1(), { 1 - $0.squareRoot() }),
            (try .zdt2(), { 1 - $0 * $0 }),
            (try .zdt3(), { 1 - $0.squareRoot() - $0 * sin(10 * Double.pi * $0) }),
            (try .zdt1(dimension: 2), { 1 - $0.squareRoot() }),
            (try .zdt3(dimension: 30), { 1 - $0.squareRoot() - $0 * sin(10 * Double.pi * $0) }),
        ]
        for (problem, front) in fronts {
            for t in stride(from: 0.0, through: 1.0, by: 0.05) {
                let x = [t] + Array(repeating: 0, count: problem.dimension - 1)
                let value = problem.evaluate(x)
                #expect(value.objectives[0] == t)
                #expect(abs(value.objectives[1] - front(t)) < 1e-15, "\(problem.name) at f1 = \(t)")
                #expect(value.constraints.isEmpty)
                // Any other tail raises g and so f2 on every ZDT problem: the point is dominated.
                var off = x
                off[problem.dimension - 1] = 0.1
                #expect(problem.evaluate(off).objectives[1] > value.objectives[1], "\(problem.name) at \(t)")
            }
        }
    }

    @Test func dtlz2PointsWithHalfTailLieOnTheUnitSphere() throws {
        var rng = Xoshiro256StarStar(seed: 18)
        for problem in [try MultiObjectiveProblem.dtlz2(), try .dtlz2(dimension: 4, objectives: 2)] {
            let m = problem.objectiveNames.count
            for _ in 0..<500 {
                let head = (0..<(m - 1)).map { _ in Double.random(in: 0...1, using: &rng) }
                let tail = Array(repeating: 0.5, count: problem.dimension - m + 1)
                let onFront = problem.evaluate(head + tail).objectives
                #expect(abs(onFront.reduce(0) { $0 + $1 * $1 } - 1) < 1e-14)
                let anywhere = (0..<problem.dimension).map { _ in Double.random(in: 0...1, using: &rng) }
                #expect(problem.evaluate(anywhere).objectives.reduce(0) { $0 + $1 * $1 } >= 1 - 1e-14)
            }
        }
    }

    @Test func valuesMatchHandComputedOnes() throws {
        // ZDT1 at (0.25, 1, …, 1): g = 1 + 9 · 5/5 = 10, f2 = 10 (1 − √0.025).
        let zdt1 = try MultiObjectiveProblem.zdt1().evaluate([0.25, 1, 1, 1, 1, 1]).objectives
        #expect(abs(zdt1[1] - (10 - 10 * 0.15811388300841897)) < 1e-13)
        // ZDT2 at (0.5, 0.5, …): g = 1 + 9 · 2.5/5 = 5.5, f2 = 5.5 (1 − (0.5/5.5)²) = 5.5 − 0.25/5.5.
        let zdt2 = try MultiObjectiveProblem.zdt2().evaluate(Array(repeating: 0.5, count: 6)).objectives
        #expect(abs(zdt2[1] - (5.5 - 0.25 / 5.5)) < 1e-13)
        // ZDT3 at (0.05, 0, …): sin(π/2) = 1, f2 = 1 − √0.05 − 0.05.
        let zdt3 = try MultiObjectiveProblem.zdt3().evaluate([0.05, 0, 0, 0, 0, 0]).objectives
        #expect(abs(zdt3[1] - (0.95 - 0.22360679774997896)) < 1e-15)
        // DTLZ2: corners of the front, and x1 = x2 = ½ with g = 4 · ¼ = 1: 2 (½, ½, 1/√2).
        let dtlz2 = try MultiObjectiveProblem.dtlz2()
        #expect(dtlz2.evaluate([0, 0, 0.5, 0.5, 0.5, 0.5]).objectives == [1, 0, 0])
        let top = dtlz2.evaluate([1, 0.3, 0.5, 0.5, 0.5, 0.5]).objectives
        #expect(abs(top[0]) < 1e-15 && abs(top[1]) < 1e-15 && top[2] == 1)
        let middle = dtlz2.evaluate([0.5, 0.5, 1, 1, 1, 1]).objectives
        #expect(zip(middle, [1, 1, 2.0.squareRoot()]).allSatisfy { abs($0 - $1) < 1e-14 })
        // BNH at its front's ends.
        #expect(MultiObjectiveProblem.bnh.evaluate([0, 0]).objectives == [0, 50])
        #expect(MultiObjectiveProblem.bnh.evaluate([5, 3]).objectives == [136, 4])
    }

    @Test func constraintSignsAtKnownFeasibleAndInfeasiblePoints() throws {
        let bnh = MultiObjectiveProblem.bnh
        // (0, 0): g1 = 25 − 25 = 0 (on the boundary, feasible), g2 = 7.7 − 64 − 9 = −65.3.
        let origin = bnh.evaluate([0, 0]).constraints
        #expect(origin[0] == 0 && abs(origin[1] + 65.3) < 1e-13 && MultiObjectiveProblem.isFeasible(origin))
        // (5, 3): g1 = 9 − 25 = −16, g2 = 7.7 − 9 − 36 = −37.3.
        let end = bnh.evaluate([5, 3]).constraints
        #expect(end[0] == -16 && abs(end[1] + 37.3) < 1e-13)
        // (0, 3): g1 = 25 + 9 − 25 = 9 > 0, infeasible.
        #expect(bnh.evaluate([0, 3]).constraints[0] == 9)
        #expect(!MultiObjectiveProblem.isFeasible(bnh.evaluate([0, 3]).constraints))

        let c2 = try MultiObjectiveProblem.c2dtlz2()
        let half = Array(repeating: 0.5, count: 5)
        // On the unit circle at (1, 0) and at (1, 1)/√2: −r².
        #expect(abs(c2.evaluate([0] + half).constraints[0] + 0.04) < 1e-15)
        #expect(abs(c2.evaluate([0.5] + half).constraints[0] + 0.04) < 1e-15)
        // At angle π/8, as far from (1, 0) as from (1, 1)/√2: 2 − 2 cos(π/8) − r² > 0.
        #expect(abs(c2.evaluate([0.25] + half).constraints[0] - (2 - 2 * cos(Double.pi / 8) - 0.04)) < 1e-15)
        // Radius 1 + 5/4 on the f1 axis: (2.25 − 1)² − r².
        #expect(abs(c2.evaluate([0, 1, 1, 1, 1, 1]).constraints[0] - (1.5625 - 0.04)) < 1e-14)
        #expect(!MultiObjectiveProblem.isFeasible([0, .nan]) && MultiObjectiveProblem.isFeasible([]))
    }

    @Test func swiftAndPythonDefinitionsAgree() {
        #expect(Set(MultiObjectiveProblemFixture.cases.keys) == Set(MultiObjectiveProblem.all.map(\.name)))
        for problem in MultiObjectiveProblem.all {
            let cases = MultiObjectiveProblemFixture.cases[problem.name] ?? []
            #expect(cases.count == 8, "\(problem.name)")
            for fixture in cases {
                let value = problem.evaluate(fixture.x)
                let swift = value.objectives + value.constraints
                let python = fixture.objectives + fixture.constraints
                #expect(swift.count == python.count, "\(problem.name) at \(fixture.x)")
                for (s, p) in zip(swift, python) {
                    #expect(abs(s - p) <= 1e-12 * max(1, abs(p)), "\(problem.name) at \(fixture.x): \(s) vs \(p)")
                }
            }
        }
    }

    @Test func evaluatingParametersEqualsEvaluatingTheVector() {
        for problem in MultiObjectiveProblem.all {
            let x = problem.bounds.map { 0.3 * $0.lowerBound + 0.7 * $0.upperBound }
            let params = Dictionary(
                uniqueKeysWithValues: zip(problem.parameterNames, x.map { ParameterValue.float($0) }))
            let byName = problem.evaluate(params)
            let byVector = problem.evaluate(x)
            #expect(byName.objectives == byVector.objectives && byName.constraints == byVector.constraints)
            #expect(problem.evaluate(Parameters()).objectives.allSatisfy { $0.isNaN }, "\(problem.name)")
        }
    }

    @Test func dimensionsBelowTheMinimumAreTypedErrors() {
        #expect(throws: MultiObjectiveProblemError.dimensionTooSmall(problem: "zdt1", dimension: 1, minimum: 2)) {
            try MultiObjectiveProblem.zdt1(dimension: 1)
        }
        #expect(throws: MultiObjectiveProblemError.dimensionTooSmall(problem: "dtlz2", dimension: 2, minimum: 3)) {
            try MultiObjectiveProblem.dtlz2(dimension: 2, objectives: 3)
        }
        #expect(throws: MultiObjectiveProblemError.tooFewObjectives(problem: "dtlz2", objectives: 1)) {
            try MultiObjectiveProblem.dtlz2(objectives: 1)
        }
        #expect(throws: MultiObjectiveProblemError.self) { try MultiObjectiveProblem.c2dtlz2(dimension: 0) }
        let message = MultiObjectiveProblemError.dimensionTooSmall(problem: "zdt3", dimension: 1, minimum: 2)
        #expect(message.description == "zdt3: dimension 1 is below its minimum 2")
    }

    @Test func zdt3PartsAreWhereTheFrontIsTheRunningMinimum() {
        // h(t) = 1 − √t − t sin(10πt): each part ends at a local minimum of h, and the next starts where h comes
        // back down to that minimum.
        let h = { (t: Double) in 1 - t.squareRoot() - t * sin(10 * Double.pi * t) }
        let front = (try? MultiObjectiveProblem.zdt3())?.paretoFront(count: 5000) ?? []
        let parts = [
            0...0.08300153492691163, 0.18222872802939977...0.2577623633878302,
            0.4093136748086569...0.45388210408883023, 0.6183967944392659...0.6525117038046626,
            0.8233317983266328...0.8518328654364138,
        ]
        for (index, part) in parts.enumerated() {
            let b = part.upperBound
            #expect(h(b) < h(b - 1e-6) && h(b) < h(b + 1e-6), "part \(index)")
            if index > 0 { #expect(abs(h(part.lowerBound) - h(parts[index - 1].upperBound)) < 1e-13) }
        }
        // Brute force: on a fine grid, the running minimum of h equals h exactly inside the parts.
        var runningMinimum = Double.infinity
        for i in 0...100_000 {
            let t = Double(i) / 100_000
            runningMinimum = min(runningMinimum, h(t))
            let inPart = parts.contains { $0.contains(t) }
            if inPart != (h(t) <= runningMinimum) {
                // Only within a grid step of a part's ends may the two disagree.
                #expect(parts.contains { abs($0.lowerBound - t) < 2e-5 || abs($0.upperBound - t) < 2e-5 }, "\(t)")
            }
        }
        #expect(front.count == 5000 && front.allSatisfy { p in parts.contains { $0.contains(p[0]) } })
    }

    @Test func paretoFrontSamplesHaveTheAskedSizeAndDoNotDominateEachOther() {
        for problem in MultiObjectiveProblem.all {
            #expect(problem.paretoFront(count: 0).isEmpty)
            for count in 1...12 { #expect(problem.paretoFront(count: count).count == count, "\(problem.name)") }
            let front = problem.paretoFront(count: 300)
            #expect(front.allSatisfy { $0.count == problem.objectiveNames.count })
            for a in front {
                #expect(!front.contains { MultiObjectiveHypervolumeReference.dominates($0, a) }, "\(problem.name)")
            }
        }
        // C2-DTLZ2's front points are feasible: within r of a disc centre on the unit circle.
        let centres = [[1.0, 0], [0, 1], [1 / 2.0.squareRoot(), 1 / 2.0.squareRoot()]]
        for f in (try? MultiObjectiveProblem.c2dtlz2())?.paretoFront(count: 1000) ?? [] {
            let distance = centres.map { c in hypot(f[0] - c[0], f[1] - c[1]) }.min()!
            #expect(distance <= MultiObjectiveProblem.c2dtlz2Radius + 1e-12 && abs(hypot(f[0], f[1]) - 1) < 1e-15)
        }
    }

    @Test func maximumHypervolumesMatchTheirClosedFormsAndABruteForceFront() throws {
        #expect(try MultiObjectiveProblem.zdt1().maximumHypervolume == 121 - 1.0 / 3)
        #expect(try MultiObjectiveProblem.zdt2().maximumHypervolume == 121 - 2.0 / 3)
        #expect(abs(try MultiObjectiveProblem.dtlz2().maximumHypervolume - (1.331 - Double.pi / 6)) < 1e-14)
        #expect(abs(try MultiObjectiveProblem.dtlz2(objectives: 2).maximumHypervolume - (1.21 - Double.pi / 4)) < 1e-14)
        #expect(MultiObjectiveProblem.bnh.maximumHypervolume == 15856.0 / 3)
        for problem in MultiObjectiveProblem.all where problem.objectiveNames.count == 2 {
            let coarse = MultiObjectiveHypervolumeReference.hypervolume2D(
                problem.paretoFront(count: 1000), reference: problem.referencePoint)
            let fine = MultiObjectiveHypervolumeReference.hypervolume2D(
                problem.paretoFront(count: 50_000), reference: problem.referencePoint)
            // A finite sample of the front dominates less than the front, and approaches it as it grows.
            #expect(coarse < fine && fine <= problem.maximumHypervolume, "\(problem.name)")
            #expect(problem.maximumHypervolume - fine < 2e-5 * problem.maximumHypervolume, "\(problem.name)")
        }
        let dtlz2 = try MultiObjectiveProblem.dtlz2()
        let coarse = MultiObjectiveHypervolumeReference.hypervolume3D(
            dtlz2.paretoFront(count: 200), reference: dtlz2.referencePoint)
        let fine = MultiObjectiveHypervolumeReference.hypervolume3D(
            dtlz2.paretoFront(count: 1500), reference: dtlz2.referencePoint)
        #expect(coarse < fine && fine <= dtlz2.maximumHypervolume)
        #expect(dtlz2.maximumHypervolume - fine < 0.03 * dtlz2.maximumHypervolume)
    }

    @Test func logHypervolumeDifferenceIsFlooredLikeRegret() {
        let problem = MultiObjectiveProblem.bnh
        #expect(problem.logHypervolumeDifference(problem.maximumHypervolume) == -12)
        #expect(problem.logHypervolumeDifference(problem.maximumHypervolume + 1) == -12)
        #expect(abs(problem.logHypervolumeDifference(problem.maximumHypervolume - 100) - 2) < 1e-12)
    }
}
