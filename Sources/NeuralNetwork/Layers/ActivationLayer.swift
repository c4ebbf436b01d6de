import Randomness

/// Applies an `Activation` to every row: Y = f(X), ∂L/∂X from the stored Y (see `Activation` for f′).
public final class ActivationLayer<Scalar: NetworkScalar>: Layer {
    /// The non-linearity.
    public let activation: Activation
    public let inputSize: Int
    public var outputSize: Int { inputSize }
    public var regularizedParameterCount: Int { 0 }
    public var unregularizedParameterCount: Int { 0 }
    public var stateCount: Int { 0 }

    private var output = ScalarBuffer<Scalar>(count: 0)
    private var inputGradient = ScalarBuffer<Scalar>(count: 0)
    private var capacity = 0

    /// `activation` on rows of `size` columns.
    public init(_ activation: Activation, size: Int) {
        precondition(size > 0, "ActivationLayer needs a positive size, got \(size)")
        self.activation = activation
        self.inputSize = size
    }

    public func bind(_ binding: ParameterBinding<Scalar>) {}
    public func initialize(using rng: inout Xoshiro256StarStar) {}

    public func reserve(batchCapacity: Int) {
        guard batchCapacity > capacity else { return }
        capacity = batchCapacity
        output = ScalarBuffer(count: batchCapacity * inputSize)
        inputGradient = ScalarBuffer(count: batchCapacity * inputSize)
    }

    public func forward(
        _ input: UnsafePointer<Scalar>, rows: Int, training: Bool,
        using rng: inout Xoshiro256StarStar
    ) -> UnsafePointer<Scalar> {
        precondition(rows <= capacity, "ActivationLayer.forward: \(rows) rows exceed reserved capacity \(capacity)")
        activation.forward(input, into: output.pointer, rows: rows, columns: inputSize)
        return UnsafePointer(output.pointer)
    }

    public func backward(
        _ outputGradient: UnsafePointer<Scalar>, rows: Int,
        needsInputGradient: Bool
    ) -> UnsafePointer<Scalar>? {
        guard needsInputGradient else { return nil }
        activation.backward(
            output: output.pointer, gradient: outputGradient, into: inputGradient.pointer,
            rows: rows, columns: inputSize)
        return UnsafePointer(inputGradient.pointer)
    }
}
