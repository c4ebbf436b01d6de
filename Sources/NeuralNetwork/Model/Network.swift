import Randomness

/// A sequential network built from a `NetworkSpec`, owning its parameters, gradients, state and workspaces.
///
/// Memory layout: one flat parameter vector θ (length P) with every layer's regularized weights first (a prefix of
/// length `regularizedParameterCount`), then biases and BatchNorm γ/β; a gradient vector of the same layout; and a
/// state vector (BatchNorm running statistics). Optimizers, clipping, L1/L2 and early-stopping snapshots all work
/// on these flat vectors with single loops or BLAS level-1 calls.
///
/// Not thread-safe: one network per training task.
public final class Network<Scalar: NetworkScalar> {
    /// The architecture.
    public let spec: NetworkSpec
    /// The layers, input to output.
    public let layers: [any Layer<Scalar>]
    /// θ (length `parameterCount`).
    let parameters: ScalarBuffer<Scalar>
    /// ∂L/∂θ, same layout as θ.
    let gradients: ScalarBuffer<Scalar>
    /// Non-trainable state (BatchNorm running mean and variance).
    let state: ScalarBuffer<Scalar>
    /// Length of θ's regularized prefix (the Dense weights).
    public let regularizedParameterCount: Int
    /// Rows the workspaces are sized for.
    public private(set) var batchCapacity = 0

    /// Builds the network of `spec` and initializes it from `seed` (same seed, same weights).
    public convenience init(spec: NetworkSpec, seed: UInt64) throws(ConfigurationError) {
        var rng = Xoshiro256StarStar(seed: seed)
        try self.init(spec: spec, using: &rng)
    }

    /// Builds the network of `spec`, drawing initial weights from `rng`.
    public init(spec: NetworkSpec, using rng: inout Xoshiro256StarStar) throws(ConfigurationError) {
        try spec.validate()
        self.spec = spec
        var layers: [any Layer<Scalar>] = []
        var width = spec.inputSize
        for h in spec.hiddenLayers {
            layers.append(Dense<Scalar>(inputSize: width, outputSize: h, initializer: spec.initializer))
            if spec.batchNorm { layers.append(BatchNorm<Scalar>(size: h)) }
            layers.append(ActivationLayer<Scalar>(spec.activation, size: h))
            if spec.dropout > 0 { layers.append(Dropout<Scalar>(rate: spec.dropout, size: h)) }
            width = h
        }
        layers.append(Dense<Scalar>(inputSize: width, outputSize: spec.outputSize, initializer: spec.initializer))
        self.layers = layers

        let regularized = layers.reduce(0) { $0 + $1.regularizedParameterCount }
        let total = layers.reduce(0) { $0 + $1.parameterCount }
        regularizedParameterCount = regularized
        parameters = ScalarBuffer(count: total)
        gradients = ScalarBuffer(count: total)
        state = ScalarBuffer(count: layers.reduce(0) { $0 + $1.stateCount })
        var (weightOffset, otherOffset, stateOffset) = (0, regularized, 0)
        for layer in layers {
            layer.bind(
                ParameterBinding(
                    weights: parameters.pointer + weightOffset,
                    weightGradients: gradients.pointer + weightOffset,
                    others: parameters.pointer + otherOffset,
                    otherGradients: gradients.pointer + otherOffset,
                    state: state.pointer + stateOffset))
            weightOffset += layer.regularizedParameterCount
            otherOffset += layer.unregularizedParameterCount
            stateOffset += layer.stateCount
            layer.initialize(using: &rng)
        }
    }

    /// Columns of the input.
    public var inputSize: Int { spec.inputSize }
    /// Columns of the output.
    public var outputSize: Int { spec.outputSize }
    /// P, the number of trainable parameters.
    public var parameterCount: Int { parameters.count }

    /// θ as an array (a copy); setting it overwrites the parameters (same count).
    public var parameterValues: [Scalar] {
        get { parameters.array }
        set { parameters.assign(newValue) }
    }

    /// ∂L/∂θ of the last `backward` (a copy).
    public var gradientValues: [Scalar] { gradients.array }

    /// The non-trainable state as an array (a copy); setting it overwrites the state (same count).
    public var stateValues: [Scalar] {
        get { state.array }
        set { state.assign(newValue) }
    }

    /// Sizes every layer's workspaces for batches of up to `capacity` rows (allocates only when growing).
    public func reserve(batchCapacity capacity: Int) {
        guard capacity > batchCapacity else { return }
        batchCapacity = capacity
        for layer in layers { layer.reserve(batchCapacity: capacity) }
    }

    /// Times every Dense layer's GEMMs with `stopwatch` (nil detaches).
    public func attachGEMMStopwatch(_ stopwatch: GEMMStopwatch?) {
        for case let dense as Dense<Scalar> in layers { dense.stopwatch = stopwatch }
    }

    /// The network output (B×`outputSize`, linear: logits for classification) for a B×`inputSize` batch at `input`,
    /// B ≤ `batchCapacity`. The result lives in the last layer's workspace until the next forward.
    public func forward(
        _ input: UnsafePointer<Scalar>, rows: Int, training: Bool,
        using rng: inout Xoshiro256StarStar
    ) -> UnsafePointer<Scalar> {
        precondition(rows <= batchCapacity, "Network.forward: \(rows) rows exceed batch capacity \(batchCapacity)")
        var x = input
        for layer in layers { x = layer.forward(x, rows: rows, training: training, using: &rng) }
        return x
    }

    /// Back-propagates ∂L/∂output (B×`outputSize`) through the batch of the last training forward, overwriting
    /// the gradient vector.
    public func backward(_ outputGradient: UnsafePointer<Scalar>, rows: Int) {
        var g = outputGradient
        for index in stride(from: layers.count - 1, through: 0, by: -1) {
            guard let next = layers[index].backward(g, rows: rows, needsInputGradient: index > 0) else { break }
            g = next
        }
    }
}
