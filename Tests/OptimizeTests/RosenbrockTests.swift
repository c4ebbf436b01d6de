import Testing

@testable import Optimize

/// Rosenbrock's banana valley: the classic test of a quasi-Newton method's curvature model and line search.
@Suite struct RosenbrockTests {
    let tight = MinimizationHarness(
        options: .init(maxIterations: 1000, maxEvaluations: 3000, gradientTolerance: 1e-9, relativeReduction: 0))

    @Test func twoDimensionalFromTheStandardStartReachesTheMinimum() {
        let (lower, upper) = MinimizationHarness.free(2)
        let run = tight.run(from: [-1.2, 1], lower: lower, upper: upper, objective: TestObjectives.rosenbrock)
        #expect(run.result.status == .converged(.gradientTolerance))
        #expect(TestObjectives.maxDifference(run.result.x, [1, 1]) < 1e-6)
        #expect(run.result.value < 1e-12)
        #expect(run.calls == run.result.evaluations)
    }

    @Test func tenDimensionalFromTheStandardStartReachesTheMinimum() {
        let n = 10
        let x0 = (0..<n).map { $0 % 2 == 0 ? -1.2 : 1.0 }
        let (lower, upper) = MinimizationHarness.free(n)
        let run = tight.run(from: x0, lower: lower, upper: upper, objective: TestObjectives.rosenbrock)
        #expect(run.result.status == .converged(.gradientTolerance))
        #expect(TestObjectives.maxDifference(run.result.x, [Double](repeating: 1, count: n)) < 1e-6)
    }

    @Test func defaultOptionsGetClose() {
        let (lower, upper) = MinimizationHarness.free(2)
        let run = MinimizationHarness().run(
            from: [-1.2, 1], lower: lower, upper: upper,
            objective: TestObjectives.rosenbrock)
        #expect(run.result.status.isConverged)
        #expect(TestObjectives.maxDifference(run.result.x, [1, 1]) < 1e-4)
    }

    @Test func activeUpperBoundGivesTheBoundaryMinimum() {
        // On [-2, 0.5] × [-2, 2] the minimum is at x₁ = 0.5 (upper bound), x₂ = x₁² = 0.25, f = (1 − 0.5)² = 0.25,
        // where ∂f/∂x₁ = −2(1 − 0.5) = −1 < 0 points out of the box (KKT at an upper bound).
        let run = tight.run(from: [-1.2, 1], lower: [-2, -2], upper: [0.5, 2], objective: TestObjectives.rosenbrock)
        let r = run.result
        #expect(r.status.isConverged)
        #expect(r.x[0] == 0.5)
        #expect(abs(r.x[1] - 0.25) < 1e-8)
        #expect(abs(r.value - 0.25) < 1e-12)
        #expect(abs(r.gradient[0] + 1) < 1e-6 && abs(r.gradient[1]) < 1e-8)
        #expect(run.allPointsInBox)
    }

    @Test func activeBoundsInTenDimensions() {
        // x₅ ≤ 0.5 cuts the valley; every coordinate must satisfy KKT at the result.
        let n = 10
        var upper = [Double](repeating: 2, count: n)
        upper[5] = 0.5
        let lower = [Double](repeating: -2, count: n)
        let x0 = (0..<n).map { $0 % 2 == 0 ? -1.2 : 1.0 }
        let run = tight.run(from: x0, lower: lower, upper: upper, objective: TestObjectives.rosenbrock)
        let r = run.result
        #expect(r.status.isConverged)
        #expect(r.x[5] == 0.5)
        #expect(r.projectedGradientNorm <= 1e-9 || r.status == .converged(.relativeReduction))
        for i in 0..<n where i != 5 { #expect(abs(r.gradient[i]) < 1e-6, "coordinate \(i)") }
        #expect(r.gradient[5] <= 0)
        #expect(run.allPointsInBox)
    }

    @Test func sameInputsGiveBitIdenticalResults() {
        let n = 10
        let x0 = (0..<n).map { $0 % 2 == 0 ? -1.2 : 1.0 }
        let lower = [Double](repeating: -2, count: n)
        let upper = [Double](repeating: 0.9, count: n)
        let first = LBFGSB().minimize(from: x0, lower: lower, upper: upper, objective: TestObjectives.rosenbrock)
        let second = LBFGSB().minimize(from: x0, lower: lower, upper: upper, objective: TestObjectives.rosenbrock)
        #expect(first == second)
        #expect(first.iterations > 10)
    }
}
