import Randomness
import Testing
import Tuning

/// Definitions of the multi-objective quantities that share no code with `Tuning`: the hypervolume by counting
/// grid cells, non-domination ranks as longest dominance chains, and random loss sets with ties, copies and
/// vectors beyond the reference point.
enum MultiObjectiveReference {
    /// The exact hypervolume: the coordinates of the points (capped at the reference) and of the reference cut
    /// every axis into intervals; a cell of that grid lies wholly inside the dominated region or wholly outside,
    /// and it is inside when some point weakly dominates its lower corner.
    static func hypervolume(_ points: [[Double]], reference: [Double]) -> Double {
        let d = reference.count
        let axes = (0..<d).map { j in
            Array(Set(points.map { min($0[j], reference[j]) } + [reference[j]])).sorted()
        }
        var cell = [Int](repeating: 0, count: d)
        var total = 0.0
        guard axes.allSatisfy({ $0.count > 1 }) else { return 0 }
        while true {
            let corner = (0..<d).map { axes[$0][cell[$0]] }
            if points.contains(where: { p in (0..<d).allSatisfy { p[$0] <= corner[$0] } }) {
                var volume = 1.0
                for j in 0..<d { volume *= axes[j][cell[j] + 1] - axes[j][cell[j]] }
                total += volume
            }
            var j = 0
            while j < d {
                cell[j] += 1
                if cell[j] < axes[j].count - 1 { break }
                cell[j] = 0
                j += 1
            }
            if j == d { return total }
        }
    }

    /// The rank of each point: 0 when nothing beats it, otherwise one more than the largest rank of a point that
    /// beats it (the length of the longest chain ending at it), iterated to its fixed point.
    static func ranks(_ count: Int, beats: (Int, Int) -> Bool) -> [Int] {
        var ranks = [Int](repeating: 0, count: count)
        for _ in 0...count {
            for p in 0..<count {
                for q in 0..<count where beats(q, p) { ranks[p] = max(ranks[p], ranks[q] + 1) }
            }
        }
        return ranks
    }

    /// `count` loss vectors around the reference point (10, …, 10): coordinates on the integers 0…11 half of the
    /// time (ties, values on and beyond the reference), uniform in [0, 10.5) otherwise, and one vector in five a
    /// copy of an earlier one.
    static func randomSet(count: Int, dimension: Int, using rng: inout Xoshiro256StarStar) -> [[Double]] {
        var points: [[Double]] = []
        for _ in 0..<count {
            if !points.isEmpty && Double.random(in: 0..<1, using: &rng) < 0.2 {
                points.append(points[Int.random(in: 0..<points.count, using: &rng)])
                continue
            }
            let onGrid = Bool.random(using: &rng)
            points.append(
                (0..<dimension).map { _ in
                    onGrid ? Double(Int.random(in: 0...11, using: &rng)) : Double.random(in: 0..<10.5, using: &rng)
                })
        }
        return points
    }

    static func reference(_ dimension: Int) -> [Double] { [Double](repeating: 10, count: dimension) }

    static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    }
}

@Suite struct MultiObjectiveReferenceTests {
    @Test func theCellCountMatchesHandWorkedVolumes() {
        #expect(MultiObjectiveReference.hypervolume([[1, 3], [2, 2], [3, 1]], reference: [4, 4]) == 6)
        #expect(MultiObjectiveReference.hypervolume([[0, 0, 1], [1, 1, 0]], reference: [2, 2, 2]) == 5)
        #expect(MultiObjectiveReference.hypervolume([[5, 0], [4, 1]], reference: [4, 4]) == 0)
        #expect(MultiObjectiveReference.hypervolume([], reference: [4, 4]) == 0)
    }

    @Test func longestChainsRankAChain() {
        let values = [3.0, 1, 2, 1]
        #expect(MultiObjectiveReference.ranks(4) { values[$0] < values[$1] } == [2, 0, 1, 0])
    }
}
