import Testing

@testable import Optimize

/// The strong-Wolfe line search and its interpolation formulas.
@Suite struct LineSearchTests {
    /// Runs the search on a 1-D objective from x₀ = 0 along d = 1.
    func search(
        initialStep: Double = 1, maximumStep: Double = 1e10, maxEvaluations: Int = 100,
        _ f: @escaping (Double) -> (Double, Double)
    ) -> (outcome: LineSearchOutcome, search: WolfeLineSearch, evaluations: Int) {
        var lineSearch = WolfeLineSearch(dimension: 1)
        var g0 = [0.0]
        let objective: (_ x: [Double], _ g: inout [Double]) -> Double = { x, g in
            let (value, slope) = f(x[0])
            g[0] = slope
            return value
        }
        let f0 = objective([0], &g0)
        var evaluations = 0
        let outcome = lineSearch.search(
            from: [0], value: f0, slope: g0[0], direction: [1], initialStep: initialStep, maximumStep: maximumStep,
            lower: [-.infinity], upper: [.infinity], evaluations: &evaluations, maxEvaluations: maxEvaluations,
            objective: objective)
        return (outcome, lineSearch, evaluations)
    }

    func satisfiesStrongWolfe(_ s: WolfeLineSearch, f0: Double, d0: Double) -> Bool {
        let alpha = s.bestStep
        return s.bestValue <= f0 + s.sufficientDecrease * alpha * d0
            && abs(s.bestGradient[0]) <= s.curvature * abs(d0)
    }

    @Test func quadraticAcceptsTheUnitStepWhenItIsExact() {
        let r = search { x in ((x - 1) * (x - 1), 2 * (x - 1)) }
        #expect(r.outcome == .wolfe && r.search.bestStep == 1 && r.evaluations == 1)
    }

    @Test func tooShortInitialStepExtrapolates() {
        let r = search(initialStep: 1e-3) { x in ((x - 5) * (x - 5), 2 * (x - 5)) }
        #expect(r.outcome == .wolfe)
        #expect(satisfiesStrongWolfe(r.search, f0: 25, d0: -10))
        #expect(r.search.bestStep > 1)
    }

    @Test func tooLongInitialStepZoomsIn() {
        // f = x⁴ − 2x from 0: slope −2, minimizer 2^{-2/3} ≈ 0.63; start at α = 50.
        let r = search(initialStep: 50) { x in (x * x * x * x - 2 * x, 4 * x * x * x - 2) }
        #expect(r.outcome == .wolfe)
        #expect(satisfiesStrongWolfe(r.search, f0: 0, d0: -2))
    }

    @Test func stepStopsAtTheMaximum() {
        let r = search(initialStep: 1, maximumStep: 0.25) { x in ((x - 5) * (x - 5), 2 * (x - 5)) }
        #expect(r.outcome == .sufficientDecrease && r.search.bestStep == 0.25)
    }

    @Test func nanRegionMakesTheSearchBackOff() {
        // Minimum at x = 2 but NaN beyond x = 0.3.
        let r = search { x in x > 0.3 ? (.nan, .nan) : ((x - 2) * (x - 2), 2 * (x - 2)) }
        #expect(r.outcome != .failed)
        #expect(r.search.bestStep > 0 && r.search.bestStep <= 0.3)
        #expect(r.search.bestValue.isFinite)
    }

    @Test func increasingFunctionFailsWithoutAcceptingAnything() {
        // A wrong slope: φ′(0) is claimed negative but φ increases.
        var lineSearch = WolfeLineSearch(dimension: 1)
        var evaluations = 0
        let outcome = lineSearch.search(
            from: [0], value: 0, slope: -1, direction: [1], initialStep: 1, maximumStep: 10,
            lower: [-.infinity], upper: [.infinity], evaluations: &evaluations, maxEvaluations: 100
        ) { x, g in
            g[0] = 1
            return x[0]
        }
        #expect(outcome == .failed && lineSearch.bestStep == 0)
        #expect(evaluations == lineSearch.maxTrials)
    }

    @Test func bracketBelowTheRoundingLevelOfFGivesUpAtOnce() {
        // φ′(0) = −10⁻¹⁵ predicts a change far below the resolution of f ≈ 10 (ulp ≈ 1.8·10⁻¹⁵), and every trial
        // comes back two ulps high (rounding noise): no trial can show a decrease, so stop instead of spending the
        // whole trial budget.
        let r = search { x in x == 0 ? (10, -1e-15) : (10 + 4e-15, -1e-15) }
        #expect(r.outcome == .failed && r.search.bestStep == 0)
        #expect(r.evaluations <= 2)
    }

    @Test func evaluationBudgetIsRespected() {
        let r = search(initialStep: 1e-6, maxEvaluations: 3) { x in ((x - 5) * (x - 5), 2 * (x - 5)) }
        #expect(r.outcome == .evaluationLimit && r.evaluations == 3)
        #expect(r.search.bestStep > 0)
    }

    @Test func cubicInterpolationIsExactOnACubic() {
        // φ(t) = t³ − 3t has its local minimizer at t = 1.
        let t = StepInterpolation.cubicMinimizer(a: 0, fa: 0, da: -3, b: 2, fb: 2, db: 9)
        #expect(t != nil && abs(t! - 1) < 1e-12)
        let reversed = StepInterpolation.cubicMinimizer(a: 2, fa: 2, da: 9, b: 0, fb: 0, db: -3)
        #expect(reversed != nil && abs(reversed! - 1) < 1e-12)
        // φ(t) = t³ + t (increasing everywhere) has no local minimizer: d₁² − φ′(0)φ′(1) = 0 − 4 < 0.
        #expect(StepInterpolation.cubicMinimizer(a: 0, fa: 0, da: 1, b: 1, fb: 2, db: 4) == nil)
    }

    @Test func quadraticInterpolationIsExactOnAParabola() {
        let t = StepInterpolation.quadraticMinimizer(a: 0, fa: 4, da: -4, b: 3, fb: 1)
        #expect(t == 2)
        #expect(StepInterpolation.quadraticMinimizer(a: 0, fa: 0, da: -1, b: 1, fb: -2) == nil)
    }

    @Test func zoomStepStaysInsideTheBracketAndBisectsTowardsNonFiniteEnds() {
        let inside = StepInterpolation.zoomStep(lo: 0, flo: 0, dlo: -1, hi: 1, fhi: 100, dhi: 50)
        #expect(inside >= 0.1 && inside <= 0.9)
        #expect(StepInterpolation.zoomStep(lo: 0.25, flo: 0, dlo: -1, hi: 1, fhi: .infinity, dhi: .nan) == 0.625)
    }
}
