import Foundation
import LinearAlgebra
import Testing

@testable import NeuralNetwork

@Suite("Losses: gradients, values, stability")
struct LossTests {
    static let z: [Double] = [0.3, -1.2, 2.0, 0.7, -0.4, 1.5]
    static let oneHot: [Double] = [0, 0, 1, 1, 0, 0]
    static let values: [Double] = [0.1, -0.9, 0.5, 0.4, -2.0, 1.6]

    @Test(arguments: [Loss.meanSquaredError, .meanAbsoluteError, .huber(delta: 0.5)])
    func regressionLossGradientsMatchFiniteDifferences(_ loss: Loss) {
        #expect(lossGradientError(loss, output: Self.z, target: Self.values, rows: 2, columns: 3) < 1e-7)
    }

    @Test func binaryCrossEntropyGradientMatchesFiniteDifferences() {
        #expect(lossGradientError(.binaryCrossEntropy, output: Self.z, target: Self.oneHot, rows: 6, columns: 1) < 1e-7)
    }

    @Test func softmaxCrossEntropyGradientMatchesFiniteDifferences() {
        #expect(
            lossGradientError(.softmaxCrossEntropy, output: Self.z, target: Self.oneHot, rows: 2, columns: 3) < 1e-7)
    }

    @Test func softmaxCrossEntropyValueIsMinusLogProbability() {
        // Row 1: −ln(e²/(e^0.3 + e^−1.2 + e²)); row 2: −ln(e^0.7/(e^0.7 + e^−0.4 + e^1.5)).
        let row1 = -(2.0 - log(exp(0.3) + exp(-1.2) + exp(2.0)))
        let row2 = -(0.7 - log(exp(0.7) + exp(-0.4) + exp(1.5)))
        let value = evaluate(.softmaxCrossEntropy, Self.z, Self.oneHot, rows: 2, columns: 3)
        #expect(abs(value - (row1 + row2) / 2) < 1e-12)
    }

    @Test func crossEntropiesStayFiniteForHugeLogits() {
        let huge: [Double] = [1000, -1000, 0, -1000, 1000, 0]
        let ce = evaluate(.softmaxCrossEntropy, huge, Self.oneHot, rows: 2, columns: 3)
        #expect(ce.isFinite && abs(ce - 1500) < 1e-9)  // row 1: lse − 0 = 1000, row 2: 1000 − (−1000) = 2000
        let bce = evaluate(.binaryCrossEntropy, huge, Self.oneHot, rows: 6, columns: 1)
        #expect(bce.isFinite && bce > 0)
    }

    @Test func huberIsQuadraticInsideDeltaAndLinearOutside() {
        #expect(abs(evaluate(.huber(delta: 1), [0.5], [0], rows: 1, columns: 1) - 0.125) < 1e-15)
        #expect(abs(evaluate(.huber(delta: 1), [3], [0], rows: 1, columns: 1) - 2.5) < 1e-15)
        #expect(abs(evaluate(.meanAbsoluteError, [3, -1], [0, 0], rows: 1, columns: 2) - 2) < 1e-15)
        #expect(abs(evaluate(.meanSquaredError, [3, -1], [0, 0], rows: 1, columns: 2) - 5) < 1e-15)
    }

    @Test func lossNamesParseAndUnknownNamesAreRejected() throws {
        #expect(try Loss(name: "mse") == .meanSquaredError)
        #expect(try Loss(name: "cross-entropy") == .softmaxCrossEntropy)
        #expect(throws: ConfigurationError.self) { try Loss(name: "hinge") }
    }

    private func evaluate(_ loss: Loss, _ z: [Double], _ t: [Double], rows: Int, columns: Int) -> Double {
        z.withUnsafeBufferPointer { zp in
            t.withUnsafeBufferPointer { tp in
                loss.evaluate(
                    output: zp.baseAddress!, target: tp.baseAddress!, rows: rows, columns: columns, gradient: nil)
            }
        }
    }
}
