import Randomness
import Testing

@testable import Optimize

/// Many random box-constrained problems: bounds of every kind (two-sided, one-sided, none, fixed), starts inside
/// and outside the box. Convex quadratics are checked against the coordinate-descent oracle, Rosenbrock against the
/// first-order (KKT) conditions.
@Suite struct RandomizedBoxTests {
    /// Random bounds around zero: kind chosen per coordinate.
    static func randomBox(_ n: Int, using rng: inout Xoshiro256StarStar) -> (lower: [Double], upper: [Double]) {
        var lower: [Double] = []
        var upper: [Double] = []
        for _ in 0..<n {
            let a = Double.random(in: -1.5...0.5, using: &rng)
            let width = Double.random(in: 0.1...2, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0:
                lower.append(a)
                upper.append(a + width)
            case 1:
                lower.append(a)
                upper.append(.infinity)
            case 2:
                lower.append(-.infinity)
                upper.append(a + width)
            case 3:
                lower.append(a)
                upper.append(a)
            default:
                lower.append(-.infinity)
                upper.append(.infinity)
            }
        }
        return (lower, upper)
    }

    @Test func convexQuadraticsMatchTheOracle() {
        var rng = Xoshiro256StarStar(seed: 2024)
        let harness = MinimizationHarness(options: .init(gradientTolerance: 1e-10, relativeReduction: 0))
        for trial in 0..<25 {
            let n = Int.random(in: 1...9, using: &rng)
            // A = RᵀR / n + ½ I: well conditioned, so the oracle converges in few sweeps.
            let r = (0..<(n * n)).map { _ in Double.random(in: -1...1, using: &rng) }
            var a = [Double](repeating: 0, count: n * n)
            for i in 0..<n {
                for j in 0..<n {
                    a[i * n + j] = (0..<n).reduce(i == j ? 0.5 : 0) { $0 + r[$1 * n + i] * r[$1 * n + j] / Double(n) }
                }
            }
            let c = (0..<n).map { _ in Double.random(in: -3...3, using: &rng) }
            let (lower, upper) = Self.randomBox(n, using: &rng)
            let x0 = (0..<n).map { _ in Double.random(in: -4...4, using: &rng) }
            let run = harness.run(
                from: x0, lower: lower, upper: upper, objective: TestObjectives.quadratic(a, center: c))
            let oracle = MinimizationHarness.boxQuadraticByCoordinateDescent(
                a, center: c, lower: lower, upper: upper,
                sweeps: 2000)
            // A gradient tolerance of 10⁻¹⁰ can be beyond what f's rounding resolves (the decrease left is ~‖g‖²);
            // then the line search fails, which is honest, at a point that must still be optimal to ~10⁻⁸.
            let result = run.result
            #expect(
                result.status.isConverged
                    || (result.status == .lineSearchFailed && result.projectedGradientNorm <= 1e-7),
                "trial \(trial): \(result.status), ‖P(x − g) − x‖ = \(result.projectedGradientNorm)")
            #expect(TestObjectives.maxDifference(run.result.x, oracle) < 1e-7, "trial \(trial)")
            #expect(run.allPointsInBox, "trial \(trial)")
        }
    }

    @Test func rosenbrockInRandomBoxesEndsAtKKTPoints() {
        var rng = Xoshiro256StarStar(seed: 77)
        let harness = MinimizationHarness(
            options: .init(
                maxIterations: 2000, maxEvaluations: 4000,
                gradientTolerance: 1e-7, relativeReduction: 0))
        for trial in 0..<20 {
            let n = Int.random(in: 2...8, using: &rng)
            let (lower, upper) = Self.randomBox(n, using: &rng)
            let x0 = (0..<n).map { _ in Double.random(in: -2...2, using: &rng) }
            let run = harness.run(from: x0, lower: lower, upper: upper, objective: TestObjectives.rosenbrock)
            let r = run.result
            #expect(run.allPointsInBox, "trial \(trial)")
            #expect(
                r.status == .converged(.gradientTolerance) || r.status == .lineSearchFailed,
                "trial \(trial): \(r.status)")
            #expect(r.projectedGradientNorm <= 1e-5, "trial \(trial): ‖P(x − g) − x‖ = \(r.projectedGradientNorm)")
            var start = [Double](repeating: 0, count: n)
            #expect(
                r.value <= TestObjectives.rosenbrock(BoxConstraints.project(x0, lower: lower, upper: upper), &start))
        }
    }
}
