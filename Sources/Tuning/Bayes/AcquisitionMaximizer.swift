import Foundation
import GaussianProcess
import LinearAlgebra
import Optimize
import Randomness

/// Maximizes an acquisition function over the encoded unit cube of a mixed search space and returns a valid
/// (projected) point, as Optuna's `optimize_acqf_mixed` and BoTorch's `optimize_acqf_mixed` do:
/// 1. score, in one batched posterior, `candidates` random valid points plus perturbations of the incumbents
///    (Gaussian steps of three sizes on numeric columns, occasional category switches), which finds the basin
///    and gives precise local exploitation near the best trials;
/// 2. from the `localStarts` best, run L-BFGS-B on the continuous and integer columns (integers relaxed), with
///    the one-hot columns held fixed (`concurrentSearches` at a time, on one OpenBLAS thread each);
/// 3. project (round integers, snap categories) and sweep the discrete columns: every category of each
///    categorical and the neighbouring cells of each integer, keeping improvements (two sweeps);
/// 4. return the best point not in `excluding` (already tried or pending), or nil if all are.
struct AcquisitionMaximizer: Sendable {
    let encoding: UnitCubeEncoding
    let acquisition: any AcquisitionFunction
    let candidates: Int
    let localStarts: Int

    /// The perturbation scales (unit-cube standard deviations) around incumbents.
    static let steps = [0.1, 0.02, 0.003]
    /// Local searches run at the same time, each on its own thread.
    static let concurrentSearches = 2

    func maximize(
        incumbents: [[Double]], excluding taken: Set<[Double]>,
        using rng: inout Xoshiro256StarStar
    ) -> [Double]? {
        let d = encoding.dimension
        var pool: [[Double]] = (0..<candidates).map { _ in randomPoint(using: &rng) }
        for incumbent in incumbents {
            for step in AcquisitionMaximizer.steps {
                for _ in 0..<max(candidates / 32, 8) { pool.append(perturb(incumbent, step: step, using: &rng)) }
            }
        }
        let scores = acquisition.values(at: Matrix(rows: pool.count, columns: d, elements: pool.flatMap { $0 }))
        let order = pool.indices.sorted { scores[$0] > scores[$1] }

        var starts: [[Double]] = []
        var seen = Set<[Double]>()
        for index in order where starts.count < localStarts && seen.insert(pool[index]).inserted {
            starts.append(pool[index])
        }
        // The searches are independent and draw no random numbers: side by side, each on one OpenBLAS thread,
        // they give what they give one after the other.
        var results = concurrentMap(starts, width: Self.concurrentSearches) { start in
            BLASThreads.with(1) { sweepDiscrete(encoding.project(localSearch(from: start))) }
        }
        // Keep the raw candidates too: if every refined point is taken, the next best untried one wins.
        results += order.prefix(64).map { (encoding.project(pool[$0]), scores[$0]) }
        return results.filter { !$0.score.isNaN }
            .sorted { $0.score > $1.score }
            .first { !taken.contains($0.point) }?.point
    }

    /// Whether any parameter is conditional (then points must be projected to neutralize inactive columns).
    var hasConditions: Bool { encoding.space.parameters.contains { $0.condition != nil } }

    /// A uniformly random valid point: numeric columns uniform (integers snapped to the centre of their cell),
    /// one category per one-hot block; projected only when the space has conditional parameters.
    func randomPoint(using rng: inout Xoshiro256StarStar) -> [Double] {
        var u = [Double](repeating: 0, count: encoding.dimension)
        for (i, kind) in encoding.kinds.enumerated() {
            let o = encoding.offsets[i]
            switch kind {
            case .continuous: u[o] = Double.random(in: 0..<1, using: &rng)
            case .integer:
                let domain = encoding.space.parameters[i].domain
                u[o] = domain.unit(of: domain.value(atUnit: Double.random(in: 0..<1, using: &rng)))
            case .oneHot: u[o + Int.random(in: 0..<blockWidth(i), using: &rng)] = 1
            case .none: break
            }
        }
        return hasConditions ? encoding.project(u) : u
    }

    /// Whether points need `encoding.project` to be valid: integers, categories or conditions. A purely
    /// continuous point is valid as soon as it is clamped to the cube.
    var needsProjection: Bool { hasConditions || encoding.kinds.contains { $0 == .integer || $0 == .oneHot } }

