/// Adam (Kingma & Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015, Algorithm 1). At step t = 1, 2, …:
///
///     m ← β₁·m + (1 − β₁)·g
///     v ← β₂·v + (1 − β₂)·g²
///     m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
///     θ ← θ − η·m̂ / (√v̂ + ε)
///
/// with m = v = 0 initially.
public final class Adam<Scalar: NetworkScalar>: Optimizer {
    public let parameterCount: Int
    public let beta1: Double, beta2: Double, epsilon: Double
    /// Steps taken so far (t).
    public private(set) var stepCount = 0
    let firstMoment: ScalarBuffer<Scalar>
    let secondMoment: ScalarBuffer<Scalar>

    public init(parameterCount: Int, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        self.parameterCount = parameterCount
        (self.beta1, self.beta2, self.epsilon) = (beta1, beta2, epsilon)
        firstMoment = ScalarBuffer(count: parameterCount)
        secondMoment = ScalarBuffer(count: parameterCount)
    }

    public func step(
        parameters: UnsafeMutablePointer<Scalar>, gradients: UnsafePointer<Scalar>, learningRate: Scalar,
        decayedCount: Int
    ) {
        stepCount += 1
        adamStepInParallel(
            parameters, gradients, firstMoment.pointer, secondMoment.pointer, parameterCount,
            learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, t: stepCount)
    }
}

/// The Adam update on n parameters (shared with `AdamW`).
func adamStep<S: NetworkScalar>(
    _ p: UnsafeMutablePointer<S>, _ g: UnsafePointer<S>, _ m: UnsafeMutablePointer<S>,
    _ v: UnsafeMutablePointer<S>, _ n: Int, _ lr: S,
    beta1: Double, beta2: Double, epsilon: Double, t: Int
) {
    let b1 = S(beta1)
    let b2 = S(beta2)
    let eps = S(epsilon)
    let c1 = S(1 / (1 - power(beta1, t)))
    let c2 = S(1 / (1 - power(beta2, t)))
    let (a1, a2) = (1 - b1, 1 - b2)
    let stepSize = lr * c1  // η/(1 − β₁ᵗ), hoisted: the loop is one FMA pair, a sqrt and a division per element
    for i in 0..<n {
        let gi = g[i]
        let mi = b1 * m[i] + a1 * gi
        let vi = b2 * v[i] + a2 * gi * gi
        m[i] = mi
        v[i] = vi
        p[i] -= stepSize * mi / ((vi * c2).squareRoot() + eps)
    }
}

/// `adamStep` over the parameters split between the element-wise threads (the same result for any split).
func adamStepInParallel<S: NetworkScalar>(
    _ p: UnsafeMutablePointer<S>, _ g: UnsafePointer<S>,
    _ m: UnsafeMutablePointer<S>, _ v: UnsafeMutablePointer<S>, _ n: Int,
    _ lr: S, beta1: Double, beta2: Double, epsilon: Double, t: Int
) {
    ElementwiseThreads.forEachRange(count: n) { i, count in
        S._adamStep(p + i, g + i, m + i, v + i, count, lr, beta1: beta1, beta2: beta2, epsilon: epsilon, t: t)
    }
}

/// xᵏ for a non-negative integer k, by repeated squaring (keeps this module free of Foundation).
func power(_ x: Double, _ k: Int) -> Double {
    var (result, base, e) = (1.0, x, k)
    while e > 0 {
        if e & 1 == 1 { result *= base }
        base *= base
        e >>= 1
    }
    return result
}
