import Foundation
import LinearAlgebra
import Randomness
import Testing

@testable import GaussianProcess

@Suite struct PosteriorTests {
    /// The fixtures' convention: zero mean, raw y, nugget 1e-10.
    static var fixtureOptions: GaussianProcess.Options {
        var options = GaussianProcess.Options()
        options.standardizeOutputs = false
        options.nugget = 1e-10
        return options
    }

    static func fixtureModel(_ f: Fixture) -> GaussianProcess {
        GaussianProcess(
            inputs: f.inputs, outputs: f.y, kernel: f.makeKernel(),
            noiseVariance: try! #require(f.noise_variance), options: fixtureOptions)
    }

    @Test(arguments: Fixture.fixedNames)
    func meanAndStandardDeviationMatchScikitLearn(name: String) throws {
        let f = try Fixture.load(name)
        let gp = Self.fixtureModel(f)
        #expect(gp.warnings.isEmpty && gp.jitter == 0)
        #expect(close(gp.logMarginalLikelihood, f.lml, relative: 1e-6))
        let (mean, variance) = gp.predict(f.testInputs, includeNoise: true)
        let expectedMean = try #require(f.mean)
        let expectedStd = try #require(f.std)
        let meanScale = expectedMean.map(abs).max()!
        for j in mean.indices {
            #expect(
                abs(mean[j] - expectedMean[j]) <= 1e-6 * max(abs(expectedMean[j]), 1e-3 * meanScale),
                "\(name) mean[\(j)]")
            #expect(close(variance[j].squareRoot(), expectedStd[j], relative: 1e-6), "\(name) std[\(j)]")
        }
    }

