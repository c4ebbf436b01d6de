import Foundation
import LinearAlgebra
import Randomness
import Testing

@testable import GaussianProcess

@Suite struct HyperparameterSamplesTests {
    /// A MAP fit on 20 points of a 2-D function whose second input matters little.
    static func fittedModel() -> GaussianProcess {
        var rng = Xoshiro256StarStar(seed: 5)
        let x = Matrix<Double>.random(rows: 20, columns: 2, in: 0...1, using: &rng)
        let y = (0..<20).map { sin(5 * x[$0, 0]) + 0.1 * x[$0, 1] }
        return GaussianProcess.fit(
            inputs: x, outputs: y, kernel: Matern52Kernel(lengthScales: [0.5, 0.5]), noiseVariance: 1e-4,
            using: &rng)
    }

    @Test func sliceStepsSampleAStandardNormal() {
        var rng = Xoshiro256StarStar(seed: 11)
        var theta = [3.0]  // start far out: the early steps move it in
        var density = -0.5 * 9.0
        var draws: [Double] = []
        for step in 0..<6000 {
            (theta[0], density) = GaussianProcess.sliceStep(
                coordinate: 0, theta: theta, density: density, width: 1,
                logPosterior: { -0.5 * $0[0] * $0[0] }, using: &rng)
            if step >= 100 { draws.append(theta[0]) }
        }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count)
        let beyondTwo = Double(draws.filter { abs($0) > 2 }.count) / Double(draws.count)
        #expect(abs(mean) < 0.08, "mean \(mean)")
        #expect(abs(variance - 1) < 0.1, "variance \(variance)")
        #expect(abs(beyondTwo - 0.0455) < 0.015, "P(|x| > 2) \(beyondTwo)")
    }

    @Test func sliceStepsRespectTheSupport() {
        // An exponential density on θ ≥ 0: −∞ below, so no draw may fall there.
        var rng = Xoshiro256StarStar(seed: 2)
        var theta = [0.5]
        var density = -0.5
        var draws: [Double] = []
        for _ in 0..<4000 {
            (theta[0], density) = GaussianProcess.sliceStep(
                coordinate: 0, theta: theta, density: density, width: 1,
                logPosterior: { $0[0] < 0 ? -.infinity : -$0[0] }, using: &rng)
            draws.append(theta[0])
        }
        #expect(draws.allSatisfy { $0 >= 0 })
        let mean = draws.reduce(0, +) / Double(draws.count)
        #expect(abs(mean - 1) < 0.1, "mean \(mean)")
    }

    @Test func samplesAreReproducibleInsideTheBoundsAndSpreadAroundTheFit() throws {
        let model = Self.fittedModel()
        var first = Xoshiro256StarStar(seed: 9)
        var second = Xoshiro256StarStar(seed: 9)
        let samples = model.hyperparameterSamples(count: 12, using: &first)
        let again = model.hyperparameterSamples(count: 12, using: &second)
        #expect(samples.count == 12)
        #expect(samples.map(\.logHyperparameters) == again.map(\.logHyperparameters))
        let bounds = model.kernel.logParameterBounds
        for sample in samples {
            #expect(sample.count == model.count && sample.outputs == model.outputs)
            for (q, value) in sample.kernel.logParameters.enumerated() { #expect(bounds[q].contains(value)) }
            #expect(sample.noiseVariance >= model.options.noiseBounds.lowerBound)
        }
        // The draws differ (the chain moves) and stay where the posterior is: the first input's length scale, which
        // the data pin down, within a factor e of the MAP one.
        #expect(Set(samples.map(\.logHyperparameters)).count > 1)
        let fitted = try #require(model.kernel as? Matern52Kernel)
        for sample in samples {
            let kernel = try #require(sample.kernel as? Matern52Kernel)
            #expect(abs(log(kernel.lengthScales[0] / fitted.lengthScales[0])) < 1, "\(kernel.lengthScales)")
        }
    }

    @Test func aModelWithoutDataHasNoSamples() {
        var rng = Xoshiro256StarStar(seed: 1)
        let empty = GaussianProcess(
            inputs: Matrix(rows: 0, columns: 2), outputs: [], kernel: Matern52Kernel(lengthScales: [1, 1]),
            noiseVariance: 1e-4)
        #expect(empty.hyperparameterSamples(count: 4, using: &rng).isEmpty)
        #expect(Self.fittedModel().hyperparameterSamples(count: 0, using: &rng).isEmpty)
    }
}
