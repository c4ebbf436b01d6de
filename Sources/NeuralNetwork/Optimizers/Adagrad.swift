/// Adagrad (Duchi, Hazan & Singer, "Adaptive Subgradient Methods for Online Learning and Stochastic
/// Optimization", JMLR 12, 2011), diagonal form:
///
///     G ← G + g²
///     θ ← θ − η·g / (√G + ε)
///
/// with G = 0 initially, so each parameter's step shrinks with its accumulated squared gradient.
public final class Adagrad<Scalar: NetworkScalar>: Optimizer {
    public let parameterCount: Int
    public let epsilon: Double
    private let accumulator: ScalarBuffer<Scalar>

    public init(parameterCount: Int, epsilon: Double = 1e-10) {
        self.parameterCount = parameterCount
        self.epsilon = epsilon
        accumulator = ScalarBuffer(count: parameterCount)
    }

    public func step(
        parameters: UnsafeMutablePointer<Scalar>, gradients: UnsafePointer<Scalar>, learningRate: Scalar,
        decayedCount: Int
    ) {
        let (acc, eps) = (accumulator.pointer, Scalar(epsilon))
        ElementwiseThreads.forEachRange(count: parameterCount) { i, n in
            Scalar._adagradStep(parameters + i, gradients + i, acc + i, n, learningRate, eps)
        }
    }
}

func adagradStep<S: NetworkScalar>(
    _ p: UnsafeMutablePointer<S>, _ g: UnsafePointer<S>, _ acc: UnsafeMutablePointer<S>,
    _ n: Int, _ lr: S, _ eps: S
) {
    for i in 0..<n {
        let gi = g[i]
        let a = acc[i] + gi * gi
        acc[i] = a
        p[i] -= lr * gi / (a.squareRoot() + eps)
    }
}
