import Foundation
import LinearAlgebra
import Randomness
import Testing

@testable import GaussianProcess

@Suite struct MarginalLikelihoodTests {
    @Test(arguments: Fixture.fixedNames)
    func logMarginalLikelihoodAndGradientMatchScikitLearn(name: String) throws {
        let f = try Fixture.load(name)
        let evaluator = MarginalLikelihood(inputs: f.inputs, outputs: f.y, kernel: f.makeKernel(), nugget: f.jitter)
        let (value, gradient) = evaluator.valueAndGradient(f.theta_log)
        #expect(close(value, f.lml, relative: 1e-6), "\(name): lml \(value) vs \(f.lml)")
        let expected = try #require(f.lml_grad_theta_log)
        // Gradient entries can be near zero at an optimum: compare relative to the gradient's size.
        let scale = expected.map(abs).max()!
        for q in expected.indices {
            #expect(
                abs(gradient[q] - expected[q]) <= 1e-6 * max(abs(expected[q]), scale * 1e-3),
                "\(name): ∂/∂θ\(q) \(gradient[q]) vs \(expected[q])")
        }
    }

    @Test func gradientMatchesFiniteDifferencesForEveryKernel() {
        var rng = Xoshiro256StarStar(seed: 11)
        let x = Matrix<Double>.random(rows: 15, columns: 3, in: 0...1, using: &rng)
        let y = (0..<15).map { i in sin(6 * x[i, 0]) + x[i, 1] * x[i, 2] }
        let kernels: [any Kernel] = [
            Matern12Kernel(lengthScales: [0.3, 0.5, 0.8], amplitude: 1.3),
            Matern32Kernel(lengthScales: [0.3, 0.5, 0.8], amplitude: 1.3),
            Matern52Kernel(lengthScales: [0.3, 0.5, 0.8], amplitude: 1.3),
            RBFKernel(lengthScales: [0.3, 0.5, 0.8], amplitude: 1.3),
            Matern52Kernel(lengthScales: [0.4, 0.6, 0.9], amplitude: 0.7)
                + RBFKernel(lengthScales: [0.2, 0.3, 0.5], amplitude: 0.2),
            Matern32Kernel(lengthScales: [0.4, 0.6, 0.9], amplitude: 0.7)
                * RBFKernel(lengthScales: [1.2, 1.3, 1.5], amplitude: 1.1),
        ]
        for kernel in kernels {
            let evaluator = MarginalLikelihood(inputs: x, outputs: y, kernel: kernel)
            let theta = kernel.logParameters + [log(0.05)]
            let (_, gradient) = evaluator.valueAndGradient(theta)
            for q in theta.indices {
                let h = 1e-5
                var plus = theta
                var minus = theta
                plus[q] += h
                minus[q] -= h
                let numeric =
                    (evaluator.valueAndGradient(plus).value - evaluator.valueAndGradient(minus).value) / (2 * h)
                #expect(
                    abs(numeric - gradient[q]) <= 1e-5 * max(1, abs(numeric)),
                    "\(type(of: kernel)) θ\(q): \(gradient[q]) vs \(numeric)")
            }
        }
    }

    @Test func failedFactorizationIsMinusInfinityNotAnError() {
        let x = Matrix<Double>([[0.1], [0.1], [0.5]])
        // Zero noise and duplicate inputs: K is singular.
        let evaluator = MarginalLikelihood(inputs: x, outputs: [1, 2, 3], kernel: RBFKernel(dimension: 1), nugget: 0)
        var gradient = [0.0, 0.0, 0.0]
        let value = evaluator.evaluate([0, 0, -800], gradient: &gradient)
        #expect(value == -.infinity)
        #expect(gradient == [0, 0, 0])
        #expect(evaluator.evaluate([.nan, 0, 0], gradient: &gradient) == -.infinity)
    }
}

@Suite struct GradientContractionTests {
    /// The generic contraction (used inside sums and products) against the stationary fast path (slopes and
    /// the amplitude identity), with W = ααᵀ − K⁻¹ formed independently through LinearAlgebra's Cholesky.
    @Test func genericContractionAgreesWithTheFastPath() throws {
        var rng = Xoshiro256StarStar(seed: 31)
        let x = Matrix<Double>.random(rows: 14, columns: 3, in: 0...1, using: &rng)
        let y = (0..<14).map { x[$0, 0] * 2 - x[$0, 1] + sin(5 * x[$0, 2]) }
        let kernel = Matern32Kernel(lengthScales: [0.3, 0.6, 0.9], amplitude: 0.8)
        let noise = 0.02
        var k = kernel.gram(x)
        for i in 0..<14 { k[i, i] += noise }
        let cholesky = try Cholesky(k)
        let alpha = cholesky.solve(y)
        let inverse = cholesky.inverse()
        var w = Matrix<Double>(rows: 14, columns: 14)
        for i in 0..<14 { for j in 0..<14 { w[i, j] = alpha[i] * alpha[j] - inverse[i, j] } }
        let generic = kernel.gradientContraction(x, weights: w)
        let evaluator = MarginalLikelihood(inputs: x, outputs: y, kernel: kernel, nugget: 0)
        let fast = evaluator.valueAndGradient(kernel.logParameters + [log(noise)]).gradient
        for q in generic.indices {
            #expect(close(0.5 * generic[q], fast[q], relative: 1e-9), "θ\(q): \(0.5 * generic[q]) vs \(fast[q])")
        }
    }
}
