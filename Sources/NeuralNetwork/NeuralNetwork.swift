/// # NeuralNetwork: dense networks trained with mini-batch GEMM
///
/// Notation used throughout the module (one mini-batch of B rows):
/// - X: B×n input batch (row-major, contiguous), Y: B×m layer output, W: n×m weights, b: 1×m bias.
/// - Dense: Y = X·W + 1·b (Goodfellow, Bengio & Courville, *Deep Learning*, §6.1–6.5).
/// - Backward: given G = ∂L/∂Y (B×m), ∂L/∂W = Xᵀ·G, ∂L/∂b = Gᵀ·1, ∂L/∂X = G·Wᵀ: three GEMMs per Dense layer.
///
/// Structure:
/// - `Layer` protocol and its conformers `Dense`, `ActivationLayer`, `Dropout`, `BatchNorm`.
/// - `Network` owns every parameter in one flat buffer (weights first, so L1/L2 and decoupled weight decay act on
///   one prefix) and every workspace, sized once for the largest batch; a mini-batch step allocates nothing.
/// - `Loss`, `OptimizerKind` (+ `SGD`, `Adam`, `AdamW`, `RMSprop`, `Adagrad`), `LearningRateSchedule`,
///   `EarlyStopping`, `TrainingConfig`, `NetworkSpec`, `Trainer`, metrics (`ConfusionMatrix`, `RegressionMetrics`).
///
/// Element-wise loops are generic free functions reached through `NetworkScalar`'s kernel requirements
/// (`Scalar._reluForward(…)`, see `NetworkScalar+Kernels.swift`): the witnesses of `Float` and `Double` hold copies
/// specialized for the type, so unspecialized generic orchestration code (any caller in another module) pays one
/// indirect call per batch-level operation, not per element. (`@_specialize` was tried first and measured: the
/// generic entry point did not dispatch to the specialization, and ReLU's backward loop alone took 20% of an epoch.)
public enum NeuralNetworkModule {
    /// The version of the saved-model JSON format written by `Network.savedModel()`.
    public static let modelFormatVersion = 1
}
