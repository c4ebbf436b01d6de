/// Why a minimization stopped with success.
public enum ConvergenceReason: Sendable, Equatable, Hashable {
    /// The projected gradient is small: ‖P(x − ∇f(x)) − x‖∞ ≤ `gradientTolerance`, where P projects onto the box.
    /// This is the first-order (KKT) condition of the box-constrained problem: free coordinates have a small
    /// gradient, coordinates at a bound have a gradient pointing out of the box.
    case gradientTolerance
    /// The last iteration barely decreased f: (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ `relativeReduction`
    /// (the `factr · ε` test of L-BFGS-B, Zhu et al. 1997).
    case relativeReduction
}

/// How a minimization ended.
public enum MinimizationStatus: Sendable, Equatable {
    /// A stopping test was met; the point is an approximate minimizer.
    case converged(ConvergenceReason)
    /// `maxIterations` iterations were taken without meeting a convergence test (the result is the last iterate,
    /// the best point so far: every accepted step decreases f).
    case iterationLimit
    /// `maxEvaluations` objective evaluations were used (possibly in the middle of a line search, whose best
    /// sufficient-decrease point, if any, is kept).
    case evaluationLimit
    /// No step along the search direction decreased f, even after restarting from steepest descent with an empty
    /// memory. Usually the point is already as good as the objective's rounding allows (or pressed against a region
    /// where f is NaN/∞), or the gradient is wrong. The result still holds the best point found, with finite f.
    case lineSearchFailed
    /// The objective (or its gradient) is NaN or infinite at the (projected) starting point.
    case nonFiniteValue

    /// True for `.converged(_)`.
    public var isConverged: Bool {
        if case .converged = self { return true }
        return false
    }
}

extension MinimizationStatus: CustomStringConvertible {
    /// A short phrase for logs and progress lines, e.g. "converged (projected gradient)".
    public var description: String {
        switch self {
        case .converged(.gradientTolerance): "converged (projected gradient)"
        case .converged(.relativeReduction): "converged (relative reduction)"
        case .iterationLimit: "iteration limit"
        case .evaluationLimit: "evaluation limit"
        case .lineSearchFailed: "line search failed"
        case .nonFiniteValue: "non-finite value at the start"
        }
    }
}

/// The outcome of `LBFGSB.minimize`: the best point found and how the search ended.
///
/// `value` and `gradient` are f and ∇f at `x`, which always lies in the box. Unless `status` is
/// `.nonFiniteValue` (then `x` is the projected start and `value` is what the objective returned there), `value` is
/// finite: non-finite trial values are never accepted.
public struct MinimizationResult: Sendable, Equatable {
    /// The final point, inside the box.
    public var x: [Double]
    /// f(x).
    public var value: Double
    /// ∇f(x) (the full gradient, not projected).
    public var gradient: [Double]
    /// ‖P(x − ∇f(x)) − x‖∞, the quantity the gradient tolerance is compared with.
    public var projectedGradientNorm: Double
    /// Why the minimization stopped.
    public var status: MinimizationStatus
    /// Number of completed iterations (accepted steps).
    public var iterations: Int
    /// Number of objective evaluations, the one at the start point included.
    public var evaluations: Int

    public init(
        x: [Double], value: Double, gradient: [Double], projectedGradientNorm: Double,
        status: MinimizationStatus, iterations: Int, evaluations: Int
    ) {
        self.x = x
        self.value = value
        self.gradient = gradient
        self.projectedGradientNorm = projectedGradientNorm
        self.status = status
        self.iterations = iterations
        self.evaluations = evaluations
    }
}
