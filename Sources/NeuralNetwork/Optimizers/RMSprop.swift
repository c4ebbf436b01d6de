/// RMSprop (Hinton, Srivastava & Swersky, *Neural Networks for Machine Learning*, lecture 6e, 2012), as in Keras:
///
///     s ← ρ·s + (1 − ρ)·g²
///     θ ← θ − η·g / (√s + ε)
///
/// with s = 0 initially.
public final class RMSprop<Scalar: NetworkScalar>: Optimizer {
    public let parameterCount: Int
    /// ρ ∈ [0, 1), the decay of the squared-gradient average.
    public let rho: Double
    public let epsilon: Double
    private let meanSquare: ScalarBuffer<Scalar>

    public init(parameterCount: Int, rho: Double = 0.9, epsilon: Double = 1e-8) {
        self.parameterCount = parameterCount
        (self.rho, self.epsilon) = (rho, epsilon)
        meanSquare = ScalarBuffer(count: parameterCount)
    }

    public func step(
        parameters: UnsafeMutablePointer<Scalar>, gradients: UnsafePointer<Scalar>, learningRate: Scalar,
        decayedCount: Int
    ) {
        let (s, rho, eps) = (meanSquare.pointer, Scalar(rho), Scalar(epsilon))
        ElementwiseThreads.forEachRange(count: parameterCount) { i, n in
            Scalar._rmspropStep(parameters + i, gradients + i, s + i, n, learningRate, rho, eps)
        }
    }
}

func rmspropStep<S: NetworkScalar>(
    _ p: UnsafeMutablePointer<S>, _ g: UnsafePointer<S>, _ s: UnsafeMutablePointer<S>,
    _ n: Int, _ lr: S, _ rho: S, _ eps: S
) {
    for i in 0..<n {
        let gi = g[i]
        let si = rho * s[i] + (1 - rho) * gi * gi
        s[i] = si
        p[i] -= lr * gi / (si.squareRoot() + eps)
    }
}
