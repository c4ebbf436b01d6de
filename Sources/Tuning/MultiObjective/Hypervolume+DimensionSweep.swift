extension Hypervolume {
    /// The three-dimensional sweep (Fonseca, Paquete & López-Ibáñez, IEEE CEC 2006): the vectors sorted by the
    /// third loss z₁ ≤ z₂ ≤ … ≤ zₙ, with z_{n+1} = r₃,
    ///
    ///     HV = Σᵢ Aᵢ · (z_{i+1} − zᵢ),
    ///
    /// where Aᵢ is the area the first i vectors' projections dominate in the first two losses. That area is kept
    /// by a staircase (`Staircase`) that each insertion updates in time proportional to the steps it removes.
    static func threeDimensionalVolume(_ points: [[Double]], reference: [Double]) -> Double {
        let sorted = points.sorted { $0[2] < $1[2] }
        var staircase = Staircase(reference: (reference[0], reference[1]))
        var volume = 0.0
        for (i, p) in sorted.enumerated() {
            staircase.insert(x: p[0], y: p[1])
            let top = i + 1 < sorted.count ? sorted[i + 1][2] : reference[2]
            volume += staircase.area * (top - p[2])
        }
        return volume
    }

    /// Hypervolume by slicing (HSO: While, Hingston, Barone & Huband, IEEE Trans. Evol. Comput. 10(1), 2006):
    /// the vectors sorted by the last loss z₁ ≤ … ≤ zₙ, with z_{n+1} = r_d,
    ///
    ///     HV_d(S; r) = Σᵢ HV_{d−1}(π(S_{≤i}); π(r)) · (z_{i+1} − zᵢ),
    ///
    /// where π drops the last coordinate and S_{≤i} holds the first i vectors: in the slab zᵢ ≤ z < z_{i+1}
    /// exactly those vectors reach down to z. Each slab keeps only the non-dominated projections, and the
    /// cross-sections recurse down to the three-dimensional sweep. Every term is a sum of products, so the result
    /// has no cancellation error; the cost grows like n^{d−1} at worst, which suits small sets.
    static func slicedVolume(_ points: [[Double]], reference: [Double]) -> Double {
        let last = reference.count - 1
        let crossReference = Array(reference[..<last])
        let sorted = points.sorted { $0[last] < $1[last] }
        var section: [[Double]] = []
        var volume = 0.0
        for (i, p) in sorted.enumerated() {
            let projected = Array(p[..<last])
            if !section.contains(where: { ParetoDominance.weaklyDominates($0, projected) }) {
                section.removeAll { ParetoDominance.weaklyDominates(projected, $0) }
                section.append(projected)
            }
            let top = i + 1 < sorted.count ? sorted[i + 1][last] : reference[last]
            if top > p[last] {
                volume += volumeOfDominating(section, reference: crossReference) * (top - p[last])
            }
        }
        return volume
    }

    /// The non-dominated points of a set in two losses, x strictly increasing and y strictly decreasing, with the
    /// area they dominate below the reference point.
    struct Staircase {
        let reference: (x: Double, y: Double)
        private(set) var xs: [Double] = []
        private(set) var ys: [Double] = []
        private(set) var area = 0.0

        init(reference: (x: Double, y: Double)) { self.reference = reference }

        /// Adds (x, y), which must dominate the reference point strictly. Nothing changes when a step already
        /// weakly dominates it; otherwise the steps it weakly dominates go, and the area grows by the strips
        /// between its height y and the old floor: at abscissa t the floor is the y of the last step with x ≤ t.
        mutating func insert(x: Double, y: Double) {
            var low = 0
            var high = xs.count
            while low < high {  // first step with xs ≥ x
                let mid = (low + high) / 2
                if xs[mid] < x { low = mid + 1 } else { high = mid }
            }
            if low > 0 && ys[low - 1] <= y { return }
            if low < xs.count && xs[low] == x && ys[low] <= y { return }
            var floor = low > 0 ? ys[low - 1] : reference.y
            var left = x
            var end = low
            while end < xs.count && ys[end] >= y {
                area += (floor - y) * (xs[end] - left)
                floor = ys[end]
                left = xs[end]
                end += 1
            }
            area += (floor - y) * ((end < xs.count ? xs[end] : reference.x) - left)
            xs.replaceSubrange(low..<end, with: [x])
            ys.replaceSubrange(low..<end, with: [y])
        }
    }
}
