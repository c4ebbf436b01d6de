import Testing

@testable import Optimize

/// Quadratics ½(x − c)ᵀA(x − c) with known minimizers, interior and with active bounds (KKT checked).
@Suite struct QuadraticMinimizationTests {
    let tight = MinimizationHarness(options: .init(gradientTolerance: 1e-10, relativeReduction: 0))

    @Test func diagonalInteriorMinimumIsFoundUnbounded() {
        let a = TestObjectives.diagonal([1, 10, 100, 0.5])
        let c = [1.0, -2, 3, 0.5]
        let (lower, upper) = MinimizationHarness.free(4)
        let run = tight.run(
            from: [0, 0, 0, 0], lower: lower, upper: upper,
            objective: TestObjectives.quadratic(a, center: c))
        #expect(run.result.status == .converged(.gradientTolerance))
        #expect(TestObjectives.maxDifference(run.result.x, c) < 1e-9)
        #expect(run.calls == run.result.evaluations)
    }

    @Test func fullSPDInteriorMinimumIsFoundInsideABox() {
        let n = 6
        let a = TestObjectives.fullSPD(n)
        let c = [0.3, -0.2, 0.1, 0.4, -0.5, 0.0]
        let lower = [Double](repeating: -1, count: n)
        let upper = [Double](repeating: 1, count: n)
        let run = tight.run(
            from: [Double](repeating: 0.9, count: n), lower: lower, upper: upper,
            objective: TestObjectives.quadratic(a, center: c))
        #expect(run.result.status.isConverged)
        #expect(TestObjectives.maxDifference(run.result.x, c) < 1e-8)
        #expect(run.allPointsInBox)
    }

    @Test func diagonalWithMinimumOutsideTheBoxStopsAtTheClippedCenter() {
        // For diagonal A the box-constrained minimizer is clip(c, l, u), coordinate by coordinate.
        let a = TestObjectives.diagonal([2, 1, 5, 3])
        let c = [3.0, -4, 0.25, -0.5]
        let lower = [-1.0, -1, -1, 0]
        let upper = [1.0, 1, 1, 2]
        let run = tight.run(
            from: [0, 0, 0, 1], lower: lower, upper: upper,
            objective: TestObjectives.quadratic(a, center: c))
        #expect(run.result.status.isConverged)
        #expect(run.result.x == [1, -1, run.result.x[2], 0])
        #expect(abs(run.result.x[2] - 0.25) < 1e-10)
        #expect(run.allPointsInBox)
    }

    @Test func fullSPDWithActiveBoundsSatisfiesKKTAndMatchesCoordinateDescent() {
        let n = 6
        let a = TestObjectives.fullSPD(n)
        let c = [3.0, -2.5, 0.2, 4.0, -0.1, -3.0]
        let lower = [Double](repeating: -1, count: n)
        let upper = [Double](repeating: 1, count: n)
        let run = tight.run(
            from: [Double](repeating: 0, count: n), lower: lower, upper: upper,
            objective: TestObjectives.quadratic(a, center: c))
        let r = run.result
        #expect(r.status.isConverged)
        #expect(run.allPointsInBox)
        let oracle = MinimizationHarness.boxQuadraticByCoordinateDescent(a, center: c, lower: lower, upper: upper)
        #expect(TestObjectives.maxDifference(r.x, oracle) < 1e-7)
        // KKT: at a lower bound the gradient points up (≥ 0), at an upper bound down (≤ 0), else it vanishes.
        var activeCount = 0
        for i in 0..<n {
            if r.x[i] == lower[i] {
                activeCount += 1
                #expect(r.gradient[i] >= -1e-9)
            } else if r.x[i] == upper[i] {
                activeCount += 1
                #expect(r.gradient[i] <= 1e-9)
            } else {
                #expect(abs(r.gradient[i]) <= 1e-9)
            }
        }
        #expect(activeCount >= 2)
    }

    @Test func fixedCoordinatesStayAtTheirValues() {
        // lower == upper for coordinates 1 and 3: they never move, the others solve the reduced problem.
        let n = 5
        let a = TestObjectives.fullSPD(n)
        let c = [0.5, -1.0, 0.2, 2.0, -0.3]
        let lower = [-5.0, 0.75, -5, -0.25, -5]
        let upper = [5.0, 0.75, 5, -0.25, 5]
        let run = tight.run(
            from: [0, 0, 0, 0, 0], lower: lower, upper: upper,
            objective: TestObjectives.quadratic(a, center: c))
        #expect(run.result.status.isConverged)
        #expect(run.result.x[1] == 0.75 && run.result.x[3] == -0.25)
        let oracle = MinimizationHarness.boxQuadraticByCoordinateDescent(a, center: c, lower: lower, upper: upper)
        #expect(TestObjectives.maxDifference(run.result.x, oracle) < 1e-8)
        #expect(run.allPointsInBox)
    }

    @Test func everyCoordinateFixedConvergesAtOnce() {
        let a = TestObjectives.diagonal([1, 1])
        let run = tight.run(
            from: [9, 9], lower: [1, 2], upper: [1, 2],
            objective: TestObjectives.quadratic(a, center: [0, 0]))
        #expect(run.result.status == .converged(.gradientTolerance))
        #expect(run.result.x == [1, 2])
        #expect(run.result.evaluations == 1)
    }

    @Test func smallMemoryStillConverges() {
        let n = 8
        let a = TestObjectives.fullSPD(n)
        let c = (0..<n).map { Double($0) / 4 - 1 }
        let (lower, upper) = MinimizationHarness.free(n)
        var harness = tight
        harness.options.memory = 1
        harness.options.maxIterations = 2000
        harness.options.maxEvaluations = 4000
        let run = harness.run(
            from: [Double](repeating: 0, count: n), lower: lower, upper: upper,
            objective: TestObjectives.quadratic(a, center: c))
        #expect(run.result.status.isConverged)
        #expect(TestObjectives.maxDifference(run.result.x, c) < 1e-8)
    }
}
