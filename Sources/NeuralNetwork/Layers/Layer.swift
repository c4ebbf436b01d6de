import LinearAlgebra
import Randomness

/// Where a layer's trainable parameters, their gradients and its non-trainable state live inside the network's
/// flat buffers.
///
/// The network lays out all *regularized* parameters (Dense weights) first and all other parameters (biases,
/// BatchNorm γ and β) after them, so L1/L2 penalties and decoupled weight decay act on one contiguous prefix.
public struct ParameterBinding<Scalar: NetworkScalar> {
    /// The layer's regularized parameters (`regularizedParameterCount` of them) and their gradients.
    public var weights: UnsafeMutablePointer<Scalar>
    public var weightGradients: UnsafeMutablePointer<Scalar>
    /// The layer's other parameters (`unregularizedParameterCount`) and their gradients.
    public var others: UnsafeMutablePointer<Scalar>
    public var otherGradients: UnsafeMutablePointer<Scalar>
    /// Non-trainable state (`stateCount` scalars, e.g. BatchNorm running statistics), saved with the model.
    public var state: UnsafeMutablePointer<Scalar>
}

/// One stage of a sequential network, acting on a mini-batch of B rows.
///
/// Contract (shapes are row-major and contiguous):
/// - `forward(input, rows: B, …)`: input is B×`inputSize`; returns the layer's own B×`outputSize` output buffer,
///   valid until the next `forward`. The layer may keep `input` for `backward` (the caller keeps it alive).
/// - `backward(gradient, rows: B, …)`: gradient is ∂L/∂Y (B×`outputSize`) for the *same* batch as the last
///   training-mode forward; it overwrites the layer's parameter gradients with ∂L/∂θ and returns ∂L/∂X
///   (B×`inputSize`, in the layer's own buffer), or nil when `needsInputGradient` is false (first layer).
/// - `reserve(batchCapacity:)` allocates every workspace for batches of up to that many rows; after it, forward and
///   backward allocate nothing, for any B ≤ capacity.
public protocol Layer<Scalar>: AnyObject {
    associatedtype Scalar: NetworkScalar

    /// Columns of the input.
    var inputSize: Int { get }
    /// Columns of the output.
    var outputSize: Int { get }
    /// Trainable parameters subject to L1/L2/weight decay (Dense weights).
    var regularizedParameterCount: Int { get }
    /// Trainable parameters exempt from L1/L2 (biases, BatchNorm γ, β).
    var unregularizedParameterCount: Int { get }
    /// Non-trainable saved state (BatchNorm running mean and variance).
    var stateCount: Int { get }

    /// Points the layer at its slices of the network's flat buffers (called once, before anything else).
    func bind(_ binding: ParameterBinding<Scalar>)
    /// Writes initial parameter and state values.
    func initialize(using rng: inout Xoshiro256StarStar)
    /// Allocates workspaces for batches of up to `batchCapacity` rows (no-op when already that large).
    func reserve(batchCapacity: Int)
    /// Y = f(X); `training` selects batch statistics / dropout masks. `rng` feeds dropout masks.
    func forward(
        _ input: UnsafePointer<Scalar>, rows: Int, training: Bool,
        using rng: inout Xoshiro256StarStar
    ) -> UnsafePointer<Scalar>
    /// Back-propagates ∂L/∂Y; see the protocol's contract.
    func backward(_ outputGradient: UnsafePointer<Scalar>, rows: Int, needsInputGradient: Bool) -> UnsafePointer<
        Scalar
    >?
}

extension Layer {
    /// All trainable parameters of the layer.
    public var parameterCount: Int { regularizedParameterCount + unregularizedParameterCount }
}
