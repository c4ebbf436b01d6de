/// The declarative description of a sequential network: what the tuner samples and the CLI parses, and what a
/// saved model records. `Network(spec:seed:)` builds it as
///
///     for each hidden width h:  Dense(→h) → [BatchNorm(h)] → activation → [Dropout(p)]
///     then                      Dense(→outputSize)   (linear: the loss applies sigmoid / softmax, fused)
///
/// For `classification`, `outputSize` is the number of classes K ≥ 2 (softmax cross-entropy) or 1 (binary,
/// logistic output with binary cross-entropy, labels 0/1). For `regression`, it is the number of targets.
public struct NetworkSpec: Codable, Hashable, Sendable {
    /// What the outputs mean.
    public enum Task: String, Codable, Hashable, Sendable {
        case classification, regression
    }

    public var inputSize: Int
    public var hiddenLayers: [Int]
    public var outputSize: Int
    public var task: Task
    public var activation: Activation
    /// Dropout rate after each hidden activation (0 = none).
    public var dropout: Double
    /// Whether each hidden Dense layer is followed by batch normalization.
    public var batchNorm: Bool
    public var initializer: Initializer

    public init(
        inputSize: Int, hiddenLayers: [Int], outputSize: Int, task: Task, activation: Activation = .relu,
        dropout: Double = 0, batchNorm: Bool = false, initializer: Initializer = .xavierUniform
    ) {
        self.inputSize = inputSize
        self.hiddenLayers = hiddenLayers
        self.outputSize = outputSize
        self.task = task
        self.activation = activation
        self.dropout = dropout
        self.batchNorm = batchNorm
        self.initializer = initializer
    }

    /// Throws naming the first field out of range.
    public func validate() throws(ConfigurationError) {
        if inputSize < 1 { throw .invalid(parameter: "inputSize", reason: "\(inputSize) must be at least 1") }
        if outputSize < 1 { throw .invalid(parameter: "outputSize", reason: "\(outputSize) must be at least 1") }
        for (i, h) in hiddenLayers.enumerated() where h < 1 {
            throw .invalid(parameter: "hiddenLayers[\(i)]", reason: "width \(h) must be at least 1")
        }
        if !(dropout >= 0 && dropout < 1) {
            throw .invalid(parameter: "dropout", reason: "\(dropout) is not in [0, 1)")
        }
        if activation == .softmax, !hiddenLayers.isEmpty {
            throw .invalid(parameter: "activation", reason: "softmax is for outputs, not hidden layers")
        }
        if case .leakyReLU(let slope) = activation, !(slope > 0) {
            throw .invalid(parameter: "activation", reason: "leaky ReLU slope \(slope) must be positive")
        }
        if case .elu(let alpha) = activation, !(alpha > 0) {
            throw .invalid(parameter: "activation", reason: "ELU alpha \(alpha) must be positive")
        }
    }

    /// The loss matching the task when `TrainingConfig.loss` does not choose one.
    public var defaultLoss: Loss {
        switch task {
        case .classification: return outputSize == 1 ? .binaryCrossEntropy : .softmaxCrossEntropy
        case .regression: return .meanSquaredError
        }
    }
}
