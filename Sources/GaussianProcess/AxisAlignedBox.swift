/// A closed axis-aligned box [lower, upper] in objective space, coordinate by coordinate; `lower` may hold −∞.
/// The region a Pareto front leaves undominated is a union of disjoint such boxes (`ImprovementRegion` of
/// `Tuning`), and expected hypervolume improvement sums over them (`ExpectedHypervolumeImprovement`).
public struct AxisAlignedBox: Sendable, Hashable {
    public var lower: [Double]
    public var upper: [Double]

    public init(lower: [Double], upper: [Double]) {
        precondition(lower.count == upper.count, "box bounds of lengths \(lower.count) and \(upper.count)")
        self.lower = lower
        self.upper = upper
    }
}
