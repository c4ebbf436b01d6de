import Testing

@testable import Optimize

/// Each stopping rule produces its own status, and the counters in the result are honest.
@Suite struct StoppingRuleTests {
    let tenStart = (0..<10).map { $0 % 2 == 0 ? -1.2 : 1.0 }
    let free10 = MinimizationHarness.free(10)

    @Test func iterationLimitStopsAfterExactlyThatManyIterations() {
        let harness = MinimizationHarness(options: .init(maxIterations: 5))
        let run = harness.run(
            from: tenStart, lower: free10.lower, upper: free10.upper,
            objective: TestObjectives.rosenbrock)
        #expect(run.result.status == .iterationLimit)
        #expect(run.result.iterations == 5)
        #expect(run.calls == run.result.evaluations)
    }

    @Test func zeroIterationsEvaluatesOnlyTheStart() {
        let harness = MinimizationHarness(options: .init(maxIterations: 0))
        let run = harness.run(
            from: tenStart, lower: free10.lower, upper: free10.upper,
            objective: TestObjectives.rosenbrock)
        #expect(run.result.status == .iterationLimit)
        #expect(run.result.evaluations == 1 && run.result.x == tenStart)
    }

    @Test func evaluationLimitIsNeverExceeded() {
        for limit in [1, 2, 7, 10, 31] {
            let harness = MinimizationHarness(options: .init(maxEvaluations: limit))
            let run = harness.run(
                from: tenStart, lower: free10.lower, upper: free10.upper,
                objective: TestObjectives.rosenbrock)
            #expect(run.result.status == .evaluationLimit, "limit \(limit)")
            #expect(run.calls <= limit && run.calls == run.result.evaluations, "limit \(limit)")
            var g = [Double](repeating: 0, count: 10)
            #expect(TestObjectives.rosenbrock(run.result.x, &g) == run.result.value)
            #expect(g == run.result.gradient)
        }
    }

    @Test func resultValueNeverExceedsTheStartValue() {
        var g = [Double](repeating: 0, count: 10)
        let start = TestObjectives.rosenbrock(tenStart, &g)
        for limit in 1...12 {
            let harness = MinimizationHarness(options: .init(maxEvaluations: limit))
            let run = harness.run(
                from: tenStart, lower: free10.lower, upper: free10.upper,
                objective: TestObjectives.rosenbrock)
            #expect(run.result.value <= start)
        }
    }

    @Test func relativeReductionStopsWhenProgressStalls() {
        // No gradient test at all: only the relative decrease can stop it.
        let harness = MinimizationHarness(options: .init(gradientTolerance: 0, relativeReduction: 1e-8))
        let (lower, upper) = MinimizationHarness.free(2)
        let run = harness.run(from: [-1.2, 1], lower: lower, upper: upper, objective: TestObjectives.rosenbrock)
        #expect(run.result.status == .converged(.relativeReduction))
        #expect(run.result.value < 1e-6)
    }

    @Test func startingAtTheMinimumConvergesWithoutIterating() {
        let (lower, upper) = MinimizationHarness.free(3)
        let run = MinimizationHarness().run(
            from: [1, 1, 1], lower: lower, upper: upper,
            objective: TestObjectives.rosenbrock)
        #expect(run.result.status == .converged(.gradientTolerance))
        #expect(run.result.iterations == 0 && run.result.evaluations == 1)
    }

    @Test func emptyProblemConvergesAtOnce() {
        let result = LBFGSB().minimize(from: [], lower: [], upper: []) { _, _ in 1 }
        #expect(result.status == .converged(.gradientTolerance) && result.value == 1 && result.evaluations == 1)
    }

    @Test func unboundedOverloadMatchesInfiniteBounds() {
        let x0 = [-1.2, 1, -1.2]
        let plain = LBFGSB().minimize(from: x0, objective: TestObjectives.rosenbrock)
        let (lower, upper) = MinimizationHarness.free(3)
        let boxed = LBFGSB().minimize(from: x0, lower: lower, upper: upper, objective: TestObjectives.rosenbrock)
        #expect(plain.x == boxed.x && plain.evaluations == boxed.evaluations && plain.status.isConverged)
    }

