import Foundation

/// DTLZ2 of Deb, Thiele, Laumanns and Zitzler (2005), "Scalable test problems for evolutionary multiobjective
/// optimization", and its constrained variant C2-DTLZ2 (Jain and Deb 2014), on x ∈ [0, 1]^d with M objectives:
///
///     f_i(x) = (1 + g) · Π_{j=1..M−i} cos(x_j π/2) · sin(x_{M−i+1} π/2)   (no sine factor for i = 1),
///     g(x) = Σ_{j=M..d} (x_j − ½)²   (k = d − M + 1 distance variables).
///
/// The Pareto set is x_M = … = x_d = ½ (g = 0), the front the positive part of the unit sphere Σ f_i² = 1. With
/// the reference point (1.1, …, 1.1) of BoTorch, the maximum hypervolume is 1.1^M minus the volume of the positive
/// orthant of the unit ball, π^{M/2} / Γ(M/2 + 1) / 2^M (1.331 − π/6 for M = 3).
extension MultiObjectiveProblem {
    /// The default dimension of DTLZ2 and C2-DTLZ2: 6 (k = 4 distance variables for DTLZ2 with 3 objectives).
    public static let dtlzDefaultDimension = 6

    /// The radius r of C2-DTLZ2's feasible discs with 2 objectives (as in pymoo and BoTorch).
    public static let c2dtlz2Radius = 0.2

    /// DTLZ2 with `objectives` ≥ 2 objectives (3 by default) in `dimension` ≥ `objectives` inputs.
    public static func dtlz2(dimension: Int = dtlzDefaultDimension, objectives: Int = 3)
        throws(MultiObjectiveProblemError) -> MultiObjectiveProblem
    {
        guard objectives >= 2 else { throw .tooFewObjectives(problem: "dtlz2", objectives: objectives) }
        guard dimension >= objectives else {
            throw .dimensionTooSmall(problem: "dtlz2", dimension: dimension, minimum: objectives)
        }
        let m = Double(objectives)
        let orthantOfBall = pow(Double.pi, m / 2) / tgamma(m / 2 + 1) / pow(2, m)
        return MultiObjectiveProblem(
            name: "dtlz2", bounds: Array(repeating: 0...1, count: dimension), objectiveCount: objectives,
            referencePoint: Array(repeating: 1.1, count: objectives),
            maximumHypervolume: pow(1.1, m) - orthantOfBall,
            paretoFront: { count in
                latticeOnUnitCube(count: count, dimension: objectives - 1).map { position in
                    dtlz2Objectives(position + Array(repeating: 0.5, count: dimension - objectives + 1), objectives)
                }
            },
            function: { x in (dtlz2Objectives(x, objectives), []) })
    }

    /// C2-DTLZ2 with 2 objectives in `dimension` ≥ 2 inputs: DTLZ2, feasible only within r = 0.2 of (1, 0), (0, 1)
    /// or (1, 1)/√2 in objective space,
    ///
    ///     g1(f) = min((f1 − 1)² + f2² − r², f1² + (f2 − 1)² − r²,
    ///                 (f1 − 1/√2)² + (f2 − 1/√2)² − r²) ≤ 0.
    ///
    /// Its front is three arcs of the unit circle, angles θ = x1 π/2 in [0, δ], [π/4 − δ, π/4 + δ] and
    /// [π/2 − δ, π/2] with δ = 2 asin(r/2); about 3 % of the box is feasible at d = 6. The maximum hypervolume
    /// w.r.t. (1.1, 1.1) is 1.21 minus the area under the attained front (arcs, and steps between them), in closed
    /// form (`c2dtlz2_max_hv` in `scripts/py/mo_functions.py`).
    public static func c2dtlz2(dimension: Int = dtlzDefaultDimension) throws(MultiObjectiveProblemError)
        -> MultiObjectiveProblem
    {
        guard dimension >= 2 else { throw .dimensionTooSmall(problem: "c2dtlz2", dimension: dimension, minimum: 2) }
        let r2 = c2dtlz2Radius * c2dtlz2Radius
        let centre = 1 / 2.0.squareRoot()
        let delta = 2 * asin(c2dtlz2Radius / 2)
        return MultiObjectiveProblem(
            name: "c2dtlz2", bounds: Array(repeating: 0...1, count: dimension), objectiveCount: 2,
            constraintCount: 1, referencePoint: [1.1, 1.1], maximumHypervolume: 0.3823335944011558,
            paretoFront: { count in
                (0..<count).map { index in
                    // Arc length s ∈ [0, 4δ] along the three arcs, in order of θ.
                    let s = count == 1 ? 0 : 4 * delta * Double(index) / Double(count - 1)
                    let theta =
                        s <= delta ? s : s <= 3 * delta ? Double.pi / 4 - 2 * delta + s : Double.pi / 2 - 4 * delta + s
                    return [cos(theta), sin(theta)]
                }
            },
            function: { x in
                let f = dtlz2Objectives(x, 2)
                let nearAxis = min((f[0] - 1) * (f[0] - 1) + f[1] * f[1], f[0] * f[0] + (f[1] - 1) * (f[1] - 1)) - r2
                let nearCentre = (f[0] - centre) * (f[0] - centre) + (f[1] - centre) * (f[1] - centre) - r2
                return (f, [min(nearAxis, nearCentre)])
            })
    }

    /// DTLZ2's objectives at x with `objectives` objectives (the formula of this extension's documentation).
    static func dtlz2Objectives(_ x: [Double], _ objectives: Int) -> [Double] {
        let radius = 1 + x[(objectives - 1)...].reduce(0) { $0 + ($1 - 0.5) * ($1 - 0.5) }
        return (0..<objectives).map { i in
            var value = radius
            for j in 0..<(objectives - 1 - i) { value *= cos(x[j] * Double.pi / 2) }
            if i > 0 { value *= sin(x[objectives - 1 - i] * Double.pi / 2) }
            return value
        }
    }

    /// `count` points of [0, 1]^dimension spread by the additive recurrence of Roberts (2018), "The unreasonable
    /// effectiveness of quasirandom sequences": point n is frac(½ + n α) with α_j = φ_d^(−j), φ_d the root
    /// > 1 of φ^(d+1) = φ + 1 (the golden ratio for d = 1, then a plain grid is used instead: i/(count − 1)).
    static func latticeOnUnitCube(count: Int, dimension: Int) -> [[Double]] {
        if dimension == 1 {
            return (0..<count).map { [count == 1 ? 0 : Double($0) / Double(count - 1)] }
        }
        var phi = 2.0
        for _ in 0..<64 { phi = pow(1 + phi, 1 / Double(dimension + 1)) }
        let alpha = (1...dimension).map { pow(1 / phi, Double($0)) }
        return (0..<count).map { n in
            alpha.map { a in (0.5 + Double(n) * a).truncatingRemainder(dividingBy: 1) }
        }
    }
}
