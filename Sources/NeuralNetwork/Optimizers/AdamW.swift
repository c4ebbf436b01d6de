/// AdamW: Adam with decoupled weight decay (Loshchilov & Hutter, "Decoupled Weight Decay Regularization",
/// ICLR 2019, Algorithm 2), in PyTorch's form. At step t, on the regularized weights only (the `decayedCount`-long
/// prefix; biases and BatchNorm parameters are not decayed):
///
///     θ ← θ − η·λ·θ                                   (decay, independent of the gradient's scale)
///
/// then the `Adam` update on every parameter:  m ← β₁m + (1−β₁)g,  v ← β₂v + (1−β₂)g²,
/// θ ← θ − η·(m/(1−β₁ᵗ)) / (√(v/(1−β₂ᵗ)) + ε).
///
/// Unlike an L2 penalty added to g, the decay is not rescaled by Adam's per-parameter step size.
public final class AdamW<Scalar: NetworkScalar>: Optimizer {
    public let parameterCount: Int
    public let beta1: Double, beta2: Double, epsilon: Double
    /// λ ≥ 0.
    public let weightDecay: Double
    /// Steps taken so far (t).
    public private(set) var stepCount = 0
    private let firstMoment: ScalarBuffer<Scalar>
    private let secondMoment: ScalarBuffer<Scalar>

    public init(
        parameterCount: Int, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
        weightDecay: Double = 0.01
    ) {
        self.parameterCount = parameterCount
        (self.beta1, self.beta2, self.epsilon, self.weightDecay) = (beta1, beta2, epsilon, weightDecay)
        firstMoment = ScalarBuffer(count: parameterCount)
        secondMoment = ScalarBuffer(count: parameterCount)
    }

    public func step(
        parameters: UnsafeMutablePointer<Scalar>, gradients: UnsafePointer<Scalar>, learningRate: Scalar,
        decayedCount: Int
    ) {
        stepCount += 1
        if weightDecay > 0 {
            let n = Int32(Swift.min(decayedCount, parameterCount))
            Scalar.blasScal(n, 1 - learningRate * Scalar(weightDecay), parameters, 1)
        }
        adamStepInParallel(
            parameters, gradients, firstMoment.pointer, secondMoment.pointer, parameterCount,
            learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, t: stepCount)
    }
}
