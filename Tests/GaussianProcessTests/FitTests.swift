import Foundation
import LinearAlgebra
import Randomness
import Testing

@testable import GaussianProcess

@Suite struct FitTests {
    @Test(arguments: Fixture.fitNames)
    func maximumLikelihoodFitReachesScikitLearnsOptimum(name: String) throws {
        let f = try Fixture.load(name)
        let bounds = try #require(f.bounds_log)
        var options = GaussianProcess.Options()
        options.objective = .maximumLikelihood
        options.standardizeOutputs = false
        options.nugget = f.jitter
        options.noiseBounds = exp(bounds[bounds.count - 1][0])...exp(bounds[bounds.count - 1][1])
        options.restarts = 5
        var kernel = f.makeKernel()
        kernel.logParameters = [Double](repeating: 0, count: kernel.parameterCount)  // not the answer
        var rng = Xoshiro256StarStar(seed: 1)
        let gp = GaussianProcess.fit(
            inputs: f.inputs, outputs: f.y, kernel: kernel, noiseVariance: 0.1, options: options, using: &rng)
        #expect(gp.logMarginalLikelihood >= f.lml - 1e-3, "\(name): \(gp.logMarginalLikelihood) < \(f.lml)")
        let report = try #require(gp.fitReport)
        #expect(report.starts.count == 6 && report.best != nil)
        // The reported optimum is the model's own likelihood.
        #expect(close(report.starts[report.best!].objective, gp.logMarginalLikelihood, relative: 1e-8))
    }

    @Test func sameSeedGivesTheSameFit() {
        var rng = Xoshiro256StarStar(seed: 4)
        let x = Matrix<Double>.random(rows: 25, columns: 3, in: 0...1, using: &rng)
        let y = (0..<25).map { sin(5 * x[$0, 0]) + x[$0, 1] * x[$0, 1] - x[$0, 2] }
        var a = Xoshiro256StarStar(seed: 99)
        var b = Xoshiro256StarStar(seed: 99)
        let first = GaussianProcess.fit(inputs: x, outputs: y, kernel: Matern52Kernel(dimension: 3), using: &a)
        let second = GaussianProcess.fit(inputs: x, outputs: y, kernel: Matern52Kernel(dimension: 3), using: &b)
        #expect(first.logHyperparameters == second.logHyperparameters)
        #expect(first.fitReport!.starts.map(\.initial) == second.fitReport!.starts.map(\.initial))
    }

    @Test func maximumAPosterioriStaysNearThePriorWithLittleData() {
        // Two points say little about six length scales: MAP keeps them near the prior's mode region (1/3),
        // where the likelihood alone is flat.
        let x = Matrix<Double>([[0.2, 0.2, 0.2, 0.2, 0.2, 0.2], [0.8, 0.7, 0.6, 0.5, 0.4, 0.3]])
        var rng = Xoshiro256StarStar(seed: 2)
        let gp = GaussianProcess.fit(inputs: x, outputs: [1, 2], kernel: Matern52Kernel(dimension: 6), using: &rng)
        let lengthScales = (gp.kernel as! Matern52Kernel).lengthScales
        #expect(lengthScales.allSatisfy { $0 > 0.05 && $0 < 3 }, "\(lengthScales)")
    }

