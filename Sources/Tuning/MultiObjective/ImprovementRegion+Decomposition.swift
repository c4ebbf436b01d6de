extension ImprovementRegion {
    /// Disjoint boxes covering the region below `reference` that `points` (all strictly dominating it) leave
    /// undominated.
    ///
    /// - One loss: the interval (−∞, min p].
    /// - Two losses: with the non-dominated vectors sorted so that x₁ < x₂ < ⋯ < xₙ and y₁ > ⋯ > yₙ, and
    ///   the sentinels (x₀, y₀) = (−∞, r₂), x_{n+1} = r₁, the n + 1 boxes [xᵢ, x_{i+1}] × (−∞, yᵢ]
    ///   for i = 0…n: at abscissa t ∈ [xᵢ, x_{i+1}) the undominated ordinates are those below yᵢ.
    /// - d ≥ 3 losses: slicing along the last loss (as the hypervolume's HSO recursion does). Between
    ///   consecutive distinct last losses zᵢ < z_{i+1} (z₀ = −∞, the last slab ending at r_d), the undominated
    ///   cross-section is the improvement region, in d − 1 losses, of the vectors whose last loss is at most
    ///   zᵢ; each of its boxes times the slab [zᵢ, z_{i+1}] is a box. A cross-section box that the next slab
    ///   still has is extended instead of cut, so a box only ends where a vector changes its cross-section;
    ///   at most O(n²) boxes in three losses.
    static func decomposition(_ points: [[Double]], _ reference: [Double]) -> [Box] {
        switch reference.count {
        case 1:
            let top = points.lazy.map { $0[0] }.min() ?? reference[0]
            return [Box(lower: [-.infinity], upper: [top])]
        case 2: return staircaseBoxes(points, reference)
        default: return slicedBoxes(points, reference)
        }
    }

    /// The n + 1 boxes of the two-dimensional staircase.
    static func staircaseBoxes(_ points: [[Double]], _ reference: [Double]) -> [Box] {
        var steps: [(x: Double, y: Double)] = []
        for p in points.sorted(by: { $0[0] != $1[0] ? $0[0] < $1[0] : $0[1] < $1[1] })
        where p[1] < (steps.last?.y ?? reference[1]) {
            steps.append((p[0], p[1]))
        }
        var boxes: [Box] = []
        boxes.reserveCapacity(steps.count + 1)
        var left = -Double.infinity
        var height = reference[1]
        for step in steps {
            boxes.append(Box(lower: [left, -.infinity], upper: [step.x, height]))
            left = step.x
            height = step.y
        }
        boxes.append(Box(lower: [left, -.infinity], upper: [reference[0], height]))
        return boxes
    }

    /// Slicing along the last loss, extending the cross-section boxes that persist from slab to slab.
    static func slicedBoxes(_ points: [[Double]], _ reference: [Double]) -> [Box] {
        let last = reference.count - 1
        let crossReference = Array(reference[..<last])
        let sorted = points.sorted { $0[last] < $1[last] }
        var section: [[Double]] = []
        var open = decomposition([], crossReference).map { (box: $0, start: -Double.infinity) }
        var boxes: [Box] = []
        func close(_ entry: (box: Box, start: Double), at end: Double) {
            guard end > entry.start else { return }
            boxes.append(Box(lower: entry.box.lower + [entry.start], upper: entry.box.upper + [end]))
        }
        var i = 0
        while i < sorted.count {
            let z = sorted[i][last]
            var changed = false
            while i < sorted.count && sorted[i][last] == z {
                let projected = Array(sorted[i][..<last])
                if !section.contains(where: { ParetoDominance.weaklyDominates($0, projected) }) {
                    section.removeAll { ParetoDominance.weaklyDominates(projected, $0) }
                    section.append(projected)
                    changed = true
                }
                i += 1
            }
            guard changed else { continue }
            let next = decomposition(section, crossReference)
            let kept = Set(next)
            var starts: [Box: Double] = [:]
            for entry in open {
                if kept.contains(entry.box) { starts[entry.box] = entry.start } else { close(entry, at: z) }
            }
            open = next.map { (box: $0, start: starts[$0] ?? z) }
        }
        for entry in open { close(entry, at: reference[last]) }
        return boxes
    }
}
