/// Stochastic gradient descent with momentum (Polyak 1964) and optional Nesterov momentum (Sutskever et al. 2013),
/// in the form PyTorch and Keras use:
///
///     v ← μ·v + g
///     θ ← θ − η·v               (classical momentum; μ = 0 is plain SGD)
///     θ ← θ − η·(g + μ·v)       (Nesterov)
///
/// with velocity v starting at 0.
public final class SGD<Scalar: NetworkScalar>: Optimizer {
    public let parameterCount: Int
    /// μ ∈ [0, 1).
    public let momentum: Double
    /// Whether the look-ahead (Nesterov) form is used.
    public let nesterov: Bool
    private let velocity: ScalarBuffer<Scalar>

    public init(parameterCount: Int, momentum: Double = 0, nesterov: Bool = false) {
        self.parameterCount = parameterCount
        self.momentum = momentum
        self.nesterov = nesterov
        velocity = ScalarBuffer(count: momentum > 0 ? parameterCount : 0)
    }

    public func step(
        parameters: UnsafeMutablePointer<Scalar>, gradients: UnsafePointer<Scalar>, learningRate: Scalar,
        decayedCount: Int
    ) {
        let (v, mu, nesterov) = (velocity.pointer, Scalar(momentum), nesterov)
        ElementwiseThreads.forEachRange(count: parameterCount) { i, n in
            Scalar._sgdStep(parameters + i, gradients + i, v + i, n, learningRate, mu, nesterov)
        }
    }
}

func sgdStep<S: NetworkScalar>(
    _ p: UnsafeMutablePointer<S>, _ g: UnsafePointer<S>, _ v: UnsafeMutablePointer<S>,
    _ n: Int, _ lr: S, _ mu: S, _ nesterov: Bool
) {
    if mu == 0 {
        for i in 0..<n { p[i] -= lr * g[i] }
    } else if nesterov {
        for i in 0..<n {
            let vi = mu * v[i] + g[i]
            v[i] = vi
            p[i] -= lr * (g[i] + mu * vi)
        }
    } else {
        for i in 0..<n {
            let vi = mu * v[i] + g[i]
            v[i] = vi
            p[i] -= lr * vi
        }
    }
}
