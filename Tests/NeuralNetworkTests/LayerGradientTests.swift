import Randomness
import Testing

@testable import NeuralNetwork

@Suite("Layer gradients against finite differences (Double)")
struct LayerGradientTests {
    @Test func denseGradientsMatchFiniteDifferences() {
        let harness = LayerHarness(Dense<Double>(inputSize: 4, outputSize: 3, initializer: .xavierUniform), rows: 5)
        #expect(harness.maximumError() < 1e-7)
    }

    @Test(arguments: [Activation.relu, .leakyReLU(slope: 0.1), .elu(alpha: 1.3), .sigmoid, .tanh, .softmax, .identity])
    func activationGradientsMatchFiniteDifferences(_ activation: Activation) {
        let harness = LayerHarness(ActivationLayer<Double>(activation, size: 4), rows: 3)
        #expect(harness.maximumError() < 1e-7, "activation \(activation)")
    }

    @Test func batchNormTrainingGradientsMatchFiniteDifferences() {
        let harness = LayerHarness(BatchNorm<Double>(size: 3), rows: 6)
        #expect(harness.maximumError() < 1e-6)
    }

    @Test func batchNormInferenceGradientsOfParametersMatch() {
        // In inference mode only γ and β gradients are defined by our backward; check them via a training-mode
        // harness above, and here that inference uses the running statistics: y = γ(x − μ_run)/√(σ²_run + ε) + β.
        let layer = BatchNorm<Double>(size: 2, epsilon: 0)
        let harness = LayerHarness(layer, rows: 2, training: false)
        harness.state.assign([1, -1, 4, 0.25])  // running mean (1, −1), variance (4, 0.25)
        harness.parameters.assign([2, 3, 0.5, -0.5])  // γ = (2, 3), β = (0.5, −0.5)
        harness.input = [3, -1, 1, 0]
        var rng = Xoshiro256StarStar(seed: 0)
        let y = harness.input.withUnsafeBufferPointer {
            layer.forward($0.baseAddress!, rows: 2, training: false, using: &rng)
        }
        // (2·(3−1)/2 + 0.5, 3·0/0.5 − 0.5, 2·0/2 + 0.5, 3·1/0.5 − 0.5)
        let expected: [Double] = [2.5, -0.5, 0.5, 5.5]
        for i in 0..<4 { #expect(abs(y[i] - expected[i]) < 1e-12) }
    }

    @Test func dropoutGradientsMatchFiniteDifferencesWithItsMask() {
        let harness = LayerHarness(Dropout<Double>(rate: 0.4, size: 5), rows: 4)
        #expect(harness.maximumError() < 1e-7)
    }

    @Test func dropoutZeroesAboutItsRateAndScalesTheRest() {
        let layer = Dropout<Double>(rate: 0.25, size: 100)
        layer.reserve(batchCapacity: 40)
        let input = [Double](repeating: 1, count: 4000)
        var rng = Xoshiro256StarStar(seed: 5)
        let y = input.withUnsafeBufferPointer { layer.forward($0.baseAddress!, rows: 40, training: true, using: &rng) }
        let values = Array(UnsafeBufferPointer(start: y, count: 4000))
        let zeros = values.filter { $0 == 0 }.count
        #expect(abs(Double(zeros) / 4000 - 0.25) < 0.03)
        #expect(values.allSatisfy { $0 == 0 || abs($0 - 1 / 0.75) < 1e-12 })
        let inference = input.withUnsafeBufferPointer {
            layer.forward($0.baseAddress!, rows: 40, training: false, using: &rng)
        }
        #expect(inference[17] == 1)
    }

    @Test func batchNormNormalizesEachColumnInTraining() {
        let layer = BatchNorm<Double>(size: 2)
        let harness = LayerHarness(layer, rows: 8)
        harness.parameters.assign([1, 1, 0, 0])
        var rng = Xoshiro256StarStar(seed: 0)
        let y = harness.input.withUnsafeBufferPointer {
            layer.forward($0.baseAddress!, rows: 8, training: true, using: &rng)
        }
        for j in 0..<2 {
            let column = (0..<8).map { y[$0 * 2 + j] }
            let mean = column.reduce(0, +) / 8
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 8
            #expect(abs(mean) < 1e-12)
            #expect(abs(variance - 1) < 1e-4)
        }
    }
}
