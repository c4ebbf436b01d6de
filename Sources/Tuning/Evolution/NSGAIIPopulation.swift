import Randomness

/// A population of evaluated trials ranked the way NSGA-II ranks them, with its two selections: elitist survival
/// and the binary tournament (Deb, Pratap, Agarwal & Meyarivan, "A fast and elitist multiobjective genetic
/// algorithm: NSGA-II", IEEE Trans. Evol. Comput. 6(2), 2002, §III).
///
/// Each member has a non-domination rank (`NondominatedSorting`, under Deb's constraint domination when the study
/// has constraints: feasible members first, infeasible ones by total violation) and the crowding distance within
/// its front (`CrowdingDistance`). The crowded-comparison order ≺ₙ prefers the lower rank, and within a rank the
/// larger crowding distance (the less crowded member); members equal under ≺ₙ are ordered by trial number, so
/// every choice is deterministic. With one objective the ranks are the order of the losses (a front holds equal
/// losses, so its crowding distances are all 0 and the trial number decides).
struct NSGAIIPopulation: Sendable {
    /// An evaluated trial: its number (its identity), its objective losses and its total constraint violation.
    struct Member: Sendable, Hashable {
        var number: Int
        var losses: [Double]
        var violation: Double
    }

    let members: [Member]
    /// `ranks[i]`: the front of member i (0 = non-dominated).
    let ranks: [Int]
    /// `crowding[i]`: the crowding distance of member i within its front.
    let crowding: [Double]

    /// Ranks `members` (loss vectors of one length); by constraint domination when `constrained`.
    init(_ members: [Member], constrained: Bool) {
        self.members = members
        let sorting = NondominatedSorting(
            members.map(\.losses), violations: constrained ? members.map(\.violation) : nil)
        var crowding = [Double](repeating: 0, count: members.count)
        for front in sorting.fronts {
            let distances = CrowdingDistance.distances(front.map { members[$0].losses })
            for (k, i) in front.enumerated() { crowding[i] = distances[k] }
        }
        self.ranks = sorting.ranks
        self.crowding = crowding
    }

    /// Deb's crowded comparison i ≺ₙ j: a lower rank, or the same rank and a larger crowding distance.
    func isBetter(_ i: Int, than j: Int) -> Bool {
        ranks[i] != ranks[j] ? ranks[i] < ranks[j] : crowding[i] > crowding[j]
    }

    /// The member indices, best first under ≺ₙ (then by trial number).
    var order: [Int] {
        members.indices.sorted { a, b in
            if isBetter(a, than: b) { return true }
            if isBetter(b, than: a) { return false }
            return members[a].number < members[b].number
        }
    }

    /// Elitist survivor selection: the best `count` of `members` under ≺ₙ. This fills the next population front by
    /// front and takes, from the first front that does not fit whole, its least crowded members (the distances
    /// measured over that whole front), as in NSGA-II's main loop. All of them when there are at most `count`.
    static func survivors(of members: [Member], count: Int, constrained: Bool) -> [Member] {
        guard members.count > count else { return members }
        let ranked = NSGAIIPopulation(members, constrained: constrained)
        return ranked.order.prefix(count).map { members[$0] }
    }

    /// Binary tournament: two distinct members drawn uniformly, the better under ≺ₙ wins (the first drawn on a
    /// tie). The index of the winner.
    /// - Precondition: the population is not empty.
    func tournament(using rng: inout Xoshiro256StarStar) -> Int {
        precondition(!members.isEmpty, "a tournament needs a member")
        guard members.count > 1 else { return 0 }
        let first = Int.random(in: 0..<members.count, using: &rng)
        var second = Int.random(in: 0..<(members.count - 1), using: &rng)
        if second >= first { second += 1 }
        return isBetter(second, than: first) ? second : first
    }
}
