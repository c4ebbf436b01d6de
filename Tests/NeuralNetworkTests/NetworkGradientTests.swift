import Randomness
import Testing

@testable import NeuralNetwork

/// The whole network's back-propagation (flat parameter layout, layer chaining, loss gradient) against central
/// differences of the mean loss with respect to every parameter, in Double.
@Suite("Network gradients against finite differences (Double)")
struct NetworkGradientTests {
    @Test(arguments: [false, true])
    func networkGradientMatchesFiniteDifferences(batchNorm: Bool) throws {
        let spec = NetworkSpec(
            inputSize: 3, hiddenLayers: [4, 3], outputSize: 2, task: .classification,
            activation: .tanh, dropout: 0.3, batchNorm: batchNorm)
        let network = try Network<Double>(spec: spec, seed: 4)
        let rows = 5
        network.reserve(batchCapacity: rows)
        var rng = Xoshiro256StarStar(seed: 6)
        let x = (0..<rows * 3).map { _ in Double.random(in: -1...1, using: &rng) }
        let t: [Double] = [1, 0, 0, 1, 1, 0, 0, 1, 0, 1]
        var gradient = [Double](repeating: 0, count: rows * 2)

        func loss(writingGradient: Bool) -> Double {
            let saved = network.stateValues
            defer { network.stateValues = saved }  // BatchNorm running statistics must not drift
            var dropout = Xoshiro256StarStar(seed: 7)  // the same dropout mask on every evaluation
            return x.withUnsafeBufferPointer { xp in
                let z = network.forward(xp.baseAddress!, rows: rows, training: true, using: &dropout)
                return t.withUnsafeBufferPointer { tp in
                    gradient.withUnsafeMutableBufferPointer { gp in
                        Loss.softmaxCrossEntropy.evaluate(
                            output: z, target: tp.baseAddress!, rows: rows, columns: 2,
                            gradient: writingGradient ? gp.baseAddress! : nil)
                    }
                }
            }
        }

        _ = loss(writingGradient: true)
        gradient.withUnsafeBufferPointer { network.backward($0.baseAddress!, rows: rows) }
        let analytic = network.gradientValues
        var theta = network.parameterValues
        let h = 1e-6
        var worst = 0.0
        for i in theta.indices {
            let saved = theta[i]
            theta[i] = saved + h
            network.parameterValues = theta
            let plus = loss(writingGradient: false)
            theta[i] = saved - h
            network.parameterValues = theta
            let minus = loss(writingGradient: false)
            theta[i] = saved
            network.parameterValues = theta
            let numeric = (plus - minus) / (2 * h)
            worst = max(worst, abs(analytic[i] - numeric) / max(1, abs(numeric)))
        }
        #expect(worst < 1e-7, "largest relative error \(worst)")
        #expect(analytic.contains { $0 != 0 })
    }
}
