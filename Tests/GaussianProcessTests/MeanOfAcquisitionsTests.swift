import Foundation
import LinearAlgebra
import Randomness
import Testing

@testable import GaussianProcess

@Suite struct MeanOfAcquisitionsTests {
    /// Two models of the same data at different length scales: a confident and a cautious one.
    static func models() -> [GaussianProcess] {
        var rng = Xoshiro256StarStar(seed: 21)
        let x = Matrix<Double>.random(rows: 10, columns: 2, in: 0...1, using: &rng)
        let y = (0..<10).map { 5 + 2 * sin(6 * x[$0, 0]) + x[$0, 1] }
        return [[0.3, 0.5], [0.1, 0.2]].map {
            GaussianProcess(inputs: x, outputs: y, kernel: Matern52Kernel(lengthScales: $0), noiseVariance: 1e-4)
        }
    }

    @Test func theLogarithmicMeanIsTheLogOfTheMeanOfExpectedImprovements() {
        let models = Self.models()
        let best = models[0].outputs.min()!
        let mean = MeanOfAcquisitions(
            models.map { LogExpectedImprovement(model: $0, bestValue: best) }, logarithmic: true)
        let plain = MeanOfAcquisitions(
            models.map { ExpectedImprovement(model: $0, bestValue: best) }, logarithmic: false)
        for p in [[0.37, 0.61], [0.92, 0.13], [0.05, 0.95]] {
            let ei = models.map { ExpectedImprovement(model: $0, bestValue: best).value(at: p) }
            #expect(abs(mean.value(at: p) - log((ei[0] + ei[1]) / 2)) < 1e-9 * max(1, abs(log(ei[0] + ei[1]))))
            #expect(abs(plain.value(at: p) - (ei[0] + ei[1]) / 2) < 1e-12)
            #expect(abs(mean.values(at: Matrix([p]))[0] - mean.value(at: p)) < 1e-9)
        }
    }

    @Test func gradientsMatchFiniteDifferences() {
        let models = Self.models()
        let best = models[0].outputs.min()!
        for logarithmic in [true, false] {
            let terms: [any AcquisitionFunction] = models.map { model -> any AcquisitionFunction in
                if logarithmic { return LogExpectedImprovement(model: model, bestValue: best) }
                return ExpectedImprovement(model: model, bestValue: best)
            }
            let mean = MeanOfAcquisitions(terms, logarithmic: logarithmic)
            for p in [[0.37, 0.61], [0.92, 0.13]] {
                let (value, gradient) = mean.valueAndGradient(at: p)
                #expect(abs(value - mean.value(at: p)) < 1e-12)
                for k in 0..<2 {
                    let numeric = centralDifference(at: p, coordinate: k) { mean.value(at: $0) }
                    #expect(abs(numeric - gradient[k]) <= 1e-5 * max(1, abs(numeric)), "\(gradient[k]) vs \(numeric)")
                }
            }
        }
    }

    @Test func aVanishingTermNeitherDominatesNorBreaksTheLogarithmicMean() {
        let model = Self.models()[0]
        let best = model.outputs.min()!
        let ok = LogExpectedImprovement(model: model, bestValue: best)
        let deep = LogExpectedImprovement(model: model, bestValue: best - 1e4)  // EI underflows: log EI ≪ 0
        let mean = MeanOfAcquisitions([ok, deep], logarithmic: true)
        let p = [0.4, 0.4]
        // log((e^a + e^b)/2) = a − log 2 when b ≪ a.
        #expect(abs(mean.value(at: p) - (ok.value(at: p) - log(2))) < 1e-9)
        let gradient = mean.valueAndGradient(at: p).gradient
        #expect(gradient.allSatisfy { $0.isFinite })
        #expect(mean.combine([-.infinity, -.infinity]) == -.infinity)
    }
}
