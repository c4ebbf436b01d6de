import NeuralNetwork

/// The checks a model file passes before its network is built (`TrainedModel.decode`), so that a hand-edited or
/// damaged file is refused in one line naming the file and the field, instead of stopping the process or
/// allocating without bound:
///
/// - `network.spec`: the sizes `NetworkSpec.validate` accepts (every width at least 1, …), and a network within
///   the documented caps of `NetworkSpec+Footprint` (50 million parameters, 50 million activation values for the
///   256 rows `predict` pushes through at once), counted with overflow checks before anything is allocated;
/// - `network.spec.outputSize` and `classNames`: a classifier names K ≥ 2 classes and has K outputs (or one
///   logistic output for K = 2); a regression model has one output and no class names;
/// - `scaler`: as many scales as means, every scale positive and finite (x ↦ (x − μ) / σ must be defined).
///
/// The weights (`network.parameters`, `network.state`) are checked against the shapes the spec declares when the
/// network is rebuilt (`Network(savedModel:)`), which the caps above keep small.
extension TrainedModel {
    /// The rows `predict` pushes through the network at once, for the activation cap.
    static let predictionRows = 256

    /// Throws `TrainedModelError.invalidField` naming the first field of the file at `path` that fails the checks
    /// above.
    func validate(path: String) throws(TrainedModelError) {
        let spec = network.spec
        do {
            try spec.validate()
            try spec.checkFootprint(batchSize: Self.predictionRows, trainingRows: Self.predictionRows)
        } catch {
            throw .invalidField(path: path, field: "network.spec.\(error.parameter)", reason: Self.reason(of: error))
        }
        switch (classNames, spec.task) {
        case (let names?, .classification):
            guard names.count >= 2 else {
                throw .invalidField(
                    path: path, field: "classNames",
                    reason: "\(names.count) class names; a classifier needs at least 2")
            }
            guard spec.outputSize == names.count || (spec.outputSize == 1 && names.count == 2) else {
                throw .invalidField(
                    path: path, field: "network.spec.outputSize",
                    reason: "\(spec.outputSize) outputs for \(names.count) class names")
            }
        case (nil, .regression):
            guard spec.outputSize == 1 else {
                throw .invalidField(
                    path: path, field: "network.spec.outputSize",
                    reason: "\(spec.outputSize) outputs; a regression model has 1")
            }
        case (_?, .regression):
            throw .invalidField(path: path, field: "classNames", reason: "present in a regression model")
        case (nil, .classification):
            throw .invalidField(path: path, field: "classNames", reason: "missing in a classification model")
        }
        guard scaler.scale.count == scaler.mean.count else {
            throw .invalidField(
                path: path, field: "scaler.scale",
                reason: "\(scaler.scale.count) values for \(scaler.mean.count) means")
        }
        if let bad = scaler.scale.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw .invalidField(
                path: path, field: "scaler.scale[\(bad)]", reason: "\(scaler.scale[bad]) is not positive and finite")
        }
    }

    /// The reason of a configuration error without its `invalid <parameter>:` prefix.
    private static func reason(of error: ConfigurationError) -> String {
        switch error {
        case .invalid(_, let reason): return reason
        }
    }
}
