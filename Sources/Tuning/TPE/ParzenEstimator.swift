import Foundation
import Randomness

/// A mixture of product kernels over some parameters, in their internal representation (ln x for log
/// scales, the value for linear ones, the choice index for categoricals), as in Bergstra et al. 2011,
/// "Algorithms for hyper-parameter optimization", §4, and Optuna's `_ParzenEstimator` (Watanabe 2023,
/// "Tree-structured Parzen estimator: understanding its algorithm components and why it works", §3):
///
///     p(x) = Σ_k w_k Π_d K_{k,d}(x_d)
///
/// with one component per observation plus a prior component (centre of the box, σ = box width, weight
/// `priorWeight`). Numeric kernels are truncated normals (discretized for stepped ints), categorical ones put
/// 1 + priorWeight/K on the observed choice and priorWeight/K on each (then normalized) (Watanabe §3.3).
/// Bandwidths (Watanabe §3.2, as Optuna 5 computes them for univariate and multivariate models alike): the
/// larger distance to the neighbouring observations, box ends included; with the magic clip,
/// σ ∈ [(high − low)/min(100, 1 + K), high − low] (K' = √(K·N) instead of K for continuous parameters when
/// `clipCount` N is given; see `TPESampler.Options.studySizeClip`). (Optuna ≤ 4 used Scott's rule
/// 0.2·n^(−1/(d+4))·(high − low) in multivariate mode.)
struct ParzenEstimator {
    /// One parameter's internal domain.
    enum Dimension {
        case numeric(low: Double, high: Double, step: Double?)
        case categorical(count: Int)
    }

    struct Settings {
        var priorWeight: Double
        var magicClip: Bool
        var considerEndpoints: Bool
        /// When set (N = finished trials + 1), continuous kernels use K' = √(K·N) in the magic clip instead
        /// of this estimator's kernel count K, so the bandwidth floor shrinks as the study grows.
        var clipCount: Int? = nil
    }

    let dimensions: [Dimension]
    /// Normalized log weights of the K components (observations then prior).
    private(set) var logWeights: [Double] = []
    /// Per dimension: μ and σ per component (numeric), or log probabilities [component][choice] (categorical).
    private var mus: [[Double]] = []
    private var sigmas: [[Double]] = []
    private var logProbabilities: [[[Double]]] = []
    /// Per numeric dimension and component, the x-independent part of the log density: for continuous
    /// kernels −log √(2π) − log σ − log Z (Z the truncation mass), for stepped ones −log Z.
    private var logNormalizers: [[Double]] = []

    /// - Parameters: observations[i][d]: observation i, dimension d; weights: one per observation (Optuna's
    ///   ramp, `TPEWeights`).
    init(observations: [[Double]], weights: [Double], dimensions: [Dimension], settings s: Settings) {
        self.dimensions = dimensions
        let n = observations.count
        var w = weights + [s.priorWeight]
        let total = w.reduce(0, +)
        w = w.map { $0 / total }
        logWeights = w.map { Foundation.log($0) }
        let kernels = n + 1
        for (d, dim) in dimensions.enumerated() {
            let column = observations.map { $0[d] }
            switch dim {
            case .numeric(let low, let high, let step):
                let width = high - low + (step ?? 0)
                var sig = Self.neighbourBandwidths(
                    column, low: low - (step ?? 0) / 2, high: high + (step ?? 0) / 2,
                    considerEndpoints: s.considerEndpoints)
                let maxSigma = width
                let clipK =
                    step == nil ? (Double(s.clipCount ?? kernels) * Double(kernels)).squareRoot() : Double(kernels)
                let minSigma = s.magicClip ? width / min(100, 1 + clipK) : 1e-12
                sig = sig.map { min(max($0, minSigma), maxSigma) }
                let mu = column + [0.5 * (low + high)]
                let sd = sig + [width]
                let h = (step ?? 0) / 2
                logNormalizers.append(
                    zip(mu, sd).map { m, s in
                        let logZ = TruncatedNormal.logGaussMass((low - h - m) / s, (high + h - m) / s)
                        return step == nil ? -TruncatedNormal.logSqrt2Pi - Foundation.log(s) - logZ : -logZ
                    })
                mus.append(mu)
                sigmas.append(sd)
                logProbabilities.append([])
            case .categorical(let count):
                var rows: [[Double]] = []
                for i in 0...n {
                    var p = [Double](repeating: s.priorWeight / Double(kernels), count: count)
                    if i < n { p[Int(column[i])] += 1 }
                    let sum = p.reduce(0, +)
                    rows.append(p.map { Foundation.log($0 / sum) })
                }
                mus.append([])
                sigmas.append([])
                logNormalizers.append([])
                logProbabilities.append(rows)
            }
        }
    }

