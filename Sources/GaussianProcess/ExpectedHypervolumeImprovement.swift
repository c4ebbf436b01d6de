import LinearAlgebra

/// The expected hypervolume improvement (in logs) of a vector of independent normal losses: analytic, over a box
/// decomposition of the region the current front leaves undominated.
///
/// With disjoint boxes Bₖ = [lₖ, uₖ] (lower ends may be −∞) covering that region, a vector y adds
/// HVI(y) = Σₖ Πⱼ max(0, u_{k,j} − max(l_{k,j}, yⱼ)) to the hypervolume (Yang, Emmerich, Deutz & Bäck,
/// "Efficient computation of expected hypervolume improvement using box decomposition algorithms", J. Global
/// Optim. 75, 2019). For independent Yⱼ ~ N(μⱼ, σⱼ²) the expectation of each product is the product of
/// one-dimensional expectations, and since max(0, u − max(l, Y)) = (u − Y)⁺ − (l − Y)⁺,
///
///     ψ(l, u) = E[(u − Y)⁺] − E[(l − Y)⁺] = σ·(h(z_u) − h(z_l)),
///     z_b = (b − μ)/σ,  h(z) = φ(z) + zΦ(z),
///
/// two expected improvements (ψ = σ·h(z_u) when l = −∞). In logs, as Ament, Daulton, Eriksson, Balandat &
/// Bakshy recommend ("Unexpected improvements to expected improvement for Bayesian optimization", NeurIPS 2023),
///
///     log ψ = log σ + log h(z_u) + log(1 − e^Δ),   Δ = log h(z_l) − log h(z_u) < 0,
///     log EHVI = logsumexp_k Σⱼ log ψ(l_{k,j}, u_{k,j}),
///
/// with log h of `LogExpectedImprovement` (stable far into the tails, where EHVI underflows). Derivatives, with
/// g = d log h/dz = Φ/h and e = e^Δ:
///
///     ∂ log ψ/∂μ = −(g_u − g_l·e)/(σ(1 − e)),
///     ∂ log ψ/∂σ = ((1 − z_u g_u) − (1 − z_l g_l)·e)/(σ(1 − e)),
///
/// (φ/h = 1 − zg), reducing to log EI's −g/σ and (1 − zg)/σ when l = −∞; the box terms combine with the
/// softmax weights of the log-sum-exp. The one-dimensional terms depend on a box only through its pair of bounds
/// in each objective, drawn from few distinct values (the front's coordinates and the reference point), so log h
/// is evaluated once per distinct value and log ψ once per distinct pair, not once per box; a box costs a sum of
/// table entries and one exponential.
public struct ExpectedHypervolumeImprovement: Sendable {
    /// A box [lower, upper] in the models' output units; `lower` may hold −∞, `upper` is finite.
    public typealias Box = AxisAlignedBox

    /// The number of objectives.
    public let dimension: Int
    /// The boxes of the region the front leaves undominated below the reference point.
    public let boxes: [Box]
    /// The distinct finite box bounds of each objective, ascending.
    let levels: [[Double]]
    /// Each objective's distinct (lower, upper) bound pairs, as indices into its `levels` (lower −1 for −∞).
    let pairs: [[(lower: Int, upper: Int)]]
    /// `boxPairs[k·dimension + j]`: the index in `pairs[j]` of box k's bounds in objective j.
    let boxPairs: [Int]

    /// - Precondition: every box has `dimension` coordinates; upper bounds finite, lower bounds finite or −∞.
    public init(dimension m: Int, boxes: [Box]) {
        var levels: [[Double]] = []
        for j in 0..<m {
            var values = Set<Double>()
            for box in boxes {
                precondition(box.lower.count == m, "a box of \(box.lower.count) coordinates, not \(m)")
                precondition(box.upper[j].isFinite, "a box's upper bound is \(box.upper[j])")
                values.insert(box.upper[j])
                if box.lower[j] > -.infinity { values.insert(box.lower[j]) }
            }
            levels.append(values.sorted())
        }
        let position = levels.map { Dictionary(uniqueKeysWithValues: $0.enumerated().map { ($1, $0) }) }
        var pairs = [[(lower: Int, upper: Int)]](repeating: [], count: m)
        var pairIndex = [[Int: Int]](repeating: [:], count: m)
        var boxPairs: [Int] = []
        boxPairs.reserveCapacity(boxes.count * m)
        for box in boxes {
            for j in 0..<m {
                let lower = box.lower[j] == -.infinity ? -1 : position[j][box.lower[j]]!
                let upper = position[j][box.upper[j]]!
                let key = (lower + 1) * (levels[j].count + 1) + upper
                if let p = pairIndex[j][key] {
                    boxPairs.append(p)
                } else {
                    pairIndex[j][key] = pairs[j].count
                    boxPairs.append(pairs[j].count)
                    pairs[j].append((lower, upper))
                }
            }
        }
        self.dimension = m
        self.boxes = boxes
        self.levels = levels
        self.pairs = pairs
        self.boxPairs = boxPairs
    }

