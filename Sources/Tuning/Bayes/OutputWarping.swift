import Foundation

/// A monotone transform of the losses before the GP sees them.
///
/// Objective values in tuning are often heavy-tailed (a diverged network, a corner of Rosenbrock's box a
/// thousand times worse than the rest); a stationary GP fitted to them spends its amplitude on the outliers and
/// its length scales shrink, so expected improvement chases corners. Taking logarithms of the shifted losses
/// compresses the tail and stretches the region near the best value, where the search needs resolution (the
/// idea behind HEBO's power transforms, Cowen-Rivers et al. 2022, and the log transforms common in
/// algorithm configuration, Hutter et al. 2011 "SMAC").
///
///   y′ = log(y − min y + s),  s = max(0.1·(median y − min y), 10⁻¹²·(1 + |min y|))
///
/// The shift s keeps the best point from becoming an outlier at −∞ and scales with the spread of the
/// good half of the data. The transform is monotone, so the best point stays the best and improvement in y′
/// means improvement in y.
public enum OutputWarping: String, Sendable, Hashable, CaseIterable {
    case none
    case logarithm = "log"
    /// Box–Cox power transform of the shifted losses with λ ∈ [0, 1] chosen by maximum likelihood
    /// (Box & Cox 1964): λ = 0 is the logarithm, λ = 1 the identity, in between a milder compression.
    case boxCox = "boxcox"
    /// Chosen per proposal by `GPSampler` among `candidates` (the identity and Box–Cox) by the evidence of the
    /// raw losses (`GPSampler+Surrogate.swift`); applied on its own it is the identity.
    case automatic = "auto"

    /// The transforms a GP is fitted with: both candidates for `.automatic`, else this one.
    public var candidates: [OutputWarping] { self == .automatic ? [.none, .boxCox] : [self] }

    public func apply(_ y: [Double]) -> [Double] {
        guard let (shift, lambda) = parameters(y), let minimum = y.min() else { return y }
        return y.map { OutputWarping.boxCox($0 - minimum + shift, lambda) }
    }

    /// log |dT/dy| summed over the data, the Jacobian term that makes the evidence of a model of T(y)
    /// comparable with that of a model of y: log p(y) = log p(T(y)) + Σᵢ log T′(yᵢ). With x = y − min y + s,
    /// T′ = x^(λ−1), so the sum is (λ − 1)·Σ log xᵢ (0 for the identity).
    public func logJacobian(_ y: [Double]) -> Double {
        guard let (shift, lambda) = parameters(y), let minimum = y.min() else { return 0 }
        return (lambda - 1) * y.reduce(0) { $0 + log($1 - minimum + shift) }
    }

    /// The shift s and the power λ of the transform for these data (λ = 0: logarithm), nil for the identity.
    func parameters(_ y: [Double]) -> (shift: Double, lambda: Double)? {
        guard self != .none && self != .automatic, let minimum = y.min() else { return nil }
        if self == .boxCox && y.count <= 2 { return nil }
        let sorted = y.sorted()
        let median = sorted[sorted.count / 2]
        let shift = max(0.1 * (median - minimum), 1e-12 * (1 + abs(minimum)))
        if self == .logarithm { return (shift, 0) }
        return (shift, OutputWarping.boxCoxLambda(y.map { $0 - minimum + shift }))
    }

    /// (x^λ − 1)/λ, or log x at λ = 0; as expm1(λ·log x)/λ, which keeps full precision for small λ where
    /// x^λ − 1 cancels.
    static func boxCox(_ x: Double, _ lambda: Double) -> Double {
        abs(lambda) < 1e-9 ? log(x) : expm1(lambda * log(x)) / lambda
    }

    /// The λ ∈ [0, 1] maximizing the Box–Cox profile log-likelihood
    /// ℓ(λ) = −(n/2)·log σ̂²(λ) + (λ − 1)·Σ log xᵢ, on a grid of 21 values refined by golden-section search.
    static func boxCoxLambda(_ x: [Double]) -> Double {
        let sumLog = x.reduce(0) { $0 + log($1) }
        let n = Double(x.count)
        func profile(_ lambda: Double) -> Double {
            let t = x.map { boxCox($0, lambda) }
            let mean = t.reduce(0, +) / n
            let variance = t.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
            guard variance > 0, variance.isFinite else { return -.infinity }
            return -0.5 * n * log(variance) + (lambda - 1) * sumLog
        }
        let grid = (0...20).map { Double($0) / 20 }
        var best = grid.max { profile($0) < profile($1) }!
        var (a, b) = (max(0, best - 0.05), min(1, best + 0.05))
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<20 {
            let (c, d) = (b - ratio * (b - a), a + ratio * (b - a))
            if profile(c) > profile(d) { b = d } else { a = c }
        }
        best = (a + b) / 2
        return best
    }
}