    @Test func onePointPosteriorAgreesWithTheBatchAndItsGradientsWithFiniteDifferences() {
        var rng = Xoshiro256StarStar(seed: 5)
        let x = Matrix<Double>.random(rows: 12, columns: 2, in: 0...1, using: &rng)
        let y = (0..<12).map { 100 + 30 * sin(5 * x[$0, 0]) * x[$0, 1] }
        let kernels: [any Kernel] = [
            Matern12Kernel(lengthScales: [0.4, 0.7], amplitude: 1.2),
            Matern32Kernel(lengthScales: [0.4, 0.7], amplitude: 1.2),
            Matern52Kernel(lengthScales: [0.4, 0.7], amplitude: 1.2),
            RBFKernel(lengthScales: [0.4, 0.7], amplitude: 1.2),
            Matern52Kernel(lengthScales: [0.4, 0.7], amplitude: 0.6)
                * RBFKernel(lengthScales: [0.9, 1.1], amplitude: 1.5)
                + Matern12Kernel(lengthScales: [2, 3], amplitude: 0.1),
        ]
        for kernel in kernels {
            let gp = GaussianProcess(inputs: x, outputs: y, kernel: kernel, noiseVariance: 1e-3)
            let points = Matrix<Double>([[0.31, 0.62], [0.9, 0.05]])
            let (mean, variance) = gp.predict(points)
            for i in 0..<2 {
                let p = points.row(i)
                let post = gp.posterior(at: p)
                #expect(close(post.mean, mean[i], relative: 1e-10))
                #expect(close(post.variance, variance[i], relative: 1e-8))
                for k in 0..<2 {
                    let h = 1e-6
                    var plus = p
                    var minus = p
                    plus[k] += h
                    minus[k] -= h
                    let (a, b) = (gp.posterior(at: plus), gp.posterior(at: minus))
                    let dMean = (a.mean - b.mean) / (2 * h)
                    let dVariance = (a.variance - b.variance) / (2 * h)
                    #expect(
                        abs(dMean - post.meanGradient[k]) <= 1e-5 * max(1, abs(dMean)), "\(type(of: kernel)) ∂μ/∂x\(k)")
                    #expect(
                        abs(dVariance - post.varianceGradient[k]) <= 1e-5 * max(1, abs(dVariance)),
                        "\(type(of: kernel)) ∂v/∂x\(k)")
                }
            }
        }
    }

    @Test func predictionsInManyChunksEqualOneSmallCall() {
        var rng = Xoshiro256StarStar(seed: 8)
        let x = Matrix<Double>.random(rows: 20, columns: 3, in: 0...1, using: &rng)
        let y = (0..<20).map { x[$0, 0] - x[$0, 2] }
        let gp = GaussianProcess(
            inputs: x, outputs: y, kernel: Matern52Kernel(dimension: 3, lengthScale: 0.5), noiseVariance: 1e-4)
        let points = Matrix<Double>.random(rows: GaussianProcess.chunkSize + 3, columns: 3, in: 0...1, using: &rng)
        let (mean, variance) = gp.predict(points)
        for i in [0, 7, GaussianProcess.chunkSize + 1] {
            let single = gp.predict(points.rows(at: [i]))
            #expect(
                close(single.mean[0], mean[i], relative: 1e-12)
                    && close(single.variance[0], variance[i], relative: 1e-9))
        }
    }

    @Test func chunkLayoutCoversEveryRowInAnEvenNumberOfBalancedChunks() {
        for m in [
            0, 1, 2, GaussianProcess.smallestSplit - 1, GaussianProcess.smallestSplit, 1000, 2048, 2049, 2624, 9001,
        ] {
            let ranges = GaussianProcess.chunkRanges(count: m)
            #expect(ranges.flatMap { Array($0) } == Array(0..<m), "m = \(m): rows in order, each once")
            #expect(ranges.allSatisfy { !$0.isEmpty && $0.count <= GaussianProcess.chunkSize }, "m = \(m)")
            if m >= GaussianProcess.smallestSplit {
                #expect(ranges.count % 2 == 0, "m = \(m): \(ranges.count) chunks")
                let sizes = ranges.map(\.count)
                #expect(sizes.max()! - sizes.min()! <= 1, "m = \(m): sizes \(sizes)")
            }
        }
    }

    /// Chunks side by side give the sequential prediction bit for bit, whatever OpenBLAS's thread count was.
    @Test func concurrentChunksPredictWhatSequentialChunksPredict() {
        var rng = Xoshiro256StarStar(seed: 10)
        let x = Matrix<Double>.random(rows: 40, columns: 4, in: 0...1, using: &rng)
        let y = (0..<40).map { sin(5 * x[$0, 0]) + x[$0, 3] * x[$0, 1] }
        var options = GaussianProcess.Options()
        options.concurrentChunks = 1
        let kernel = Matern52Kernel(lengthScales: [0.3, 0.5, 0.7, 0.2], amplitude: 1.3)
        let sequential = GaussianProcess(inputs: x, outputs: y, kernel: kernel, noiseVariance: 1e-6, options: options)
        options.concurrentChunks = 2
        let concurrent = GaussianProcess(inputs: x, outputs: y, kernel: kernel, noiseVariance: 1e-6, options: options)
        let points = Matrix<Double>.random(rows: 2624, columns: 4, in: 0...1, using: &rng)
        let expected = BLASThreads.with(1) { sequential.predict(points) }
        for threads in [1, 2] {
            let got = BLASThreads.with(threads) { concurrent.predict(points) }
            #expect(got.mean == expected.mean && got.variance == expected.variance, "OpenBLAS threads \(threads)")
        }
    }

    @Test func conditioningEqualsBuildingFromTheUnionOfThePoints() {
        var rng = Xoshiro256StarStar(seed: 9)
        let x = Matrix<Double>.random(rows: 10, columns: 2, in: 0...1, using: &rng)
        let y = (0..<10).map { cos(4 * x[$0, 0]) + x[$0, 1] }
        let extra = Matrix<Double>([[0.2, 0.3], [0.8, 0.9], [0.5, 0.5]])
        let extraY = [0.1, -0.4, 0.7]
        let kernel = Matern52Kernel(lengthScales: [0.3, 0.6], amplitude: 1.1)
        let base = GaussianProcess(inputs: x, outputs: y, kernel: kernel, noiseVariance: 1e-3)
        let grown = base.conditioned(on: extra, observations: extraY)
        // The reference keeps the base model's standardization, as conditioning does.
        var options = GaussianProcess.Options()
        options.standardizeOutputs = false
        let union = Matrix<Double>(rows: 13, columns: 2, elements: x.elements + extra.elements)
        let reference = GaussianProcess(
            inputs: union, outputs: (y + extraY).map { ($0 - base.outputMean) / base.outputScale },
            kernel: kernel, noiseVariance: 1e-3, options: options)
        let probe = Matrix<Double>([[0.25, 0.35], [0.1, 0.9]])
        let (m1, v1) = grown.predict(probe)
        let (m2, v2) = reference.predict(probe)
        for i in 0..<2 {
            #expect(close(m1[i], base.outputMean + base.outputScale * m2[i], relative: 1e-9))
            #expect(close(v1[i], base.outputScale * base.outputScale * v2[i], relative: 1e-7))
        }
        #expect(grown.count == 13)
    }

    @Test func pendingPointsKeepTheMeanAndShrinkTheVariance() {
        var rng = Xoshiro256StarStar(seed: 10)
        let x = Matrix<Double>.random(rows: 8, columns: 2, in: 0...1, using: &rng)
        let y = (0..<8).map { x[$0, 0] * x[$0, 1] }
        let gp = GaussianProcess(
            inputs: x, outputs: y, kernel: Matern52Kernel(dimension: 2, lengthScale: 0.4), noiseVariance: 1e-4)
        let pending = Matrix<Double>([[0.5, 0.5]])
        let after = gp.conditioned(onPending: pending)
        let probe = Matrix<Double>([[0.5, 0.5], [0.55, 0.45]])
        let (m0, v0) = gp.predict(probe)
        let (m1, v1) = after.predict(probe)
        for i in 0..<2 {
            #expect(close(m0[i], m1[i], relative: 1e-9))
            #expect(v1[i] < v0[i])
        }
        #expect(v1[0] < 1e-3 * v0[0])
    }

    @Test func conditioningOnADuplicateOfATrainingPointAddsReportedJitter() {
        var options = GaussianProcess.Options()
        options.noiseBounds = 1e-300...1
        options.nugget = 0
        let x = Matrix<Double>([[0.1], [0.5], [0.9]])
        let gp = GaussianProcess(
            inputs: x, outputs: [1, 2, 0], kernel: RBFKernel(lengthScales: [0.3]), noiseVariance: 1e-300,
            options: options)
        #expect(gp.jitter == 0)
        let grown = gp.conditioned(on: Matrix([[0.5]]), observations: [2])
        #expect(grown.count == 4)
        #expect(grown.warnings.contains { if case .conditioningJitterAdded = $0 { true } else { false } })
        #expect(abs(grown.predict(Matrix([[0.5]])).mean[0] - 2) < 1e-3)
    }

    @Test func kernelParametersRoundTripThroughLogSpace() {
        var kernel = Matern32Kernel(lengthScales: [0.2, 5], amplitude: 3)
        #expect(kernel.parameterCount == 3 && kernel.parameterKinds == [.amplitude, .lengthScale, .lengthScale])
        kernel.logParameters = [log(2), log(0.5), log(0.25)]
        #expect(close(kernel.amplitude, 2, relative: 1e-15) && close(kernel.lengthScales[1], 0.25, relative: 1e-15))
        #expect(kernel.logParameterBounds[1] == log(1e-3)...log(1e3))
        let product = kernel * RBFKernel(dimension: 2)
        #expect(
            product.parameterCount == 6
                && product.with(logParameters: [Double](repeating: 0, count: 6)).logParameters
                    == [Double](repeating: 0, count: 6)
        )
    }
}
