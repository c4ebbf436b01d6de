import Foundation

/// BNH of Binh and Korn (1997), "MOBES: a multiobjective evolution strategy for constrained optimization
/// problems": two inputs x1 ∈ [0, 5], x2 ∈ [0, 3], two objectives and two constraints,
///
///     f1 = 4 x1² + 4 x2²,   f2 = (x1 − 5)² + (x2 − 5)²,
///     g1 = (x1 − 5)² + x2² − 25 ≤ 0,   g2 = 7.7 − (x1 − 8)² − (x2 + 3)² ≤ 0.
///
/// The Pareto set is x1 = x2 ∈ [0, 3] followed by x2 = 3, x1 ∈ [3, 5] (the constraints are not active on it: g1
/// excludes a corner near x1 = 0, x2 = 3, about 6.5 % of the box, and g2 holds everywhere in the box). Reference
/// point (140, 50), the usual one (f1 ≤ 136 and f2 ≤ 50 on the front); the maximum hypervolume is 15856/3,
/// integrated in closed form along the two pieces (docs/bench/FUNCTIONS.md).
extension MultiObjectiveProblem {
    /// BNH (2 inputs, 2 objectives, constraints g1 and g2).
    public static let bnh = MultiObjectiveProblem(
        name: "bnh", bounds: [0...5, 0...3], objectiveCount: 2, constraintCount: 2, referencePoint: [140, 50],
        maximumHypervolume: 15856.0 / 3,
        paretoFront: { count in
            (0..<count).map { index in
                // x1 runs over [0, 5]; x2 follows it up to 3.
                let x1 = count == 1 ? 0 : 5 * Double(index) / Double(count - 1)
                return bnhValues([x1, min(x1, 3)]).objectives
            }
        },
        function: bnhValues)

    static func bnhValues(_ x: [Double]) -> (objectives: [Double], constraints: [Double]) {
        let objectives = [
            4 * x[0] * x[0] + 4 * x[1] * x[1], (x[0] - 5) * (x[0] - 5) + (x[1] - 5) * (x[1] - 5),
        ]
        let constraints = [
            (x[0] - 5) * (x[0] - 5) + x[1] * x[1] - 25, 7.7 - (x[0] - 8) * (x[0] - 8) - (x[1] + 3) * (x[1] + 3),
        ]
        return (objectives, constraints)
    }
}