    /// log ψ for each bound pair of one objective at N(μ, σ²), with ∂/∂μ and ∂/∂σ (when
    /// `gradient`); −∞ (and zero derivatives) for a pair of zero width.
    func pairTerms(_ j: Int, mean mu: Double, standardDeviation sigma: Double, gradient: Bool) -> (
        value: [Double], dMean: [Double], dStandardDeviation: [Double]
    ) {
        let count = levels[j].count
        var logH = [Double](repeating: 0, count: count)
        var slope = [Double](repeating: 0, count: count)
        var z = [Double](repeating: 0, count: count)
        for (i, level) in levels[j].enumerated() {
            z[i] = (level - mu) / sigma
            (logH[i], slope[i]) = LogExpectedImprovement.logH(z[i])
        }
        let logSigma = sigma.logarithm
        let n = pairs[j].count
        var value = [Double](repeating: -.infinity, count: n)
        var dMean = [Double](repeating: 0, count: gradient ? n : 0)
        var dSigma = [Double](repeating: 0, count: gradient ? n : 0)
        for (p, pair) in pairs[j].enumerated() {
            let u = pair.upper
            guard pair.lower >= 0 else {
                value[p] = logSigma + logH[u]
                if gradient {
                    dMean[p] = -slope[u] / sigma
                    dSigma[p] = (1 - z[u] * slope[u]) / sigma
                }
                continue
            }
            let l = pair.lower
            let delta = logH[l] - logH[u]
            guard delta < 0 else { continue }
            value[p] = logSigma + logH[u] + NormalDistribution.logOneMinusExp(delta)
            if gradient {
                let e = exponential(delta)
                let oneMinus = -exponentialMinusOne(delta)
                dMean[p] = -(slope[u] - slope[l] * e) / (sigma * oneMinus)
                dSigma[p] = ((1 - z[u] * slope[u]) - (1 - z[l] * slope[l]) * e) / (sigma * oneMinus)
            }
        }
        return (value, dMean, dSigma)
    }

    /// log EHVI for independent normal outputs N(`means`ⱼ, `standardDeviations`ⱼ²) (σⱼ > 0), with its partial
    /// derivatives with respect to each mean and standard deviation (zeros unless `gradient`). −∞ when no box
    /// can be improved (every box of zero width).
    public func logValue(means: [Double], standardDeviations: [Double], gradient: Bool = true) -> (
        value: Double, dMeans: [Double], dStandardDeviations: [Double]
    ) {
        let m = dimension
        let terms = (0..<m).map {
            pairTerms($0, mean: means[$0], standardDeviation: standardDeviations[$0], gradient: gradient)
        }
        var boxTerms = [Double](repeating: 0, count: boxes.count)
        var top = -Double.infinity
        for k in boxes.indices {
            var total = 0.0
            for j in 0..<m { total += terms[j].value[boxPairs[k &* m &+ j]] }
            boxTerms[k] = total
            top = max(top, total)
        }
        var dMeans = [Double](repeating: 0, count: m)
        var dSigmas = [Double](repeating: 0, count: m)
        guard top > -.infinity else { return (-.infinity, dMeans, dSigmas) }
        var sum = 0.0
        for t in boxTerms { sum += exponential(t - top) }
        let value = top + sum.logarithm
        guard gradient else { return (value, dMeans, dSigmas) }
        // The softmax weight of each box, summed per bound pair: ∂ log EHVI = Σ_pairs (Σ weights)·∂ log ψ.
        var pairWeights = (0..<m).map { [Double](repeating: 0, count: pairs[$0].count) }
        for k in boxes.indices where boxTerms[k] > -.infinity {
            let weight = exponential(boxTerms[k] - value)
            for j in 0..<m { pairWeights[j][boxPairs[k &* m &+ j]] += weight }
        }
        for j in 0..<m {
            for (p, weight) in pairWeights[j].enumerated() where weight > 0 {
                dMeans[j] += weight * terms[j].dMean[p]
                dSigmas[j] += weight * terms[j].dStandardDeviation[p]
            }
        }
        return (value, dMeans, dSigmas)
    }
}
