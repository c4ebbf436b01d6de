/// How a line search ended.
enum LineSearchOutcome: Sendable, Equatable {
    /// The accepted step satisfies the strong Wolfe conditions.
    case wolfe
    /// The accepted step decreases f sufficiently (Armijo) but the curvature condition was not met: the step is at
    /// the edge of the box, or the bracket or the trial budget was exhausted.
    case sufficientDecrease
    /// No trial step decreased f sufficiently; nothing was accepted.
    case failed
    /// The evaluation budget ran out; a step was accepted only if `bestStep` > 0.
    case evaluationLimit
}

/// A line search for the strong Wolfe conditions along a feasible direction d from x₀, with φ(α) = f(P(x₀ + α d)):
///
///     φ(α) ≤ φ(0) + c₁ α φ′(0)          (sufficient decrease, c₁ = 10⁻³ as in Algorithm 778)
///     |φ′(α)| ≤ c₂ |φ′(0)|              (curvature, c₂ = 0.9)
///
/// Bracketing then zoom, N&W Alg. 3.5 and 3.6, with safeguarded cubic interpolation (`StepInterpolation`).
/// Steps never exceed `maximumStep`, the largest step that keeps x₀ + α d in the box, and every trial point is
/// clipped to the box against rounding. A trial where f or ∇f is NaN or infinite counts as "too high": it becomes
/// the upper end of the bracket and the next trial bisects towards the best step, so the search backs off out of
/// a region where f is undefined. Only finite values are ever accepted. The zoom gives up as soon as the bracket
/// cannot change f measurably (|φ′(lo)|·|hi − lo| ≤ 4ε|φ(lo)|): near a minimizer, where the decrease left is
/// below f's rounding, a failure then costs one or two evaluations instead of the whole trial budget.
struct WolfeLineSearch {
    /// c₁.
    var sufficientDecrease = 1e-3
    /// c₂.
    var curvature = 0.9
    /// Evaluations allowed per search (Algorithm 778 gives up after 20).
    var maxTrials = 20

    /// The accepted point, its gradient and value; valid when `bestStep` > 0.
    private(set) var bestX: [Double]
    private(set) var bestGradient: [Double]
    private(set) var bestValue = 0.0
    /// The accepted step α (0: nothing accepted).
    private(set) var bestStep = 0.0
    private var trialX: [Double]
    private var trialGradient: [Double]

    init(dimension n: Int) {
        bestX = Array(repeating: 0, count: n)
        bestGradient = bestX
        trialX = bestX
        trialGradient = bestX
    }

    /// Exchanges the accepted point and gradient with the caller's arrays (no copy, no allocation).
    mutating func exchangeBest(x: inout [Double], gradient: inout [Double]) {
        swap(&x, &bestX)
        swap(&gradient, &bestGradient)
    }