    /// Optuna 5's bandwidths (Watanabe 2023 §3.2, "adaptive" bandwidth): with the observations sorted and the
    /// box ends [low, high] (widened by step/2 for stepped ints) added, each kernel's σ is the larger gap to its
    /// neighbours; without `considerEndpoints` the outermost observations use their inner gap.
    static func neighbourBandwidths(_ mus: [Double], low: Double, high: Double, considerEndpoints: Bool) -> [Double] {
        let order = mus.indices.sorted { mus[$0] < mus[$1] }
        let ends = [low] + order.map { mus[$0] } + [high]
        var sortedSigma: [Double] = []
        for i in 1..<(ends.count - 1) {
            let left: Double = ends[i] - ends[i - 1]
            let right: Double = ends[i + 1] - ends[i]
            sortedSigma.append(max(left, right))
        }
        if !considerEndpoints && ends.count >= 4 {
            sortedSigma[0] = ends[2] - ends[1]
            sortedSigma[sortedSigma.count - 1] = ends[ends.count - 2] - ends[ends.count - 3]
        }
        var sigma = [Double](repeating: 0, count: mus.count)
        for (rank, i) in order.enumerated() { sigma[i] = sortedSigma[rank] }
        return sigma
    }

    /// `count` draws: a component by weight, then every dimension from that component's kernel.
    func sample(_ count: Int, using rng: inout Xoshiro256StarStar) -> [[Double]] {
        let weights = logWeights.map { Foundation.exp($0) }
        return (0..<count).map { _ in
            var u = Double.random(in: 0..<1, using: &rng)
            var k = 0
            while k < weights.count - 1 && u >= weights[k] {
                u -= weights[k]
                k += 1
            }
            return dimensions.enumerated().map { d, dim -> Double in
                switch dim {
                case .numeric(let low, let high, let step):
                    let h = (step ?? 0) / 2
                    let x = TruncatedNormal.sample(
                        mu: mus[d][k], sigma: sigmas[d][k], low: low - h, high: high + h,
                        using: &rng)
                    guard let step else { return x }
                    return min(max(low + ((x - low) / step).rounded() * step, low), high)
                case .categorical(let count):
                    var v = Double.random(in: 0..<1, using: &rng)
                    var c = 0
                    while c < count - 1 && v >= Foundation.exp(logProbabilities[d][k][c]) {
                        v -= Foundation.exp(logProbabilities[d][k][c])
                        c += 1
                    }
                    return Double(c)
                }
            }
        }
    }

    /// log p(x) for each point: log Σ_k exp(log w_k + Σ_d log K_{k,d}(x_d)).
    func logPDF(_ points: [[Double]]) -> [Double] {
        points.map { x in
            var terms = logWeights
            for (d, dim) in dimensions.enumerated() {
                for k in terms.indices {
                    switch dim {
                    case .numeric(_, _, let step):
                        let mu = mus[d][k]
                        let sigma = sigmas[d][k]
                        if let step {
                            let h = step / 2
                            terms[k] +=
                                TruncatedNormal.logGaussMass((x[d] - h - mu) / sigma, (x[d] + h - mu) / sigma)
                                + logNormalizers[d][k]
                        } else {
                            let z = (x[d] - mu) / sigma
                            terms[k] += -0.5 * z * z + logNormalizers[d][k]
                        }
                    case .categorical:
                        terms[k] += logProbabilities[d][k][Int(x[d])]
                    }
                }
            }
            let m = terms.max()!
            guard m > -.infinity else { return -.infinity }
            return m + Foundation.log(terms.reduce(0) { $0 + Foundation.exp($1 - m) })
        }
    }
}
