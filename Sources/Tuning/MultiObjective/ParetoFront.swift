/// The indices of the non-dominated vectors of a set: front 0 of `NondominatedSorting`, found without ranking
/// the rest.
///
/// Sorted lexicographically (coordinate 0 first, ties broken by the next coordinates), a vector can only be
/// dominated by one that comes before it: if q ≺ p then q ≤ p everywhere and q ≠ p, so q precedes p. The scan
/// keeps the non-dominated vectors met so far and tests each new vector against them alone (a dominated
/// dominator is itself dominated by a kept vector, by transitivity), which is O(n log n + d n m) for a front of
/// m vectors: the "simple cull" of Kung, Luccio & Preparata ("On finding the maxima of a set of vectors",
/// J. ACM 22(4), 1975) over a presorted set. Equal vectors do not dominate each other, so all copies of a
/// non-dominated vector are kept.
public enum ParetoFront {
    /// The indices, in increasing order, of the vectors of `points` that no other vector dominates.
    ///
    /// With `violations` (one total violation per point, 0 = feasible), the first front under Deb's constraint
    /// domination: the non-dominated feasible vectors when there is a feasible one, otherwise every vector
    /// whose violation is the smallest.
    /// - Precondition: all points have the same length; `violations`, if given, has one entry per point.
    public static func indices(of points: [[Double]], violations: [Double]? = nil) -> [Int] {
        guard let violations else { return nondominated(points, among: Array(points.indices)) }
        precondition(violations.count == points.count, "\(violations.count) violations for \(points.count) points")
        let normalized = violations.map(ParetoDominance.normalizedViolation)
        let feasible = points.indices.filter { normalized[$0] == 0 }
        if !feasible.isEmpty { return nondominated(points, among: feasible) }
        guard let least = normalized.min() else { return [] }
        return points.indices.filter { normalized[$0] == least }
    }

    /// The non-dominated members of `candidates` (indices into `points`), in increasing order.
    static func nondominated(_ points: [[Double]], among candidates: [Int]) -> [Int] {
        let order = candidates.sorted { i, j in
            let a = points[i]
            let b = points[j]
            precondition(a.count == b.count, "loss vectors of lengths \(a.count) and \(b.count)")
            for k in a.indices {
                let (x, y) = (a[k], b[k])
                if x == y || (x.isNaN && y.isNaN) { continue }
                return y.isNaN || x < y  // NaN last, so that the order is total
            }
            return i < j
        }
        var kept: [Int] = []
        for i in order where !kept.contains(where: { ParetoDominance.dominates(points[$0], points[i]) }) {
            kept.append(i)
        }
        return kept.sorted()
    }
}
