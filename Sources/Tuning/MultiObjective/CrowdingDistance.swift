/// The crowding distance of NSGA-II: how much room each vector of one front has around it.
///
/// For every objective j the front is sorted by its j-th loss; with the range Rⱼ = fⱼ(max) − fⱼ(min) > 0, the
/// two extreme vectors get +∞ and every other vector adds the normalized side of the cuboid its neighbours span,
/// (fⱼ(next) − fⱼ(previous)) / Rⱼ. An objective whose range is 0 (all equal on the front) adds nothing, not
/// even the infinities of its extremes, so a front of identical vectors has distance 0 everywhere. Larger is less
/// crowded; NSGA-II keeps, within the last front that fits, the vectors of largest distance (Deb, Pratap, Agarwal &
/// Meyarivan, "A fast and elitist multiobjective genetic algorithm: NSGA-II", IEEE Trans. Evol. Comput. 6(2), 2002,
/// §III-B).
///
/// Ties in a loss keep the vectors in their given order, so the result is deterministic. A term whose
/// quotient is undefined because a loss is infinite (∞/∞) counts as +∞; an objective with a NaN loss on the
/// front has no range and adds nothing.
public enum CrowdingDistance {
    /// The crowding distance of each vector of `front` (loss vectors of one length), in the given order.
    /// - Precondition: all vectors have the same length.
    public static func distances(_ front: [[Double]]) -> [Double] {
        let n = front.count
        guard let dimension = front.first?.count else { return [] }
        precondition(front.allSatisfy { $0.count == dimension }, "loss vectors of different lengths")
        var distance = [Double](repeating: 0, count: n)
        for j in 0..<dimension {
            let order = (0..<n).sorted { a, b in
                let (x, y) = (front[a][j], front[b][j])
                if x == y || (x.isNaN && y.isNaN) { return a < b }
                return y.isNaN || x < y  // NaN last
            }
            let low = front[order[0]][j]
            let high = front[order[n - 1]][j]
            let range = high - low
            guard range > 0 else { continue }
            distance[order[0]] = .infinity
            distance[order[n - 1]] = .infinity
            guard n > 2 else { continue }
            for k in 1..<(n - 1) {
                let gap = (front[order[k + 1]][j] - front[order[k - 1]][j]) / range
                distance[order[k]] += gap.isNaN ? .infinity : gap
            }
        }
        return distance
    }
}
