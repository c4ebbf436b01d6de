import GaussianProcess

/// The region below a reference point that a set of loss vectors does not dominate, as disjoint axis-aligned
/// boxes: what a new vector can still add to the hypervolume.
///
/// For losses S and a reference point r, let N = { z ≤ r : no p ∈ S weakly dominates z }. A vector y adds to the
/// hypervolume exactly the part of N it dominates, HVI(y) = HV(S ∪ {y}; r) − HV(S; r) = λ(N ∩ [y, r]). Given
/// disjoint boxes Bₖ = [lₖ, uₖ] whose union is N (lower ends may be −∞),
///
///     HVI(y) = Σₖ Π_j max(0, u_{k,j} − max(l_{k,j}, y_j)),
///
/// the formula of Yang, Emmerich, Deutz & Bäck ("Efficient computation of expected hypervolume improvement using
/// box decomposition algorithms", J. Global Optim. 75, 2019), which qEHVI evaluates on samples of the posterior
/// and differentiates (Daulton, Balandat & Bakshy, "Differentiable expected hypervolume improvement for parallel
/// multi-objective Bayesian optimization", NeurIPS 2020). The decomposition is in
/// `ImprovementRegion+Decomposition.swift`.
public struct ImprovementRegion: Sendable, Equatable {
    /// The closed box [lower, upper], coordinate by coordinate; `lower` may hold −∞ (the type expected hypervolume
    /// improvement takes).
    public typealias Box = AxisAlignedBox

    /// The reference point bounding the region above.
    public let reference: [Double]
    /// Disjoint boxes (they meet at most on faces) whose union is the region `front` leaves undominated below
    /// `reference`.
    public let boxes: [Box]

    /// The improvement region of `front` (any loss vectors; dominated ones and ones that do not strictly
    /// dominate `reference` change nothing) below `reference`.
    /// - Precondition: `reference` is not empty and holds no NaN; every vector has its length.
    public init(front: [[Double]], reference: [Double]) {
        precondition(!reference.isEmpty, "the reference point has no coordinates")
        precondition(!reference.contains(where: \.isNaN), "the reference point holds NaN")
        self.reference = reference
        self.boxes = Self.decomposition(front.filter { Hypervolume.strictlyDominates($0, reference) }, reference)
    }

    /// HV(S ∪ {y}) − HV(S) for the set S this region was built from.
    public func hypervolumeImprovement(of y: [Double]) -> Double {
        Self.hypervolumeImprovement(of: y, boxes: boxes)
    }

    /// Σ over `boxes` of Π_j max(0, upper_j − max(lower_j, y_j)): the volume of the boxes' part that y weakly
    /// dominates. For the boxes of an `ImprovementRegion`, the hypervolume improvement of y.
    /// - Precondition: `y` has the boxes' length.
    public static func hypervolumeImprovement(of y: [Double], boxes: [Box]) -> Double {
        var total = 0.0
        for box in boxes {
            precondition(box.lower.count == y.count, "a vector of length \(y.count), boxes of \(box.lower.count)")
            var volume = 1.0
            for j in y.indices {
                volume *= Swift.max(0, box.upper[j] - Swift.max(box.lower[j], y[j]))
                if volume == 0 { break }
            }
            total += volume
        }
        return total
    }

    /// The hypervolume improvement of `y` with its gradient, written into `gradient` (resized to y's length):
    /// ∂HVI/∂y_j = −Σ over the boxes with every side positive and y_j > lower_j of Π_{i≠j} (side i), the
    /// one-sided derivative that automatic differentiation of the formula gives at a face.
    /// - Precondition: `y` has the boxes' length.
    public static func hypervolumeImprovement(of y: [Double], boxes: [Box], gradient: inout [Double]) -> Double {
        gradient = [Double](repeating: 0, count: y.count)
        var sides = [Double](repeating: 0, count: y.count)
        var total = 0.0
        for box in boxes {
            precondition(box.lower.count == y.count, "a vector of length \(y.count), boxes of \(box.lower.count)")
            var positive = true
            for j in y.indices {
                sides[j] = box.upper[j] - Swift.max(box.lower[j], y[j])
                if !(sides[j] > 0) { positive = false }
            }
            guard positive else { continue }
            total += sides.reduce(1, *)
            for j in y.indices where y[j] > box.lower[j] {
                var others = 1.0
                for i in y.indices where i != j { others *= sides[i] }
                gradient[j] -= others
            }
        }
        return total
    }
}