    /// Searches along d from x₀ (value f₀, slope φ′(0) = ∇f(x₀)ᵀd < 0), starting at `initialStep`.
    mutating func search(
        from x0: [Double], value f0: Double, slope dg0: Double, direction d: [Double],
        initialStep: Double, maximumStep: Double, lower: [Double], upper: [Double],
        evaluations: inout Int, maxEvaluations: Int,
        objective: (_ x: [Double], _ gradient: inout [Double]) -> Double
    ) -> LineSearchOutcome {
        bestStep = 0
        bestValue = f0
        let curvatureBound = curvature * -dg0
        var trials = 0
        var prev = 0.0
        var fPrev = f0
        var dPrev = dg0
        var alpha = min(initialStep, maximumStep)
        var lo = 0.0
        var flo = f0
        var dlo = dg0
        var hi = 0.0
        var fhi = f0
        var dhi = dg0

        // Bracketing (N&W Alg. 3.5).
        while true {
            if evaluations >= maxEvaluations { return .evaluationLimit }
            let (f, slope) = evaluate(
                at: alpha, from: x0, direction: d, lower: lower, upper: upper,
                evaluations: &evaluations, objective: objective)
            trials += 1
            if f > f0 + sufficientDecrease * alpha * dg0 || (trials > 1 && f >= fPrev) {
                (lo, flo, dlo, hi, fhi, dhi) = (prev, fPrev, dPrev, alpha, f, slope)
                break
            }
            accept(step: alpha, value: f)
            if abs(slope) <= curvatureBound { return .wolfe }
            if slope >= 0 {
                (lo, flo, dlo, hi, fhi, dhi) = (alpha, f, slope, prev, fPrev, dPrev)
                break
            }
            if alpha >= maximumStep || trials >= maxTrials { return .sufficientDecrease }
            let next = StepInterpolation.extrapolationStep(
                previous: prev, fPrevious: fPrev, dPrevious: dPrev,
                current: alpha, fCurrent: f, dCurrent: slope, maximum: maximumStep)
            (prev, fPrev, dPrev) = (alpha, f, slope)
            alpha = next
        }

        // Zoom (N&W Alg. 3.6): lo has the lowest sufficient-decrease value so far, (hi − lo) φ′(lo) < 0.
        while trials < maxTrials {
            if evaluations >= maxEvaluations { return .evaluationLimit }
            // Stop when the bracket can no longer change f measurably: its width, or the first-order change
            // |φ′(lo)|·|hi − lo| across it, is at the rounding level of the step or of f.
            if abs(hi - lo) <= 4 * Double.ulpOfOne * max(abs(lo), abs(hi))
                || abs(dlo * (hi - lo)) <= 4 * Double.ulpOfOne * abs(flo)
            {
                break
            }
            alpha = StepInterpolation.zoomStep(lo: lo, flo: flo, dlo: dlo, hi: hi, fhi: fhi, dhi: dhi)
            let (f, slope) = evaluate(
                at: alpha, from: x0, direction: d, lower: lower, upper: upper,
                evaluations: &evaluations, objective: objective)
            trials += 1
            if f > f0 + sufficientDecrease * alpha * dg0 || f >= flo {
                (hi, fhi, dhi) = (alpha, f, slope)
                continue
            }
            accept(step: alpha, value: f)
            if abs(slope) <= curvatureBound { return .wolfe }
            if slope * (hi - lo) >= 0 { (hi, fhi, dhi) = (lo, flo, dlo) }
            (lo, flo, dlo) = (alpha, f, slope)
        }
        return bestStep > 0 ? .sufficientDecrease : .failed
    }

    /// Evaluates f and φ′ = ∇fᵀd at P(x₀ + α d) into the trial buffers. A NaN or infinite value or slope is
    /// reported as f = +∞ (and slope NaN), which every test above treats as "too high". A non-finite gradient entry
    /// always makes the slope NaN, even where dᵢ = 0 (NaN·0 and ∞·0 are NaN), so the slope test covers ∇f too.
    private mutating func evaluate(
        at alpha: Double, from x0: [Double], direction d: [Double], lower: [Double], upper: [Double],
        evaluations: inout Int, objective: (_ x: [Double], _ gradient: inout [Double]) -> Double
    ) -> (value: Double, slope: Double) {
        let n = x0.count
        for i in 0..<n {
            trialX[i] = min(max(x0[i] + alpha * d[i], lower[i]), upper[i])
        }
        let f = objective(trialX, &trialGradient)
        evaluations += 1
        precondition(
            trialGradient.count == n,
            "L-BFGS-B objective changed the gradient's count from \(n) to \(trialGradient.count)")
        var slope = 0.0
        for i in 0..<n { slope += trialGradient[i] * d[i] }
        guard f.isFinite, slope.isFinite else { return (.infinity, .nan) }
        return (f, slope)
    }

    /// Makes the last trial the accepted point (swapping buffers, no copy).
    private mutating func accept(step alpha: Double, value f: Double) {
        swap(&trialX, &bestX)
        swap(&trialGradient, &bestGradient)
        bestStep = alpha
        bestValue = f
    }
}
