import Randomness

/// Batch normalization (Ioffe & Szegedy 2015, Alg. 1 and 2) over the B rows of a batch, per column j:
///
///     μⱼ = (1/B) Σᵣ xᵣⱼ,  σ²ⱼ = (1/B) Σᵣ (xᵣⱼ − μⱼ)²,  x̂ᵣⱼ = (xᵣⱼ − μⱼ)/√(σ²ⱼ + ε),  yᵣⱼ = γⱼ x̂ᵣⱼ + βⱼ
///
/// Backward (G = ∂L/∂Y): ∂L/∂βⱼ = Σᵣ Gᵣⱼ, ∂L/∂γⱼ = Σᵣ Gᵣⱼ x̂ᵣⱼ,
/// ∂L/∂xᵣⱼ = γⱼ/(B√(σ²ⱼ+ε)) · (B·Gᵣⱼ − ∂L/∂βⱼ − x̂ᵣⱼ·∂L/∂γⱼ).
///
/// Inference uses running estimates, updated in training as r ← (1 − momentum)·r + momentum·batch value (the
/// running variance takes the unbiased B/(B−1)·σ², as PyTorch does). γ, β are trainable and exempt from L1/L2;
/// the running mean and variance are saved state.
public final class BatchNorm<Scalar: NetworkScalar>: Layer {
    public let inputSize: Int
    public var outputSize: Int { inputSize }
    /// The weight of the newest batch in the running statistics.
    public let momentum: Double
    /// ε added to the variance.
    public let epsilon: Double
    public var regularizedParameterCount: Int { 0 }
    public var unregularizedParameterCount: Int { 2 * inputSize }  // γ then β
    public var stateCount: Int { 2 * inputSize }  // running mean then running variance

    private var gammaBeta: UnsafeMutablePointer<Scalar>?, gradients: UnsafeMutablePointer<Scalar>?
    private var running: UnsafeMutablePointer<Scalar>?
    private var output = ScalarBuffer<Scalar>(count: 0)
    private var normalized = ScalarBuffer<Scalar>(count: 0)
    private var inputGradient = ScalarBuffer<Scalar>(count: 0)
    private let statistics: ScalarBuffer<Scalar>  // batch mean, then 1/√(σ² + ε)
    private var capacity = 0

    /// Batch normalization of `size` columns.
    public init(size: Int, momentum: Double = 0.1, epsilon: Double = 1e-5) {
        precondition(size > 0, "BatchNorm needs a positive size, got \(size)")
        inputSize = size
        self.momentum = momentum
        self.epsilon = epsilon
        statistics = ScalarBuffer(count: 2 * size)
    }

    public func bind(_ binding: ParameterBinding<Scalar>) {
        (gammaBeta, gradients, running) = (binding.others, binding.otherGradients, binding.state)
    }

    public func initialize(using rng: inout Xoshiro256StarStar) {
        gammaBeta!.update(repeating: 1, count: inputSize)
        (gammaBeta! + inputSize).update(repeating: 0, count: inputSize)
        running!.update(repeating: 0, count: inputSize)
        (running! + inputSize).update(repeating: 1, count: inputSize)
    }

    public func reserve(batchCapacity: Int) {
        guard batchCapacity > capacity else { return }
        capacity = batchCapacity
        output = ScalarBuffer(count: batchCapacity * inputSize)
        normalized = ScalarBuffer(count: batchCapacity * inputSize)
        inputGradient = ScalarBuffer(count: batchCapacity * inputSize)
    }

    public func forward(
        _ input: UnsafePointer<Scalar>, rows: Int, training: Bool,
        using rng: inout Xoshiro256StarStar
    ) -> UnsafePointer<Scalar> {
        precondition(rows <= capacity, "BatchNorm.forward: \(rows) rows exceed reserved capacity \(capacity)")
        let m = inputSize
        if training {
            Scalar._batchNormTrainingForward(
                input, rows: rows, columns: m, gammaBeta: gammaBeta!, running: running!,
                statistics: statistics.pointer, normalized: normalized.pointer,
                output: output.pointer, momentum: Scalar(momentum), epsilon: Scalar(epsilon))
        } else {
            Scalar._batchNormInferenceForward(
                input, rows: rows, columns: m, gammaBeta: gammaBeta!, running: running!,
                output: output.pointer, epsilon: Scalar(epsilon))
        }
        return UnsafePointer(output.pointer)
    }

    public func backward(
        _ outputGradient: UnsafePointer<Scalar>, rows: Int,
        needsInputGradient: Bool
    ) -> UnsafePointer<Scalar>? {
        Scalar._batchNormBackward(
            outputGradient, rows: rows, columns: inputSize, gamma: gammaBeta!,
            statistics: statistics.pointer, normalized: normalized.pointer, gradients: gradients!,
            inputGradient: needsInputGradient ? inputGradient.pointer : nil)
        return needsInputGradient ? UnsafePointer(inputGradient.pointer) : nil
    }
}
