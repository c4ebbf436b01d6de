import NeuralNetwork

/// The size of a network and of its training, counted from its shape before anything is allocated, so that a
/// request no machine can serve (`tuner train --layers 100000000`, a space whose `units` reach millions) is
/// refused with an error naming the layers instead of being killed by the out-of-memory killer.
///
/// Two documented caps, each far above what a dense network on tabular data needs:
/// - `maximumParameters` = 50 million weights and biases: P = Σ_l (n_{l−1} + 1)·n_l over the dense layers
///   (n_0 the inputs, the last n the outputs), plus 4·h per batch-normalized hidden layer of width h (γ, β and
///   the running mean and variance). Training holds about four floats per parameter (weights, gradients and two
///   optimizer moments): 50 million parameters are ≈ 800 MB.
/// - `maximumActivations` = 50 million values in flight: r·(n_0 + Σ_l n_l), where r is the number of rows pushed
///   through the network at once, min(batch size, training rows) in training and up to 256 rows when predicting.
///   Each value is kept a few times over (pre-activation, activation, gradient).
/// Counts are overflow-checked: a count beyond `Int.max` is simply over the cap.
extension NetworkSpec {
    /// The cap on weights and biases (see above).
    public static let maximumParameters = 50_000_000
    /// The cap on activation values in flight (see above).
    public static let maximumActivations = 50_000_000

    /// Weights and biases (and batch-normalization parameters), or nil when the count exceeds `Int.max`.
    public var parameterCount: Int? {
        var total = 0
        var previous = inputSize
        for width in hiddenLayers + [outputSize] {
            let (fanIn, o1) = previous.addingReportingOverflow(1)
            let (layer, o2) = fanIn.multipliedReportingOverflow(by: width)
            let (sum, o3) = total.addingReportingOverflow(layer)
            guard !o1, !o2, !o3 else { return nil }
            total = sum
            previous = width
        }
        if batchNorm {
            for width in hiddenLayers {
                let (norm, o1) = width.multipliedReportingOverflow(by: 4)
                let (sum, o2) = total.addingReportingOverflow(norm)
                guard !o1, !o2 else { return nil }
                total = sum
            }
        }
        return total
    }

    /// Activation values in flight when `rows` rows go through the network at once, or nil beyond `Int.max`.
    public func activationCount(rows: Int) -> Int? {
        var units = 0
        for width in [inputSize] + hiddenLayers + [outputSize] {
            let (sum, overflow) = units.addingReportingOverflow(width)
            guard !overflow else { return nil }
            units = sum
        }
        let (count, overflow) = units.multipliedReportingOverflow(by: rows)
        return overflow ? nil : count
    }

    /// Throws `ConfigurationError.invalid(parameter: "hiddenLayers", …)` when the network, trained in batches of
    /// `batchSize` on `trainingRows` rows, is over either cap. Callers map "hiddenLayers" to their flag or field
    /// (`--layers`, `units`/`layers`).
    public func checkFootprint(batchSize: Int, trainingRows: Int) throws(ConfigurationError) {
        let layers = hiddenLayers.isEmpty ? "no hidden layer" : "hidden layers \(Self.describe(hiddenLayers))"
        let parameters = parameterCount
        guard let parameters, parameters <= Self.maximumParameters else {
            let count = parameters.map { "\($0)" } ?? "more than \(Int.max)"
            throw .invalid(
                parameter: "hiddenLayers",
                reason: "\(layers) on \(inputSize) inputs make \(count) weights, over the limit of "
                    + "\(Self.maximumParameters); use fewer or narrower layers")
        }
        let rows = Swift.max(Swift.min(batchSize, trainingRows), Swift.min(256, trainingRows), 1)
        let activations = activationCount(rows: rows)
        guard let activations, activations <= Self.maximumActivations else {
            let count = activations.map { "\($0)" } ?? "more than \(Int.max)"
            throw .invalid(
                parameter: "hiddenLayers",
                reason: "\(layers) with \(rows) rows at once hold \(count) values, over the limit of "
                    + "\(Self.maximumActivations); use narrower layers or a smaller batch size")
        }
    }

    /// `[64, 32]` as `64,32`, long lists shortened (`128,128,… (1000 layers)`).
    static func describe(_ widths: [Int]) -> String {
        guard widths.count > 4 else { return widths.map(String.init).joined(separator: ",") }
        return widths.prefix(3).map(String.init).joined(separator: ",") + ",… (\(widths.count) layers)"
    }
}
