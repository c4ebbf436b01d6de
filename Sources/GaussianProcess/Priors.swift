import LinearAlgebra
import Randomness

/// Default bounds of the positive hyperparameters (natural units; the fit works on their logarithms).
///
/// Inputs live in the unit cube and outputs are standardized inside the GP, so these ranges are unit-free:
/// length scales and amplitude in [10⁻³, 10³] (the bounds of the project's scikit-learn fixtures) and the noise
/// variance in [10⁻⁶, 10]: 10⁻⁶ is the noise floor, as Optuna's `DEFAULT_MINIMUM_NOISE_VAR` (optuna/_gp/prior.py).
/// The floor keeps K + σ²ₙI positive definite for duplicate inputs and constant outputs.
public enum HyperparameterBounds {
    public static let amplitude: ClosedRange<Double> = 1e-3...1e3
    public static let lengthScale: ClosedRange<Double> = 1e-3...1e3
    public static let noise: ClosedRange<Double> = 1e-6...10
}

/// A prior on one positive hyperparameter x = exp(θ).
///
/// As in GPyTorch/BoTorch, the density is that of x itself (no Jacobian of the log transform) and is known up
/// to a constant: the MAP objective is log p(y | θ) + Σ log p(x_q).
public enum HyperparameterPrior: Sendable, Hashable {
    /// No prior (a flat log-posterior contribution).
    case none
    /// Gamma(α, β) with density ∝ x^(α−1) e^(−βx): log p = (α−1)·log x − βx.
    case gamma(concentration: Double, rate: Double)
    /// LogNormal(μ, s): log p = −(log x − μ)²/(2s²) − log x.
    case logNormal(location: Double, scale: Double)

    /// log p(x) up to a constant and its derivative with respect to θ = log x.
    public func logDensity(logValue theta: Double) -> (value: Double, derivative: Double) {
        switch self {
        case .none:
            return (0, 0)
        case .gamma(let alpha, let beta):
            let x = theta.exponential
            return ((alpha - 1) * theta - beta * x, (alpha - 1) - beta * x)
        case .logNormal(let mu, let s):
            let u = (theta - mu) / s
            return (-0.5 * u * u - theta, -u / s - 1)
        }
    }

    /// A draw of θ = log x from the prior, or nil for `.none` (the caller then draws uniformly in the bounds).
    public func sampleLogValue<G: RandomNumberGenerator>(using rng: inout G) -> Double? {
        switch self {
        case .none:
            return nil
        case .gamma(let alpha, let beta):
            return (Self.sampleGamma(shape: alpha, using: &rng) / beta).logarithm
        case .logNormal(let mu, let s):
            return mu + s * rng.nextNormal()
        }
    }

    /// Gamma(α, 1) by Marsaglia & Tsang, "A simple method for generating gamma variables" (ACM TOMS 2000),
    /// with the boost x·U^(1/α) for α < 1.
    static func sampleGamma<G: RandomNumberGenerator>(shape alpha: Double, using rng: inout G) -> Double {
        if alpha < 1 {
            let u = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &rng)
            return sampleGamma(shape: alpha + 1, using: &rng) * (u.logarithm / alpha).exponential
        }
        let d = alpha - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            let z: Double = rng.nextNormal()
            let v0 = 1 + c * z
            if v0 <= 0 { continue }
            let v = v0 * v0 * v0
            let u = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &rng)
            if u.logarithm < 0.5 * z * z + d - d * v + d * v.logarithm { return d * v }
        }
    }
}

/// The priors of a GP fit by kind of hyperparameter, applied to every parameter of that kind.
///
/// Defaults (the data are in the unit cube and outputs standardized):
/// - length scales ℓ ~ Gamma(3, 6) (mode 1/3) and amplitude σ² ~ Gamma(2, 0.15): BoTorch's classic
///   `get_matern_kernel_with_gamma_prior` (botorch/models/kernels, used by `SingleTaskGP` until v0.12);
/// - noise σ²ₙ ~ Gamma(1.1, 30) (mode ≈ 0.0033): Optuna's `default_log_prior` (optuna/_gp/prior.py), which
///   expects nearly noise-free objectives such as validation losses of seeded training runs.
/// The same priors draw the random starts of the multi-start fit, in both MAP and MLE mode.
public struct HyperparameterPriors: Sendable, Hashable {
    public var amplitude: HyperparameterPrior
    public var lengthScale: HyperparameterPrior
    public var noise: HyperparameterPrior

    public init(
        amplitude: HyperparameterPrior = .gamma(concentration: 2, rate: 0.15),
        lengthScale: HyperparameterPrior = .gamma(concentration: 3, rate: 6),
        noise: HyperparameterPrior = .gamma(concentration: 1.1, rate: 30)
    ) {
        self.amplitude = amplitude
        self.lengthScale = lengthScale
        self.noise = noise
    }

    /// The defaults documented above.
    public static let `default` = HyperparameterPriors()

    /// The prior for a kind of hyperparameter.
    public func prior(for kind: HyperparameterKind) -> HyperparameterPrior {
        switch kind {
        case .amplitude: amplitude
        case .lengthScale: lengthScale
        case .noise: noise
        }
    }

    /// Σ_q log p(exp θ_q) and its gradient with respect to θ.
    public func logDensity(_ theta: [Double], kinds: [HyperparameterKind]) -> (value: Double, gradient: [Double]) {
        precondition(theta.count == kinds.count, "priors: \(theta.count) parameters, \(kinds.count) kinds")
        var total = 0.0
        var gradient = [Double](repeating: 0, count: theta.count)
        for q in theta.indices {
            let (v, g) = prior(for: kinds[q]).logDensity(logValue: theta[q])
            total += v
            gradient[q] = g
        }
        return (total, gradient)
    }
}
