/// How many members of each group (class) go into a subset of a given fraction.
///
/// Largest-remainder (Hamilton) apportionment: group `c` of size `n_c` gets `⌊f·n_c⌋` or `⌈f·n_c⌉` members, the
/// total is `round(f·n)`, and the groups with the largest fractional parts `f·n_c − ⌊f·n_c⌋` take the extra
/// members (lowest group index first on ties). So every group's share is within one sample of its ideal `f·n_c`,
/// and the subset's class proportions follow the whole set's (stratification, as in scikit-learn's
/// `StratifiedShuffleSplit`).
enum StratifiedAllocation {
    /// Per-group counts for fraction `f` of `sizes`, never exceeding `capacities` (default: the sizes).
    static func allocate(fraction f: Double, of sizes: [Int], capacities: [Int]? = nil) -> [Int] {
        let capacities = capacities ?? sizes
        let n = sizes.reduce(0, +)
        let ideal = sizes.map { f * Double($0) }
        var counts = zip(ideal, capacities).map { Swift.min(Int(($0 + 1e-9).rounded(.down)), $1) }
        let wanted = Swift.min(Int((f * Double(n)).rounded()), capacities.reduce(0, +))
        var missing = wanted - counts.reduce(0, +)
        guard missing > 0 else { return counts }
        let order = sizes.indices.sorted {
            let (a, b) = (ideal[$0] - Double(counts[$0]), ideal[$1] - Double(counts[$1]))
            return a != b ? a > b : $0 < $1
        }
        // First pass: round up where the ideal share allows; second pass: wherever capacity is left.
        for pass in 0..<2 {
            for c in order where missing > 0 && counts[c] < capacities[c] {
                if pass == 0 && Double(counts[c]) >= ideal[c] { continue }
                counts[c] += 1
                missing -= 1
            }
        }
        return counts
    }
}
