import Foundation
import Testing

@testable import Optimize

/// Objectives that are NaN or infinite in part of the box: the line search must back off, and a non-finite value
/// must never come back as the minimum.
@Suite struct NonFiniteObjectiveTests {
    /// f = (x₁ − 1)² + (x₂ − 0.5)² − μ log(0.7 − x₁): NaN for x₁ > 0.7 (log of a negative number), +∞ at x₁ = 0.7,
    /// while the quadratic alone would pull x₁ to 1. The minimizer solves 2(x₁ − 1) + μ/(0.7 − x₁) = 0, i.e.
    /// with t = 0.7 − x₁: 2t² + 0.6t − μ = 0.
    static let mu = 0.01
    static func barrier(_ x: [Double], _ g: inout [Double]) -> Double {
        let gap = 0.7 - x[0]
        g[0] = 2 * (x[0] - 1) + mu / gap
        g[1] = 2 * (x[1] - 0.5)
        return (x[0] - 1) * (x[0] - 1) + (x[1] - 0.5) * (x[1] - 0.5) - mu * log(gap)
    }
    static let barrierMinimizer = 0.7 - (-0.6 + (0.36 + 8 * mu).squareRoot()) / 4

    @Test func logBarrierIsMinimizedInsideTheDefinedRegion() {
        let harness = MinimizationHarness(options: .init(gradientTolerance: 1e-9, relativeReduction: 0))
        for (lower, upper) in [([0.0, 0.0], [1.0, 1.0]), MinimizationHarness.free(2)] {
            let run = harness.run(from: [0, 0], lower: lower, upper: upper, objective: Self.barrier)
            let r = run.result
            let finite = r.value.isFinite && r.x.allSatisfy { $0.isFinite }
            #expect(finite)
            #expect(r.x[0] < 0.7)
            #expect(r.status.isConverged)
            #expect(abs(r.x[0] - Self.barrierMinimizer) < 1e-7 && abs(r.x[1] - 0.5) < 1e-7)
        }
    }

    @Test func nanWallIsApproachedButNeverCrossed() {
        // A quadratic with its minimum at x₁ = 1 that is NaN for x₁ > 0.7: the best points hug the wall.
        func walled(_ x: [Double], _ g: inout [Double]) -> Double {
            if x[0] > 0.7 { return .nan }
            g[0] = 2 * (x[0] - 1)
            g[1] = 2 * (x[1] - 0.5)
            return (x[0] - 1) * (x[0] - 1) + (x[1] - 0.5) * (x[1] - 0.5)
        }
        let run = MinimizationHarness().run(from: [0, 0], lower: [-1, -1], upper: [1, 1], objective: walled)
        let r = run.result
        #expect(r.value.isFinite)
        #expect(r.x[0] <= 0.7 && r.x[0] > 0.6)
        #expect(r.value < 0.09 + 0.02)
        #expect(r.status != .nonFiniteValue)
        #expect(run.allPointsInBox)
    }

    @Test func infiniteValuesAreTreatedLikeNaN() {
        func cliff(_ x: [Double], _ g: inout [Double]) -> Double {
            if x[0] < -0.5 { return -.infinity }
            g[0] = 2 * x[0] - 4
            return x[0] * x[0] - 4 * x[0]
        }
        // Descent goes towards +x, away from the cliff; from a start next to it the result is x = 2.
        let run = MinimizationHarness().run(from: [-0.4], lower: [-.infinity], upper: [.infinity], objective: cliff)
        #expect(run.result.status.isConverged)
        #expect(abs(run.result.x[0] - 2) < 1e-6)
    }

    @Test func nonFiniteGradientMakesTheSearchBackOff() {
        // f is finite everywhere but its gradient is NaN for x > 1; the minimum of (x − 3)² restricted to x ≤ 1
        // is approached from the left.
        func badGradient(_ x: [Double], _ g: inout [Double]) -> Double {
            g[0] = x[0] > 1 ? .nan : 2 * (x[0] - 3)
            return (x[0] - 3) * (x[0] - 3)
        }
        let run = MinimizationHarness().run(from: [0], lower: [-5], upper: [5], objective: badGradient)
        let finite = run.result.gradient.allSatisfy { $0.isFinite }
        #expect(finite)
        #expect(run.result.x[0] <= 1 && run.result.x[0] > 0.5)
    }

    @Test func nanAtTheStartIsReported() {
        let run = MinimizationHarness().run(from: [0.9, 0], lower: [0, 0], upper: [1, 1], objective: Self.barrier)
        #expect(run.result.status == .nonFiniteValue)
        #expect(run.result.evaluations == 1 && run.result.iterations == 0)
        #expect(run.result.x == [0.9, 0])
    }

    @Test func nanStartCoordinateIsReportedWithoutEvaluating() {
        for x0 in [[Double.nan, 0], [Double.infinity, 0]] {
            let run = MinimizationHarness().run(
                from: x0, lower: [-.infinity, -1], upper: [.infinity, 1],
                objective: Self.barrier)
            #expect(run.result.status == .nonFiniteValue)
            #expect(run.calls == 0 && run.result.evaluations == 0)
        }
    }

    @Test func nonFiniteGradientAtTheStartIsReported() {
        let run = MinimizationHarness().run(from: [1], lower: [-1], upper: [2]) { x, g in
            g[0] = .infinity
            return x[0]
        }
        #expect(run.result.status == .nonFiniteValue)
    }

    @Test func aStartOutsideTheBoxIsProjectedFirst() {
        // The infeasible start (2, 0) would be NaN; its projection (0.6, 0) is fine.
        let run = MinimizationHarness().run(from: [2, 0], lower: [0, 0], upper: [0.6, 1], objective: Self.barrier)
        #expect(run.result.status.isConverged)
        #expect(run.result.x[0] == 0.6)
        #expect(run.allPointsInBox)
    }
}