    @Test func stallingAtTheRoundingLevelOfFEndsQuickly() {
        // No gradient tolerance can stop this run: f = 10 + ½‖x − c‖²_A stops decreasing measurably once
        // ‖g‖² ≲ ε·10. Then either a step leaves f unchanged (relative reduction 0 ≤ 0) or the line search gives up
        // after a handful of evaluations, not its full trial budget.
        let a = TestObjectives.fullSPD(5)
        let c = [0.5, -1, 2, 0.25, -0.75]
        let quadratic = TestObjectives.quadratic(a, center: c)
        let harness = MinimizationHarness(options: .init(gradientTolerance: 0, relativeReduction: 0))
        let run = harness.run(
            from: [0, 0, 0, 0, 0], lower: [Double](repeating: -5, count: 5),
            upper: [Double](repeating: 5, count: 5)
        ) { x, g in 10 + quadratic(x, &g) }
        #expect(run.result.status == .lineSearchFailed || run.result.status == .converged(.relativeReduction))
        #expect(TestObjectives.maxDifference(run.result.x, c) < 1e-6)
        #expect(run.result.evaluations <= run.result.iterations + 12)
    }

    @Test func wrongGradientEndsWithLineSearchFailed() {
        // The "gradient" has the wrong sign, so every proposed direction goes uphill.
        let run = MinimizationHarness().run(from: [1, -2], lower: [-5, -5], upper: [5, 5]) { x, g in
            g[0] = -2 * x[0]
            g[1] = -2 * x[1]
            return x[0] * x[0] + x[1] * x[1]
        }
        #expect(run.result.status == .lineSearchFailed)
        #expect(run.result.x == [1, -2] && run.result.value == 5)
    }

    @Test func oneDimensionalProblems() {
        // Bounded: (x − 3)² on [0, 1] stops at the upper bound with g = −4 < 0.
        let bounded = MinimizationHarness().run(from: [0.2], lower: [0], upper: [1]) { x, g in
            g[0] = 2 * (x[0] - 3)
            return (x[0] - 3) * (x[0] - 3)
        }
        #expect(bounded.result.status == .converged(.gradientTolerance))
        #expect(bounded.result.x == [1] && bounded.result.gradient == [-4])

        // Unbounded quartic x⁴ − 3x² + x from x = 2: a local minimizer with 4x³ − 6x + 1 = 0 and f″ > 0.
        let tight = MinimizationHarness(options: .init(gradientTolerance: 1e-10, relativeReduction: 0))
        let quartic = tight.run(from: [2], lower: [-.infinity], upper: [.infinity]) { x, g in
            let t = x[0]
            g[0] = 4 * t * t * t - 6 * t + 1
            return t * t * t * t - 3 * t * t + t
        }
        let t = quartic.result.x[0]
        #expect(quartic.result.status == .converged(.gradientTolerance))
        #expect(abs(4 * t * t * t - 6 * t + 1) <= 1e-10)
        #expect(12 * t * t - 6 > 0 && t > 0)
    }

    @Test func statusesDescribeThemselves() {
        let all: [MinimizationStatus] = [
            .converged(.gradientTolerance), .converged(.relativeReduction),
            .iterationLimit, .evaluationLimit, .lineSearchFailed, .nonFiniteValue,
        ]
        #expect(Set(all.map(\.description)).count == all.count)
        #expect(all.filter(\.isConverged).count == 2)
    }

    @Test func optionsInitializerKeepsDefaults() {
        let options = LBFGSB.Options(memory: 5)
        let defaults = LBFGSB.Options()
        #expect(options.memory == 5)
        #expect(options.maxIterations == defaults.maxIterations && options.maxEvaluations == defaults.maxEvaluations)
        #expect(options.gradientTolerance == defaults.gradientTolerance)
        #expect(options.relativeReduction == defaults.relativeReduction)
        #expect(defaults.memory == 10 && defaults.maxIterations == 200 && defaults.maxEvaluations == 500)
    }
}
