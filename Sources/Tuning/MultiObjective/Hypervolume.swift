/// The hypervolume indicator: the Lebesgue measure of the region a set of loss vectors dominates, bounded above by
/// a reference point.
///
/// For losses S ⊂ ℝᵈ (every objective minimized) and a reference point r,
///
///     HV(S; r) = λ( ⋃_{p ∈ S} [p₁, r₁] × ⋯ × [p_d, r_d] ),
///
/// the volume of the points that some p ∈ S weakly dominates and that weakly dominate r. A vector that does not
/// strictly dominate r (pⱼ ≥ rⱼ for some j, or a NaN coordinate) adds nothing. A set that weakly dominates
/// another never has a smaller hypervolume (Pareto compliance), which few unary quality indicators guarantee (Zitzler,
/// Thiele, Laumanns, Fonseca & da Fonseca, "Performance assessment of multiobjective optimizers", IEEE Trans. Evol.
/// Comput. 7(2), 2003).
///
/// `volume(of:reference:)` picks the algorithm by dimension: a sort and a sweep in two dimensions
/// (O(n log n)); a sweep over the third objective that keeps the two-dimensional staircase of the vectors met so
/// far (O(n log n) searches and O(n²) array moves at worst) in three, after Fonseca, Paquete & López-Ibáñez ("An
/// improved dimension-sweep algorithm for the hypervolume indicator", IEEE CEC 2006); and beyond, slicing along
/// the last objective into slabs whose cross-sections are hypervolumes of one dimension fewer (HSO: While,
/// Hingston, Barone & Huband, "A faster algorithm for calculating hypervolume", IEEE Trans. Evol. Comput. 10(1),
/// 2006), which is exact and additive (no inclusion–exclusion) but exponential in d, for small sets.
public enum Hypervolume {
    /// HV(`points`; `reference`): the volume `points` dominate below `reference`. Vectors that do not strictly
    /// dominate the reference contribute nothing; an empty set has volume 0.
    /// - Precondition: `reference` is not empty and every point has its length.
    public static func volume(of points: [[Double]], reference: [Double]) -> Double {
        precondition(!reference.isEmpty, "the reference point has no coordinates")
        return volumeOfDominating(points.filter { strictlyDominates($0, reference) }, reference: reference)
    }

    /// Whether `point` is below `reference` in every coordinate (false for any NaN).
    /// - Precondition: `point` has the length of `reference`.
    static func strictlyDominates(_ point: [Double], _ reference: [Double]) -> Bool {
        precondition(point.count == reference.count, "a point of length \(point.count), reference \(reference.count)")
        for j in point.indices where !(point[j] < reference[j]) { return false }
        return true
    }

    /// The hypervolume of points that all strictly dominate `reference`.
    static func volumeOfDominating(_ points: [[Double]], reference: [Double]) -> Double {
        guard !points.isEmpty else { return 0 }
        switch reference.count {
        case 1: return reference[0] - points.lazy.map { $0[0] }.min()!
        case 2: return twoDimensionalVolume(points, reference: reference)
        case 3: return threeDimensionalVolume(points, reference: reference)
        default: return slicedVolume(points, reference: reference)
        }
    }

    /// The two-dimensional sweep: sorted by the first loss (ties: second loss ascending), every vector whose
    /// second loss is below all before it adds the strip [x, r₁] × [y, y_best], y_best being the lowest second loss
    /// so far (initially r₂).
    static func twoDimensionalVolume(_ points: [[Double]], reference: [Double]) -> Double {
        let sorted = points.sorted { $0[0] != $1[0] ? $0[0] < $1[0] : $0[1] < $1[1] }
        var lowest = reference[1]
        var area = 0.0
        for p in sorted where p[1] < lowest {
            area += (reference[0] - p[0]) * (lowest - p[1])
            lowest = p[1]
        }
        return area
    }
}
