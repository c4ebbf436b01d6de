extension Hypervolume {
    /// The exclusive hypervolume contribution of every vector of `points`:
    ///
    ///     Δ(p) = HV(S; r) − HV(S ∖ {p}; r),
    ///
    /// the volume that p alone dominates. It is computed as the volume of p's box minus the part the others cover,
    /// Δ(p) = Π_j (r_j − p_j) − HV({ max(p, q) : q ∈ S ∖ {p} }; r), where max(p, q) is the coordinatewise
    /// maximum (the "limit set" of While, Bradstreet & Barone, "A fast way of calculating exact hypervolumes", IEEE
    /// Trans. Evol. Comput. 16(1), 2012). A vector that another vector weakly dominates (a copy included) contributes
    /// exactly 0, as does one that does not strictly dominate the reference. Multi-objective TPE weights its good
    /// trials by these contributions, and hypervolume-based selection drops the smallest.
    ///
    /// One hypervolume of at most n − 1 vectors per vector: O(n² log n) in two dimensions, more beyond.
    /// - Precondition: `reference` is not empty and every point has its length.
    public static func contributions(of points: [[Double]], reference: [Double]) -> [Double] {
        precondition(!reference.isEmpty, "the reference point has no coordinates")
        let inside = points.indices.filter { strictlyDominates(points[$0], reference) }
        var contribution = [Double](repeating: 0, count: points.count)
        for i in inside {
            let p = points[i]
            let covered = inside.contains { j in j != i && ParetoDominance.weaklyDominates(points[j], p) }
            if covered { continue }
            var box = 1.0
            for j in p.indices { box *= reference[j] - p[j] }
            var limits: [[Double]] = []
            for j in inside where j != i {
                let limit = zip(p, points[j]).map { Swift.max($0, $1) }
                if !limits.contains(where: { ParetoDominance.weaklyDominates($0, limit) }) {
                    limits.removeAll { ParetoDominance.weaklyDominates(limit, $0) }
                    limits.append(limit)
                }
            }
            contribution[i] = Swift.max(0, box - volumeOfDominating(limits, reference: reference))
        }
        return contribution
    }
}
