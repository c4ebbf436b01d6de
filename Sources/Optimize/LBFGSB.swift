/// Bounded limited-memory quasi-Newton minimization: L-BFGS-B.
///
/// Solves  min f(x)  subject to  l ≤ x ≤ u  (componentwise; −∞/+∞ for unbounded coordinates, l = u fixes a
/// coordinate) for a smooth f with an analytic gradient, following
///
/// - R. H. Byrd, P. Lu, J. Nocedal, C. Zhu, "A limited memory algorithm for bound constrained optimization",
///   SIAM J. Sci. Comput. 16(5), 1190–1208, 1995 (BLNZ below);
/// - C. Zhu, R. H. Byrd, P. Lu, J. Nocedal, "Algorithm 778: L-BFGS-B", ACM TOMS 23(4), 550–560, 1997;
/// - J. L. Morales, J. Nocedal, "Remark on Algorithm 778", ACM TOMS 38(1), 2011 (projected subspace step);
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, §3.5 and §7.3 (N&W below).
///
/// One iteration at x_k with gradient g_k and limited-memory model B_k (`LimitedMemoryMatrix`):
/// 1. Generalized Cauchy point x^c: the first local minimizer of the quadratic model
///    m(x) = f_k + g_kᵀ(x − x_k) + ½ (x − x_k)ᵀ B_k (x − x_k) along the projected steepest-descent path
///    x(t) = P(x_k − t g_k), found by walking its breakpoints in order (BLNZ §4, `CauchyPointSearch`).
///    Coordinates at a bound at x^c form the active set.
/// 2. Subspace minimization: minimize m over the free coordinates starting from x^c, ignoring the bounds
///    (BLNZ §5.1, direct primal method), then project into the box, falling back to a truncated step when the
///    projection does not give a descent direction (Morales & Nocedal 2011) — `SubspaceMinimizer`.
/// 3. Line search along d_k = x̄ − x_k for a step satisfying the strong Wolfe conditions, clipped to the box
///    (`WolfeLineSearch`, N&W Alg. 3.5/3.6). A NaN or infinite value at a trial point shrinks the step.
/// 4. Update the correction pairs s_k = x_{k+1} − x_k, y_k = g_{k+1} − g_k when s_kᵀy_k > ε·(−g_kᵀs_k) (otherwise
///    the pair is skipped, as in Algorithm 778).
///
/// If a direction is not a descent direction, or its line search fails, the memory is emptied and the
/// iteration restarts from steepest descent; a second failure in a row ends with `.lineSearchFailed`.
///
/// Every workspace is allocated once per `minimize` call; the iterations allocate nothing. The objective
/// receives an array it must not keep and a gradient array of the same count to overwrite.
public struct LBFGSB: Sendable {
    /// Memory size and stopping rules.
    public struct Options: Sendable {
        /// Number of correction pairs m kept in the limited-memory matrix (3–20 is typical). Must be ≥ 1.
        public var memory: Int = 10
        /// Maximum number of iterations (accepted steps). Must be ≥ 0.
        public var maxIterations: Int = 200
        /// Maximum number of objective evaluations, the initial one included. Must be ≥ 1.
        public var maxEvaluations: Int = 500
        /// Convergence when the projected gradient's infinity norm is ≤ this value.
        public var gradientTolerance: Double = 1e-6
        /// Convergence when (f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ this value (scipy's `factr · ε`).
        public var relativeReduction: Double = 1e-10

        public init() {}

        /// Options with the given values; omitted ones keep their defaults.
        public init(
            memory: Int = 10, maxIterations: Int = 200, maxEvaluations: Int = 500,
            gradientTolerance: Double = 1e-6, relativeReduction: Double = 1e-10
        ) {
            self.memory = memory
            self.maxIterations = maxIterations
            self.maxEvaluations = maxEvaluations
            self.gradientTolerance = gradientTolerance
            self.relativeReduction = relativeReduction
        }
    }

    /// The options every `minimize` call uses.
    public var options: Options

    public init(options: Options = .init()) {
        self.options = options
    }
}
