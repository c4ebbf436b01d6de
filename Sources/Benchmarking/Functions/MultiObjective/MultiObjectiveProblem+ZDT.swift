import Foundation

/// The ZDT problems of Zitzler, Deb and Thiele (2000), "Comparison of multiobjective evolutionary algorithms:
/// empirical results", Evolutionary Computation 8(2): two objectives on x ∈ [0, 1]^d,
///
///     f1(x) = x1,   f2(x) = g(x) · h(x1 / g(x)),   g(x) = 1 + 9/(d − 1) · Σ_{i=2..d} x_i,
///
/// with h(r) = 1 − √r (ZDT1, convex front), 1 − r² (ZDT2, concave) and 1 − √r − r · sin(10π x1) (ZDT3,
/// five disconnected convex parts). The Pareto set is x2 = … = xd = 0 (g = 1), so the front is f2 = h(f1), the
/// same for every d. Reference point (11, 11) as in BoTorch (after Yang et al. 2019); the maximum hypervolumes
/// are 121 − ∫₀¹ h = 121 − 1/3 (ZDT1) and 121 − 2/3 (ZDT2); ZDT3's is 121 − ∫₀¹ m − 10 · m(1),
/// m(s) = min_{t ≤ s} h(t), integrated in closed form over the five parts below (docs/bench/FUNCTIONS.md).
extension MultiObjectiveProblem {
    /// The default dimension of the ZDT problems: small enough for budgets of 60–100 evaluations.
    public static let zdtDefaultDimension = 6

    /// ZDT1 (convex front f2 = 1 − √f1) in `dimension` ≥ 2 inputs.
    public static func zdt1(dimension: Int = zdtDefaultDimension) throws(MultiObjectiveProblemError)
        -> MultiObjectiveProblem
    {
        try zdt(name: "zdt1", dimension: dimension, maximumHypervolume: 121 - 1.0 / 3) { r, _ in 1 - r.squareRoot() }
    }

    /// ZDT2 (concave front f2 = 1 − f1²) in `dimension` ≥ 2 inputs.
    public static func zdt2(dimension: Int = zdtDefaultDimension) throws(MultiObjectiveProblemError)
        -> MultiObjectiveProblem
    {
        try zdt(name: "zdt2", dimension: dimension, maximumHypervolume: 121 - 2.0 / 3) { r, _ in 1 - r * r }
    }

    /// ZDT3 (front in five disconnected parts, f2 = 1 − √f1 − f1 sin(10π f1)) in `dimension` ≥ 2 inputs.
    public static func zdt3(dimension: Int = zdtDefaultDimension) throws(MultiObjectiveProblemError)
        -> MultiObjectiveProblem
    {
        try zdt(name: "zdt3", dimension: dimension, maximumHypervolume: 128.77811613069076, parts: zdt3Parts) {
            r, x1 in 1 - r.squareRoot() - r * sin(10 * Double.pi * x1)
        }
    }

    /// The intervals of f1 on which ZDT3's front lies: [0, b1], then (a_i, b_i] where b_i is a local minimum of
    /// h(t) = 1 − √t − t sin(10πt) and a_i the point before it where h comes back down to h(b_{i−1});
    /// located to full precision by bisection in `scripts/py/mo_functions.py` (`zdt3_front_parts`).
    static let zdt3Parts: [ClosedRange<Double>] = [
        0...0.08300153492691163, 0.18222872802939977...0.2577623633878302,
        0.4093136748086569...0.45388210408883023, 0.6183967944392659...0.6525117038046626,
        0.8233317983266328...0.8518328654364138,
    ]

    private static func zdt(
        name: String, dimension: Int, maximumHypervolume: Double, parts: [ClosedRange<Double>] = [0...1],
        h: @escaping @Sendable (_ ratio: Double, _ x1: Double) -> Double
    ) throws(MultiObjectiveProblemError) -> MultiObjectiveProblem {
        guard dimension >= 2 else { throw .dimensionTooSmall(problem: name, dimension: dimension, minimum: 2) }
        return MultiObjectiveProblem(
            name: name, bounds: Array(repeating: 0...1, count: dimension), objectiveCount: 2,
            referencePoint: [11, 11], maximumHypervolume: maximumHypervolume,
            paretoFront: { count in
                frontAbscissae(count: count, parts: parts).map { f1 in [f1, h(f1, f1)] }
            },
            function: { x in
                let g = 1 + 9 * x.dropFirst().reduce(0, +) / Double(x.count - 1)
                return ([x[0], g * h(x[0] / g, x[0])], [])
            })
    }

    /// `count` values of f1 spread over `parts`, part by part (counts differing by at most one): evenly over the
    /// first part including both ends, and over each later part leaving out its left end (there the front is
    /// weakly dominated by the previous part's right end).
    private static func frontAbscissae(count: Int, parts: [ClosedRange<Double>]) -> [Double] {
        parts.enumerated().flatMap { index, part -> [Double] in
            let share = count / parts.count + (index < count % parts.count ? 1 : 0)
            let width = part.upperBound - part.lowerBound
            if index == 0 {
                return share == 1
                    ? [part.lowerBound]
                    : (0..<share).map { part.lowerBound + width * Double($0) / Double(share - 1) }
            }
            return share == 0 ? [] : (1...share).map { part.lowerBound + width * Double($0) / Double(share) }
        }
    }
}
