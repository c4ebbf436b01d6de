/// A first-order update rule θ ← θ − step(g) applied once per mini-batch to the network's flat parameter vector.
///
/// The parameters are laid out regularized-weights-first (see `ParameterBinding`); `decayedCount` tells rules with
/// decoupled weight decay (AdamW) how long that prefix is. Optimizer state (moments, accumulators) is allocated
/// once, at construction, for `parameterCount` parameters.
public protocol Optimizer<Scalar>: AnyObject {
    associatedtype Scalar: NetworkScalar
    /// The number of parameters the state was sized for.
    var parameterCount: Int { get }
    /// Applies one update with learning rate η to `parameters` given `gradients` (both `parameterCount` long).
    func step(
        parameters: UnsafeMutablePointer<Scalar>, gradients: UnsafePointer<Scalar>, learningRate: Scalar,
        decayedCount: Int)
}

/// The optimizer of a `TrainingConfig` and its settings (the learning rate is separate: `TrainingConfig.learningRate`).
public enum OptimizerKind: Codable, Hashable, Sendable {
    /// SGD with (optionally Nesterov) momentum μ; see `SGD`.
    case sgd(momentum: Double = 0, nesterov: Bool = false)
    /// Adam (Kingma & Ba 2015); see `Adam`.
    case adam(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8)
    /// AdamW, Adam with decoupled weight decay λ (Loshchilov & Hutter 2019); see `AdamW`.
    case adamW(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0.01)
    /// RMSprop (Hinton, Coursera lecture 6e, 2012); see `RMSprop`.
    case rmsprop(rho: Double = 0.9, epsilon: Double = 1e-8)
    /// Adagrad (Duchi, Hazan & Singer 2011); see `Adagrad`.
    case adagrad(epsilon: Double = 1e-10)

    /// The names accepted by `init(name:)`.
    public static let names = ["sgd", "momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad"]

    /// Parses a command-line name with default settings (`momentum` is SGD with μ = 0.9, `nesterov` adds
    /// Nesterov); throws naming `optimizer` otherwise.
    public init(name: String) throws(ConfigurationError) {
        switch name.lowercased() {
        case "sgd": self = .sgd()
        case "momentum": self = .sgd(momentum: 0.9)
        case "nesterov": self = .sgd(momentum: 0.9, nesterov: true)
        case "adam": self = .adam()
        case "adamw": self = .adamW()
        case "rmsprop": self = .rmsprop()
        case "adagrad": self = .adagrad()
        default: throw .invalid(parameter: "optimizer", reason: "unknown optimizer '\(name)'; use one of \(Self.names)")
        }
    }

    /// Throws naming the first setting out of range.
    public func validate() throws(ConfigurationError) {
        func check(_ ok: Bool, _ name: String, _ value: Double, _ range: String) throws(ConfigurationError) {
            if !ok { throw .invalid(parameter: "optimizer.\(name)", reason: "\(value) is not in \(range)") }
        }
        switch self {
        case .sgd(let momentum, _): try check(momentum >= 0 && momentum < 1, "momentum", momentum, "[0, 1)")
        case .adam(let b1, let b2, let eps), .adamW(let b1, let b2, let eps, _):
            try check(b1 >= 0 && b1 < 1, "beta1", b1, "[0, 1)")
            try check(b2 >= 0 && b2 < 1, "beta2", b2, "[0, 1)")
            try check(eps > 0, "epsilon", eps, "(0, ∞)")
            if case .adamW(_, _, _, let wd) = self { try check(wd >= 0 && wd.isFinite, "weightDecay", wd, "[0, ∞)") }
        case .rmsprop(let rho, let eps):
            try check(rho >= 0 && rho < 1, "rho", rho, "[0, 1)")
            try check(eps > 0, "epsilon", eps, "(0, ∞)")
        case .adagrad(let eps): try check(eps > 0, "epsilon", eps, "(0, ∞)")
        }
    }

    /// A fresh optimizer with zeroed state for `parameterCount` parameters.
    public func make<S: NetworkScalar>(parameterCount: Int, scalar: S.Type = S.self) -> any Optimizer<S> {
        switch self {
        case .sgd(let momentum, let nesterov):
            return SGD<S>(parameterCount: parameterCount, momentum: momentum, nesterov: nesterov)
        case .adam(let b1, let b2, let eps):
            return Adam<S>(parameterCount: parameterCount, beta1: b1, beta2: b2, epsilon: eps)
        case .adamW(let b1, let b2, let eps, let wd):
            return AdamW<S>(parameterCount: parameterCount, beta1: b1, beta2: b2, epsilon: eps, weightDecay: wd)
        case .rmsprop(let rho, let eps):
            return RMSprop<S>(parameterCount: parameterCount, rho: rho, epsilon: eps)
        case .adagrad(let eps):
            return Adagrad<S>(parameterCount: parameterCount, epsilon: eps)
        }
    }
}
