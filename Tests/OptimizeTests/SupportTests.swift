import Foundation
import Randomness
import Testing

@testable import Optimize

/// The small pieces: breakpoint heap, dense solve, box helpers, finite differences.
@Suite struct SupportTests {
    @Test func heapReturnsIndicesInIncreasingKeyOrder() {
        var rng = Xoshiro256StarStar(seed: 5)
        for n in [0, 1, 2, 7, 50] {
            let keys = (0..<n).map { _ in Double(Int.random(in: 0..<10, using: &rng)) }
            var heap = BreakpointHeap(capacity: n)
            for i in 0..<n { heap.appendUnordered(i) }
            heap.heapify(keys: keys)
            var popped: [Double] = []
            while !heap.isEmpty {
                popped.append(keys[heap.minimum])
                heap.removeMinimum(keys: keys)
            }
            #expect(popped == keys.sorted())
        }
    }

    @Test func denseSolveMatchesAKnownSolutionWithPivoting() {
        var rng = Xoshiro256StarStar(seed: 9)
        let n = 6
        let stride = 8
        var a = [Double](repeating: .nan, count: stride * stride)
        for i in 0..<n { for j in 0..<n { a[i * stride + j] = Double.random(in: -1...1, using: &rng) } }
        a[0] = 0  // the first pivot must come from another row
        let solution = (0..<n).map { Double($0) - 2.5 }
        var b = (0..<n).map { i in (0..<n).reduce(0.0) { $0 + a[i * stride + $1] * solution[$1] } }
        #expect(solveDenseSystemInPlace(&a, order: n, stride: stride, &b))
        #expect(TestObjectives.maxDifference(Array(b.prefix(n)), solution) < 1e-10)
    }

    @Test func denseSolveReportsASingularMatrix() {
        var a: [Double] = [1, 2, 2, 4]
        var b: [Double] = [1, 1]
        #expect(!solveDenseSystemInPlace(&a, order: 2, stride: 2, &b))
    }

    @Test func projectedGradientNormIsZeroExactlyAtKKTPoints() {
        let lower: [Double] = [0, 0, -.infinity]
        let upper: [Double] = [1, 1, .infinity]
        // At the lower bound with g ≥ 0, at the upper bound with g ≤ 0, free with g = 0: a KKT point.
        #expect(
            BoxConstraints.projectedGradientNorm(x: [0, 1, 3], gradient: [2, -5, 0], lower: lower, upper: upper) == 0)
        // Pointing into the box from a bound counts, but only up to the distance to the other bound.
        #expect(
            BoxConstraints.projectedGradientNorm(x: [0, 1, 3], gradient: [-0.5, 0, 0], lower: lower, upper: upper)
                == 0.5)
        #expect(
            BoxConstraints.projectedGradientNorm(x: [0, 1, 3], gradient: [-7, 0, 0], lower: lower, upper: upper) == 1)
        #expect(
            BoxConstraints.projectedGradientNorm(x: [0.5, 0.5, 3], gradient: [0, 0, -4], lower: lower, upper: upper)
                == 4)
    }

    @Test func maximumStepReachesTheNearestBound() {
        let step = BoxConstraints.maximumStep(
            from: [0, 0.5, 0], along: [2, -1, 5], lower: [-1, 0, -.infinity],
            upper: [1, 1, .infinity])
        #expect(step == 0.5)
        #expect(BoxConstraints.maximumStep(from: [0], along: [1], lower: [-.infinity], upper: [.infinity]) == .infinity)
    }

    @Test func finiteDifferencesMatchAnAnalyticGradient() {
        // f = x₀² x₁ + exp(x₁) sin(x₂) with a large x₂, so the step there is relative (h = 10⁻⁶ · 250).
        func f(_ x: [Double]) -> Double { x[0] * x[0] * x[1] + exp(x[1]) * sin(x[2]) }
        let x = [1.5, -0.7, 250.0]
        let analytic = [2 * x[0] * x[1], x[0] * x[0] + exp(x[1]) * sin(x[2]), exp(x[1]) * cos(x[2])]
        let numeric = FiniteDifference.gradient(of: f, at: x)
        #expect(FiniteDifference.maximumRelativeDifference(numeric, analytic) < 1e-7)
        // A wrong analytic gradient is caught.
        var wrong = analytic
        wrong[1] *= 1.01
        #expect(FiniteDifference.maximumRelativeDifference(numeric, wrong) > 1e-3)
    }

    @Test func finiteDifferencesAcceptTheMinimizerObjectiveForm() {
        let numeric = FiniteDifference.gradient(of: TestObjectives.rosenbrock, at: [-1.2, 1, 0.5])
        var analytic = [0.0, 0, 0]
        _ = TestObjectives.rosenbrock([-1.2, 1, 0.5], &analytic)
        #expect(FiniteDifference.maximumRelativeDifference(numeric, analytic) < 1e-7)
        #expect(FiniteDifference.maximumRelativeDifference([1, .nan], [1, 2]).isNaN)
    }
}
