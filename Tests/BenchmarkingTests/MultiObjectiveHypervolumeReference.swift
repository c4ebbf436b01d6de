/// Brute-force Pareto dominance and hypervolume for checking the multi-objective problems' maximum hypervolumes
/// (all objectives minimized). Deliberately simple: a sweep in 2-D, slices of 2-D sweeps in 3-D.
enum MultiObjectiveHypervolumeReference {
    /// Whether a dominates b: no worse in every objective and better in one.
    static func dominates(_ a: [Double], _ b: [Double]) -> Bool {
        zip(a, b).allSatisfy { $0 <= $1 } && zip(a, b).contains { $0 < $1 }
    }

    /// The area dominated by `points` within `reference`: sorted by f1, each point adds the strip up to the next
    /// point's f1, as high as the lowest f2 so far.
    static func hypervolume2D(_ points: [[Double]], reference: [Double]) -> Double {
        let inside = points.filter { $0[0] < reference[0] && $0[1] < reference[1] }.sorted { $0[0] < $1[0] }
        var total = 0.0
        var lowest = reference[1]
        for (index, point) in inside.enumerated() {
            lowest = min(lowest, point[1])
            let right = index + 1 < inside.count ? inside[index + 1][0] : reference[0]
            total += (right - point[0]) * (reference[1] - lowest)
        }
        return total
    }

    /// The volume dominated by `points` within `reference`: slices between consecutive f3 values, each the 2-D
    /// hypervolume of the points at or below the slice.
    static func hypervolume3D(_ points: [[Double]], reference: [Double]) -> Double {
        let inside = points.filter { zip($0, reference).allSatisfy { $0 < $1 } }.sorted { $0[2] < $1[2] }
        var total = 0.0
        for (index, point) in inside.enumerated() {
            let top = index + 1 < inside.count ? inside[index + 1][2] : reference[2]
            guard top > point[2] else { continue }
            let area = hypervolume2D(inside[...index].map { [$0[0], $0[1]] }, reference: [reference[0], reference[1]])
            total += (top - point[2]) * area
        }
        return total
    }
}
