/// Pareto dominance between loss vectors, and Deb's constraint domination.
///
/// Every objective is a loss (smaller is better); a maximized metric enters negated. For loss vectors a, b ∈ ℝᵈ:
///
/// - a *weakly dominates* b (a ⪯ b) when aⱼ ≤ bⱼ for every j;
/// - a *dominates* b (a ≺ b) when a ⪯ b and aₖ < bₖ for some k. Equal vectors do not dominate each other.
///
/// Constraint domination (Deb, Pratap, Agarwal & Meyarivan, "A fast and elitist multiobjective genetic
/// algorithm: NSGA-II", IEEE Trans. Evol. Comput. 6(2), 2002, §IV-A) ranks a trial's total constraint violation
/// v ≥ 0 (0 = feasible) ahead of its losses: a feasible vector beats an infeasible one; of two infeasible ones
/// the smaller violation wins (equal violations: neither wins); of two feasible ones Pareto dominance decides.
///
/// A NaN coordinate makes every comparison false, so a vector holding NaN neither dominates nor is dominated;
/// callers replace the losses of failed trials before comparing. A NaN violation counts as +∞.
public enum ParetoDominance {
    /// Whether `a` dominates `b`: `a[j] <= b[j]` for every j and `a[k] < b[k]` for some k.
    /// - Precondition: `a` and `b` have the same length.
    @inlinable
    public static func dominates(_ a: [Double], _ b: [Double]) -> Bool {
        precondition(a.count == b.count, "loss vectors of lengths \(a.count) and \(b.count)")
        var strictly = false
        for j in a.indices {
            let x = a[j]
            let y = b[j]
            if !(x <= y) { return false }
            if x < y { strictly = true }
        }
        return strictly
    }

    /// Whether `a` weakly dominates `b`: `a[j] <= b[j]` for every j (true for equal vectors).
    /// - Precondition: `a` and `b` have the same length.
    @inlinable
    public static func weaklyDominates(_ a: [Double], _ b: [Double]) -> Bool {
        precondition(a.count == b.count, "loss vectors of lengths \(a.count) and \(b.count)")
        for j in a.indices where !(a[j] <= b[j]) { return false }
        return true
    }

    /// Deb's constraint domination of (`a`, violation `aViolation`) over (`b`, violation `bViolation`):
    /// feasible (violation 0) beats infeasible; two infeasible: the strictly smaller violation wins; two feasible:
    /// `dominates(a, b)`. Negative violations count as 0, NaN as +∞.
    /// - Precondition: `a` and `b` have the same length.
    @inlinable
    public static func constrainedDominates(
        _ a: [Double], violation aViolation: Double, _ b: [Double], violation bViolation: Double
    ) -> Bool {
        let va = normalizedViolation(aViolation)
        let vb = normalizedViolation(bViolation)
        switch (va == 0, vb == 0) {
        case (true, true): return dominates(a, b)
        case (true, false): return true
        case (false, true): return false
        case (false, false): return va < vb
        }
    }

    /// A violation as the comparisons read it: NaN → +∞, negative → 0.
    @inlinable
    public static func normalizedViolation(_ v: Double) -> Double {
        v.isNaN ? .infinity : Swift.max(0, v)
    }
}
