/// Everything about *how* a network is trained, declaratively (Codable; missing keys take the defaults below).
///
/// Regularization: L1 adds λ₁‖W‖₁ and L2 adds (λ₂/2)‖W‖² to the mean batch loss, on Dense weights only
/// (gradient terms λ₁·sign(W) and λ₂·W); AdamW's decoupled decay is set in `optimizer`. Gradient clipping rescales
/// the whole gradient g to `gradientClipNorm`·g/‖g‖₂ when ‖g‖₂ exceeds it (Pascanu, Mikolov & Bengio 2013, Alg. 2).
public struct TrainingConfig: Codable, Hashable, Sendable {
    public var optimizer: OptimizerKind = .adam()
    public var learningRate: Double = 1e-3
    public var schedule: LearningRateSchedule = .constant
    public var l1: Double = 0
    public var l2: Double = 0
    public var batchSize: Int = 64
    public var epochs: Int = 50
    public var earlyStopping: EarlyStopping? = nil
    public var gradientClipNorm: Double? = nil
    /// nil: the spec's `defaultLoss`.
    public var loss: Loss? = nil
    /// Seeds weight initialization, shuffling and dropout masks.
    public var seed: UInt64 = 0

    public init(
        optimizer: OptimizerKind = .adam(), learningRate: Double = 1e-3,
        schedule: LearningRateSchedule = .constant, l1: Double = 0, l2: Double = 0, batchSize: Int = 64,
        epochs: Int = 50, earlyStopping: EarlyStopping? = nil, gradientClipNorm: Double? = nil,
        loss: Loss? = nil, seed: UInt64 = 0
    ) {
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.schedule = schedule
        (self.l1, self.l2) = (l1, l2)
        (self.batchSize, self.epochs) = (batchSize, epochs)
        self.earlyStopping = earlyStopping
        self.gradientClipNorm = gradientClipNorm
        self.loss = loss
        self.seed = seed
    }

    /// Throws naming the first field out of range.
    public func validate() throws(ConfigurationError) {
        if !(learningRate > 0 && learningRate.isFinite) {
            throw .invalid(parameter: "learningRate", reason: "\(learningRate) must be positive and finite")
        }
        if !(l1 >= 0 && l1.isFinite) { throw .invalid(parameter: "l1", reason: "\(l1) must be ≥ 0") }
        if !(l2 >= 0 && l2.isFinite) { throw .invalid(parameter: "l2", reason: "\(l2) must be ≥ 0") }
        if batchSize < 1 { throw .invalid(parameter: "batchSize", reason: "\(batchSize) must be at least 1") }
        if epochs < 1 { throw .invalid(parameter: "epochs", reason: "\(epochs) must be at least 1") }
        if let clip = gradientClipNorm, !(clip > 0) {
            throw .invalid(parameter: "gradientClipNorm", reason: "\(clip) must be positive")
        }
        if case .huber(let delta) = loss, !(delta > 0) {
            throw .invalid(parameter: "loss", reason: "Huber delta \(delta) must be positive")
        }
        try optimizer.validate()
        try schedule.validate()
        try earlyStopping?.validate()
    }

    private enum CodingKeys: String, CodingKey {
        case optimizer, learningRate, schedule, l1, l2, batchSize, epochs, earlyStopping, gradientClipNorm, loss, seed
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        optimizer = try c.decodeIfPresent(OptimizerKind.self, forKey: .optimizer) ?? optimizer
        learningRate = try c.decodeIfPresent(Double.self, forKey: .learningRate) ?? learningRate
        schedule = try c.decodeIfPresent(LearningRateSchedule.self, forKey: .schedule) ?? schedule
        l1 = try c.decodeIfPresent(Double.self, forKey: .l1) ?? l1
        l2 = try c.decodeIfPresent(Double.self, forKey: .l2) ?? l2
        batchSize = try c.decodeIfPresent(Int.self, forKey: .batchSize) ?? batchSize
        epochs = try c.decodeIfPresent(Int.self, forKey: .epochs) ?? epochs
        earlyStopping = try c.decodeIfPresent(EarlyStopping.self, forKey: .earlyStopping)
        gradientClipNorm = try c.decodeIfPresent(Double.self, forKey: .gradientClipNorm)
        loss = try c.decodeIfPresent(Loss.self, forKey: .loss)
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed) ?? seed
    }
}
