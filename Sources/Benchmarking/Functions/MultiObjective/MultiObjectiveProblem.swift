import Foundation
import Tuning

/// A multi-objective benchmark problem on a box: objectives to minimize, constraints g(x) ≤ 0, a reference point
/// for the hypervolume and the hypervolume of the true Pareto front (docs/bench/FUNCTIONS.md, "Multi-objective
/// problems"). The definitions follow BoTorch's `botorch.test_functions.multi_objective`, so hypervolumes compare
/// with the literature; `scripts/py/mo_functions.py` defines the same problems for the peers.
///
/// Inputs are the parameters `x1`, …, `xd`; objectives are named `f1`, `f2`, …; constraints `g1`, `g2`, … (a
/// point is feasible when every constraint value is ≤ 0).
public struct MultiObjectiveProblem: Sendable {
    /// The key of docs/bench/FUNCTIONS.md (`zdt1`, `dtlz2`, `bnh`, …).
    public let name: String
    /// The box: one closed range per input.
    public let bounds: [ClosedRange<Double>]
    /// `f1`, `f2`, …: every objective is minimized.
    public let objectiveNames: [String]
    /// `g1`, `g2`, …: a point is feasible when every constraint value is ≤ 0 (empty when unconstrained).
    public let constraintNames: [String]
    /// The point the hypervolume is measured from (one coordinate per objective).
    public let referencePoint: [Double]
    /// The hypervolume that the true (feasible) Pareto front dominates within `referencePoint`; how each is
    /// computed is in docs/bench/FUNCTIONS.md.
    public let maximumHypervolume: Double
    private let function: @Sendable ([Double]) -> (objectives: [Double], constraints: [Double])
    private let front: @Sendable (Int) -> [[Double]]

    init(
        name: String, bounds: [ClosedRange<Double>], objectiveCount: Int, constraintCount: Int = 0,
        referencePoint: [Double], maximumHypervolume: Double,
        paretoFront: @escaping @Sendable (Int) -> [[Double]],
        function: @escaping @Sendable ([Double]) -> (objectives: [Double], constraints: [Double])
    ) {
        self.name = name
        self.bounds = bounds
        self.objectiveNames = (0..<objectiveCount).map { "f\($0 + 1)" }
        self.constraintNames = (0..<constraintCount).map { "g\($0 + 1)" }
        self.referencePoint = referencePoint
        self.maximumHypervolume = maximumHypervolume
        self.front = paretoFront
        self.function = function
    }

    /// The number of inputs d.
    public var dimension: Int { bounds.count }

    /// `x1`, …, `xd`.
    public var parameterNames: [String] { (1...dimension).map { "x\($0)" } }

    /// The box as a search space of floats named `x1`, …, `xd`.
    public var space: SearchSpace {
        // The names are distinct and every range is a non-empty finite interval, so this cannot throw.
        try! SearchSpace(zip(parameterNames, bounds).map { Parameter.float($0, $1.lowerBound, $1.upperBound) })
    }

    /// The objective values (to minimize, in the order of `objectiveNames`) and the constraint values (feasible
    /// when ≤ 0, in the order of `constraintNames`) at x, a point of the box with `dimension` coordinates.
    public func evaluate(_ x: [Double]) -> (objectives: [Double], constraints: [Double]) {
        precondition(x.count == dimension, "\(name) takes \(dimension) inputs, got \(x.count)")
        return function(x)
    }

    /// `evaluate` at the parameters `x1`, …, `xd` (a missing or non-numeric one is NaN).
    public func evaluate(_ params: Parameters) -> (objectives: [Double], constraints: [Double]) {
        evaluate(parameterNames.map { params[$0]?.doubleValue ?? .nan })
    }

    /// Whether constraint values are all ≤ 0 (true for an unconstrained problem; NaN is infeasible).
    public static func isFeasible(_ constraints: [Double]) -> Bool { constraints.allSatisfy { $0 <= 0 } }

    /// `count` objective vectors on the true (feasible) Pareto front, spread along it in a fixed order (the
    /// same every call); for plots and for checking a hypervolume against `maximumHypervolume`.
    public func paretoFront(count: Int) -> [[Double]] { count > 0 ? front(count) : [] }

    /// log₁₀(`maximumHypervolume` − hypervolume), the difference floored at 10⁻¹² like regret
    /// (docs/bench/FUNCTIONS.md): the multi-objective counterpart of log regret.
    public func logHypervolumeDifference(_ hypervolume: Double) -> Double {
        log10(max(maximumHypervolume - hypervolume, 1e-12))
    }
}
