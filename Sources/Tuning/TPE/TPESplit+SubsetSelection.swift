import Foundation

/// Greedy hypervolume subset selection: the cut of the last front that does not fit in TPE's good group.
extension TPESplit {
    /// The indices of `count` vectors of `points` chosen greedily for hypervolume: each step takes the vector
    /// whose exclusive contribution to the vectors chosen so far is largest (the first in index order on ties),
    ///
    ///     gain(c | S) = HV(S ∪ {c}; r) − HV(S; r) = Π_j (r_j − c_j) − HV({ max(c, s) : s ∈ S }; r),
    ///
    /// with max(c, s) the coordinatewise maximum (the limit set of While, Bradstreet & Barone 2012; a vector
    /// that one already chosen weakly dominates, a copy included, gains exactly 0). Hypervolume is monotone and
    /// submodular, so the greedy choice reaches at least (1 − 1/e) of the best subset's hypervolume (Guerreiro,
    /// Fonseca & Paquete, "Greedy hypervolume subset selection in low dimensions", Evol. Comput. 24(3), 2016;
    /// Optuna's `_solve_hssp`). In index order when `count` covers every vector or `reference` is not finite.
    ///
    /// O(count · n) hypervolumes of at most `count` vectors: fast for the γ(n) ≤ 25 of TPE in 2 and 3 dimensions.
    /// - Precondition: every vector has the length of `reference`.
    static func greedyHypervolumeSubset(_ points: [[Double]], count: Int, reference: [Double]) -> [Int] {
        guard count < points.count, reference.allSatisfy(\.isFinite) else {
            return Array(points.indices.prefix(max(0, count)))
        }
        var chosen: [Int] = []
        var remaining = Array(points.indices)
        while chosen.count < count {
            var best = 0
            var bestGain = -Double.infinity
            for (k, i) in remaining.enumerated() {
                let gain = exclusiveGain(of: points[i], over: chosen.map { points[$0] }, reference: reference)
                if gain > bestGain {
                    best = k
                    bestGain = gain
                }
            }
            chosen.append(remaining.remove(at: best))
        }
        return chosen
    }

    /// HV(S ∪ {c}) − HV(S) for the chosen vectors S, by the limit set (0 when c is weakly dominated by one of S
    /// or does not strictly dominate the reference).
    static func exclusiveGain(of c: [Double], over chosen: [[Double]], reference: [Double]) -> Double {
        guard Hypervolume.strictlyDominates(c, reference) else { return 0 }
        if chosen.contains(where: { ParetoDominance.weaklyDominates($0, c) }) { return 0 }
        var box = 1.0
        for j in c.indices { box *= reference[j] - c[j] }
        let limits = chosen.map { s in zip(c, s).map { Swift.max($0, $1) } }
        return Swift.max(0, box - Hypervolume.volume(of: limits, reference: reference))
    }
}