    /// Every degenerate data set still gives a model with finite predictions, and says what it repaired.
    @Test func degenerateDataGiveUsableModelsWithReportedRepairs() {
        var rng = Xoshiro256StarStar(seed: 3)
        let probe = Matrix<Double>([[0.5, 0.5], [0.1, 0.9]])
        func check(_ x: [[Double]], _ y: [Double], expecting: (GaussianProcess) -> Bool, _ label: String) {
            for objective in [GaussianProcess.Options.Objective.maximumAPosteriori, .maximumLikelihood] {
                var options = GaussianProcess.Options()
                options.objective = objective
                let gp = GaussianProcess.fit(
                    inputs: Matrix(rows: x.count, columns: 2, elements: x.flatMap { $0 }),
                    outputs: y, kernel: Matern52Kernel(dimension: 2), options: options, using: &rng)
                let (mean, variance) = gp.predict(probe)
                #expect(
                    mean.allSatisfy(\.isFinite) && variance.allSatisfy { $0.isFinite && $0 >= 0 },
                    "\(label): \(mean) \(variance)")
                #expect(gp.logMarginalLikelihood.isFinite, "\(label)")
                #expect(expecting(gp), "\(label): warnings \(gp.warnings), jitter \(gp.jitter)")
                let p = gp.posterior(at: [0.3, 0.4])
                #expect(p.mean.isFinite && p.variance.isFinite && p.meanGradient.allSatisfy(\.isFinite))
            }
        }
        let duplicates = [[0.3, 0.3], [0.3, 0.3], [0.3, 0.3], [0.7, 0.2], [0.7, 0.2]]
        check(
            duplicates, [1, 1.1, 0.9, 2, 2.05], expecting: { $0.warnings.contains(.duplicateInputs(count: 3)) },
            "duplicates")
        check(
            [[0.1, 0.2], [0.5, 0.5], [0.9, 0.4]], [3, 3, 3],
            expecting: { gp in
                gp.warnings.contains(.constantOutputs) && abs(gp.predict(probe).mean[0] - 3) < 1e-6
            }, "constant outputs")
        check(
            [[0.4, 0.6]], [7],
            expecting: { gp in gp.count == 1 && abs(gp.predict(Matrix([[0.4, 0.6]])).mean[0] - 7) < 1e-3 },
            "single point")
        let spread = [[0.1, 0.1], [0.3, 0.8], [0.6, 0.2], [0.9, 0.9], [0.5, 0.5]]
        check(spread, [1e8, -3e7, 5, 2e8, 42], expecting: { gp in gp.outputScale > 1e7 }, "1e8 spread")
        check(
            [[0.1, 0.1], [0.2, .nan], [0.6, 0.6], [0.3, 0.9]], [1, 2, .infinity, 4],
            expecting: { gp in
                gp.warnings.contains(.droppedNonFiniteObservations(count: 2)) && gp.count == 2
            }, "non-finite rows")
        check([], [], expecting: { gp in gp.count == 0 && gp.fitReport!.starts.isEmpty }, "no data")
    }

    @Test func safeCholeskyReportsTheJitterItNeeded() throws {
        // Rank one: needs jitter.
        let v = [1.0, 2, 3]
        let a = Matrix<Double>(rows: 3, columns: 3, elements: v.flatMap { x in v.map { x * $0 } })
        let safe = try SafeCholesky(a)
        #expect(safe.jitter > 0 && safe.attempts > 1)
        #expect(safe.jitter <= 1e-1 * (1 + 4 + 9) / 3)
        #expect(try SafeCholesky(Matrix<Double>.identity(3)).jitter == 0)
        var bad = Matrix<Double>.identity(3)
        bad[1, 1] = .nan
        #expect(throws: LinearAlgebraError.nonFinite(index: 4)) { try SafeCholesky(bad) }
        #expect(throws: LinearAlgebraError.self) { try SafeCholesky(-1 * Matrix<Double>.identity(2)) }
    }

    @Test func modelWithJitterReportsIt() {
        // Zero noise floor and duplicate inputs make K singular: the model adds jitter and says so.
        var options = GaussianProcess.Options()
        options.noiseBounds = 1e-300...1
        options.nugget = 0
        let gp = GaussianProcess(
            inputs: Matrix([[0.5], [0.5], [0.2]]), outputs: [1, 1, 0], kernel: RBFKernel(dimension: 1),
            noiseVariance: 1e-300, options: options)
        #expect(gp.jitter > 0 && gp.warnings.contains(.jitterAdded(gp.jitter)))
        #expect(gp.predict(Matrix([[0.4]])).mean[0].isFinite)
    }

    @Test func invalidOptionsNameTheirField() {
        var options = GaussianProcess.Options()
        options.restarts = -1
        #expect(throws: GaussianProcessOptionsError(field: "restarts", reason: "must be ≥ 0, got -1")) {
            try options.validate()
        }
        options = GaussianProcess.Options()
        options.noiseBounds = 0...1
        #expect(throws: GaussianProcessOptionsError.self) { try options.validate() }
        #expect((try? GaussianProcess.Options().validate()) != nil)
    }

    @Test func compositeKernelsFitAndRefitFromThePreviousOptimum() {
        var rng = Xoshiro256StarStar(seed: 6)
        let x = Matrix<Double>.random(rows: 20, columns: 2, in: 0...1, using: &rng)
        let y = (0..<20).map { sin(4 * x[$0, 0]) + 0.3 * x[$0, 1] }
        let kernel = Matern52Kernel(dimension: 2) + RBFKernel(dimension: 2, lengthScale: 2)
        var options = GaussianProcess.Options()
        options.restarts = 2
        let gp = GaussianProcess.fit(inputs: x, outputs: y, kernel: kernel, options: options, using: &rng)
        #expect(gp.fitReport!.best != nil && gp.kernel.parameterCount == 6)
        // Refitting the same data begins where the last fit ended and cannot end lower.
        let again = gp.refit(inputs: x, outputs: y, using: &rng)
        for (a, b) in zip(again.fitReport!.starts[0].initial, gp.logHyperparameters) {
            #expect(close(a, b, relative: 1e-12))
        }
        #expect(again.fitReport!.starts.map(\.objective).max()! >= gp.fitReport!.starts.map(\.objective).max()! - 1e-9)
    }

    @Test func anEmptyModelIsThePriorAndCanBeConditioned() {
        var rng = Xoshiro256StarStar(seed: 7)
        let gp = GaussianProcess.fit(
            inputs: Matrix(rows: 0, columns: 2), outputs: [], kernel: Matern52Kernel(dimension: 2), using: &rng)
        let prior = gp.predict(Matrix([[0.5, 0.5]]))
        #expect(prior.mean == [0] && close(prior.variance[0], 1, relative: 1e-12))
        let grown = gp.conditioned(on: Matrix([[0.5, 0.5]]), observations: [0.25])
        // One observation at unit prior variance: μ = 0.25·k/(k + σ²ₙ + δ).
        let expected = 0.25 / (1 + gp.noiseVariance + gp.options.nugget)
        #expect(grown.count == 1 && close(grown.predict(Matrix([[0.5, 0.5]])).mean[0], expected, relative: 1e-9))
    }
}
