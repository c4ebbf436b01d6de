/// The non-domination ranks of a set of loss vectors: the fast non-dominated sort of NSGA-II.
///
/// Front 0 holds the vectors no other vector dominates; front k + 1 those dominated only by vectors in fronts
/// 0…k. Equivalently, the rank of a vector is the length of the longest chain of vectors dominating one another
/// that ends at it. Equal vectors do not dominate each other, so duplicates share a front.
///
/// The algorithm is that of Deb, Pratap, Agarwal & Meyarivan ("A fast and elitist multiobjective genetic
/// algorithm: NSGA-II", IEEE Trans. Evol. Comput. 6(2), 2002, §III-A): one pass over the n(n − 1)/2 pairs
/// records, for every vector p, the set Sₚ of vectors it dominates and the number nₚ of vectors dominating it;
/// the vectors with nₚ = 0 form front 0, and removing a front decrements the counts of the vectors its members
/// dominate, whose zeros form the next front. O(d n²) comparisons and O(n²) memory in the worst case.
///
/// With `violations`, comparisons use Deb's constraint domination (`ParetoDominance.constrainedDominates`):
/// feasible vectors come first, infeasible ones follow in order of their total violation.
public struct NondominatedSorting: Sendable, Equatable {
    /// `ranks[i]` is the index of the front holding vector i (0 = non-dominated).
    public let ranks: [Int]
    /// The fronts in order, each listing vector indices in increasing order.
    public let fronts: [[Int]]

    /// Sorts `points` (loss vectors of one length) into fronts, by constraint domination when `violations`
    /// (one non-negative total violation per point, 0 = feasible) is given.
    /// - Precondition: all points have the same length; `violations`, if given, has one entry per point.
    public init(_ points: [[Double]], violations: [Double]? = nil) {
        let n = points.count
        if let violations {
            precondition(violations.count == n, "\(violations.count) violations for \(n) points")
        }
        func dominates(_ p: Int, _ q: Int) -> Bool {
            if let violations {
                return ParetoDominance.constrainedDominates(
                    points[p], violation: violations[p], points[q], violation: violations[q])
            }
            return ParetoDominance.dominates(points[p], points[q])
        }
        var dominated = [[Int]](repeating: [], count: n)
        var dominatorCount = [Int](repeating: 0, count: n)
        for p in 0..<n {
            for q in (p + 1)..<n {
                if dominates(p, q) {
                    dominated[p].append(q)
                    dominatorCount[q] += 1
                } else if dominates(q, p) {
                    dominated[q].append(p)
                    dominatorCount[p] += 1
                }
            }
        }
        var ranks = [Int](repeating: 0, count: n)
        var fronts: [[Int]] = []
        var current = (0..<n).filter { dominatorCount[$0] == 0 }
        while !current.isEmpty {
            var next: [Int] = []
            for p in current {
                ranks[p] = fronts.count
                for q in dominated[p] {
                    dominatorCount[q] -= 1
                    if dominatorCount[q] == 0 { next.append(q) }
                }
            }
            fronts.append(current)
            next.sort()
            current = next
        }
        self.ranks = ranks
        self.fronts = fronts
    }
}
