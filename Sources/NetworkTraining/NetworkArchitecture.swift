import Datasets
import NeuralNetwork

/// The shape of the dense network every command and the tuning objective build: hidden layer widths, their
/// activation, dropout and optional batch normalization after each hidden layer. The input and output sizes
/// and the output layer come from the data (`spec(inputs:outputs:task:)`).
public struct NetworkArchitecture: Sendable, Hashable {
    public var hiddenLayers: [Int]
    public var activation: Activation
    public var dropout: Double
    public var batchNorm: Bool

    public init(
        hiddenLayers: [Int] = [128], activation: Activation = .relu, dropout: Double = 0,
        batchNorm: Bool = false
    ) {
        self.hiddenLayers = hiddenLayers
        self.activation = activation
        self.dropout = dropout
        self.batchNorm = batchNorm
    }

    /// The network for `inputs` features and `outputs` outputs, initialized by
    /// `Initializer.recommended(for:)` for its activation.
    public func spec(inputs: Int, outputs: Int, task: TaskKind) -> NetworkSpec {
        NetworkSpec(
            inputSize: inputs, hiddenLayers: hiddenLayers, outputSize: outputs,
            task: task == .classification ? .classification : .regression, activation: activation,
            dropout: dropout, batchNorm: batchNorm, initializer: .recommended(for: activation))
    }

    /// The network for prepared data.
    public func spec(for data: PreparedData) -> NetworkSpec {
        spec(inputs: data.source.featureCount, outputs: data.outputCount, task: data.task)
    }
}

extension Initializer {
    /// The weight initialization for a hidden activation: Glorot (Xavier) uniform for the saturating ones
    /// (tanh, sigmoid; Glorot & Bengio, "Understanding the difficulty of training deep feedforward neural
    /// networks", AISTATS 2010), He normal for the ReLU family and the rest (He et al., "Delving Deep into
    /// Rectifiers", ICCV 2015): each keeps the variance of the activations roughly constant across layers.
    public static func recommended(for activation: Activation) -> Initializer {
        [.tanh, .sigmoid].contains(activation) ? .xavierUniform : .heNormal
    }
}