    /// A Gaussian step of scale `step` on the numeric columns; each categorical switches with probability 1/D.
    func perturb(_ x: [Double], step: Double, using rng: inout Xoshiro256StarStar) -> [Double] {
        var u = x
        for (i, kind) in encoding.kinds.enumerated() {
            let o = encoding.offsets[i]
            switch kind {
            case .continuous, .integer:
                u[o] = min(max(u[o] + step * Self.standardNormal(using: &rng), 0), 1)
            case .oneHot where Double.random(in: 0..<1, using: &rng) < 1 / Double(encoding.kinds.count):
                for k in 0..<blockWidth(i) { u[o + k] = 0 }
                u[o + Int.random(in: 0..<blockWidth(i), using: &rng)] = 1
            default: break
            }
        }
        return needsProjection ? encoding.project(u) : u
    }

    /// A standard normal draw (Box–Muller, as `nextNormal`), specialized for this generator: the generic
    /// `nextNormal` is not inlinable across modules, and its unspecialized calls cost as much as scoring the
    /// perturbed candidates.
    @inline(__always)
    static func standardNormal(using rng: inout Xoshiro256StarStar) -> Double {
        let u1 = 1 - Double.random(in: 0..<1, using: &rng)  // (0, 1]: log is finite
        let u2 = Double.random(in: 0..<1, using: &rng)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// L-BFGS-B on the numeric columns from `start`, maximizing the acquisition (minimizing its negative).
    func localSearch(from start: [Double]) -> [Double] {
        let free = encoding.kinds.indices.filter { encoding.kinds[$0] == .continuous || encoding.kinds[$0] == .integer }
            .map { encoding.offsets[$0] }
        guard !free.isEmpty else { return start }
        var point = start
        var options = LBFGSB.Options()
        options.maxIterations = 60
        options.maxEvaluations = 120
        options.gradientTolerance = 1e-9
        let result = LBFGSB(options: options).minimize(
            from: free.map { start[$0] }, lower: Array(repeating: 0, count: free.count),
            upper: Array(repeating: 1, count: free.count)
        ) { z, gradient in
            for (k, column) in free.enumerated() { point[column] = z[k] }
            let (value, g) = acquisition.valueAndGradient(at: point)
            guard value.isFinite else { return .infinity }
            for (k, column) in free.enumerated() { gradient[k] = -g[column] }
            return -value
        }
        for (k, column) in free.enumerated() { point[column] = result.x[k] }
        return point
    }

    /// Tries every category of each categorical and the neighbouring cells of each integer at `start`
    /// (scored in one batch per sweep), moving to the best; two sweeps.
    func sweepDiscrete(_ start: [Double]) -> (point: [Double], score: Double) {
        var best = (point: start, score: acquisition.value(at: start))
        for _ in 0..<2 {
            var variants: [[Double]] = []
            for (i, kind) in encoding.kinds.enumerated() {
                let o = encoding.offsets[i]
                switch kind {
                case .oneHot:
                    for k in 0..<blockWidth(i) where best.point[o + k] != 1 {
                        var v = best.point
                        for j in 0..<blockWidth(i) { v[o + j] = j == k ? 1 : 0 }
                        variants.append(encoding.project(v))
                    }
                case .integer:
                    let domain = encoding.space.parameters[i].domain
                    guard case .int(_, _, let step, _) = domain,
                        let value = domain.value(atUnit: best.point[o]).intValue
                    else { continue }
                    let below = value.subtractingReportingOverflow(step)
                    let above = value.addingReportingOverflow(step)
                    let neighbours = [below, above].filter { !$0.overflow }.map(\.partialValue)
                    for neighbour in neighbours where domain.contains(.int(neighbour)) {
                        var v = best.point
                        v[o] = domain.unit(of: .int(neighbour))
                        variants.append(encoding.project(v))
                    }
                default: break
                }
            }
            guard !variants.isEmpty else { break }
            let scores = acquisition.values(
                at: Matrix(
                    rows: variants.count, columns: encoding.dimension,
                    elements: variants.flatMap { $0 }))
            guard let top = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[top] > best.score else { break }
            best = (variants[top], scores[top])
        }
        return best
    }

    func blockWidth(_ parameterIndex: Int) -> Int {
        encoding.space.parameters[parameterIndex].domain.cardinality ?? 1
    }
}
