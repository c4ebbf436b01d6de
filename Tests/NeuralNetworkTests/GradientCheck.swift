import Randomness

@testable import NeuralNetwork

/// Finite-difference gradient checks in Double: f(θ, X) = Σ R ⊙ layer(X) with a fixed random R, so ∂f/∂Y = R and
/// the layer's backward(R) must give ∂f/∂θ and ∂f/∂X; both are compared with central differences
/// (f(v + h) − f(v − h)) / 2h, h = 1e-6.
final class LayerHarness {
    let layer: any Layer<Double>
    let rows: Int
    let parameters: ScalarBuffer<Double>, gradients: ScalarBuffer<Double>, state: ScalarBuffer<Double>
    let weights: ScalarBuffer<Double>, weightGradients: ScalarBuffer<Double>
    var input: [Double]
    let probe: [Double]
    let training: Bool

    init(_ layer: any Layer<Double>, rows: Int, seed: UInt64 = 1, training: Bool = true) {
        self.layer = layer
        self.rows = rows
        self.training = training
        var rng = Xoshiro256StarStar(seed: seed)
        weights = ScalarBuffer(count: layer.regularizedParameterCount)
        weightGradients = ScalarBuffer(count: layer.regularizedParameterCount)
        parameters = ScalarBuffer(count: layer.unregularizedParameterCount)
        gradients = ScalarBuffer(count: layer.unregularizedParameterCount)
        state = ScalarBuffer(count: layer.stateCount)
        layer.bind(
            ParameterBinding(
                weights: weights.pointer, weightGradients: weightGradients.pointer,
                others: parameters.pointer, otherGradients: gradients.pointer,
                state: state.pointer))
        layer.initialize(using: &rng)
        // Random (not initial) values so biases, γ and β are exercised too.
        for i in 0..<parameters.count { parameters.pointer[i] = Double.random(in: -1...1, using: &rng) }
        layer.reserve(batchCapacity: rows + 3)  // a batch smaller than the capacity, as the last batch is
        input = (0..<rows * layer.inputSize).map { _ in Double.random(in: -2...2, using: &rng) }
        probe = (0..<rows * layer.outputSize).map { _ in Double.random(in: -1...1, using: &rng) }
    }

    /// f = Σ R ⊙ Y, with the dropout stream reseeded so every evaluation uses the same mask.
    func value() -> Double {
        let savedState = state.array
        defer { state.assign(savedState) }  // running statistics must not drift between evaluations
        var rng = Xoshiro256StarStar(seed: 99)
        let y = input.withUnsafeBufferPointer {
            layer.forward($0.baseAddress!, rows: rows, training: training, using: &rng)
        }
        return (0..<probe.count).reduce(0) { $0 + probe[$1] * y[$1] }
    }

    /// Analytic gradients (weights, other parameters, input) from one forward + backward.
    func analytic() -> (weights: [Double], others: [Double], input: [Double]) {
        var rng = Xoshiro256StarStar(seed: 99)
        return input.withUnsafeBufferPointer { x in
            _ = layer.forward(x.baseAddress!, rows: rows, training: training, using: &rng)
            let dx = probe.withUnsafeBufferPointer {
                layer.backward($0.baseAddress!, rows: rows, needsInputGradient: true)
            }
            let inputGradient = Array(UnsafeBufferPointer(start: dx!, count: rows * layer.inputSize))
            return (weightGradients.array, gradients.array, inputGradient)
        }
    }

    /// The largest |analytic − numeric| / max(1, |numeric|) over all parameters and inputs.
    func maximumError(h: Double = 1e-6) -> Double {
        let (gw, go, gx) = analytic()
        var worst = 0.0
        func central(_ p: UnsafeMutablePointer<Double>) -> Double {
            let saved = p.pointee
            p.pointee = saved + h
            let plus = value()
            p.pointee = saved - h
            let minus = value()
            p.pointee = saved
            return (plus - minus) / (2 * h)
        }
        func record(_ analytic: Double, _ numeric: Double) {
            worst = max(worst, abs(analytic - numeric) / max(1, abs(numeric)))
        }
        for i in 0..<weights.count { record(gw[i], central(weights.pointer + i)) }
        for i in 0..<parameters.count { record(go[i], central(parameters.pointer + i)) }
        for i in 0..<input.count {
            let saved = input[i]
            input[i] = saved + h
            let plus = value()
            input[i] = saved - h
            let minus = value()
            input[i] = saved
            record(gx[i], (plus - minus) / (2 * h))
        }
        return worst
    }
}

/// The largest relative error between a loss's analytic gradient and central differences.
func lossGradientError(
    _ loss: Loss, output: [Double], target: [Double], rows: Int, columns: Int,
    h: Double = 1e-6
) -> Double {
    var z = output
    var g = [Double](repeating: 0, count: z.count)
    _ = z.withUnsafeBufferPointer { zp in
        target.withUnsafeBufferPointer { tp in
            g.withUnsafeMutableBufferPointer { gp in
                loss.evaluate(
                    output: zp.baseAddress!, target: tp.baseAddress!, rows: rows, columns: columns,
                    gradient: gp.baseAddress!)
            }
        }
    }
    func value() -> Double {
        z.withUnsafeBufferPointer { zp in
            target.withUnsafeBufferPointer { tp in
                loss.evaluate(
                    output: zp.baseAddress!, target: tp.baseAddress!, rows: rows, columns: columns,
                    gradient: nil)
            }
        }
    }
    var worst = 0.0
    for i in 0..<z.count {
        let saved = z[i]
        z[i] = saved + h
        let plus = value()
        z[i] = saved - h
        let minus = value()
        z[i] = saved
        let numeric = (plus - minus) / (2 * h)
        worst = max(worst, abs(g[i] - numeric) / max(1, abs(numeric)))
    }
    return worst
}
