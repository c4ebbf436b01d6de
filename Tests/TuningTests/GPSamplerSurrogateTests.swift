import Benchmarking
import Foundation
import LinearAlgebra
import Randomness
import Testing

@testable import Tuning

/// The `bayes` sampler's surrogate: warping chosen by evidence, hyperparameters recorded in the trial notes
/// and warm starts from them, and proposals that depend on the history only.
@Suite struct GPSamplerSurrogateTests {
    static let branin = BenchmarkFunction.named("branin")!

    /// A seeded history of `n` Branin trials, as a study with `GPSampler.fastSampler` would hold it.
    static func braninStudy(trials n: Int, seed: UInt64) throws -> Study {
        let study = try Study(space: branin.space, sampler: GPSamplerTests.fastSampler(), seed: seed)
        try study.optimize(branin.objective(), trials: n)
        return study
    }

    @Test func logJacobianMatchesTheDerivativeOfTheTransform() {
        let y = [3.0, 0.5, 10, 42, 1.25, 7, 0.75]
        for warping in [OutputWarping.none, .logarithm, .boxCox] {
            // Σ log T′(yᵢ) by central differences of T with its parameters held at those of y.
            guard let (shift, lambda) = warping.parameters(y) else {
                #expect(warping.logJacobian(y) == 0)
                continue
            }
            let minimum = y.min()!
            let h = 1e-6
            let numeric = y.reduce(0.0) { sum, v in
                let t = { (u: Double) in OutputWarping.boxCox(u - minimum + shift, lambda) }
                return sum + log((t(v + h) - t(v - h)) / (2 * h))
            }
            #expect(
                abs(warping.logJacobian(y) - numeric) < 1e-5,
                "\(warping) λ=\(lambda) s=\(shift): \(warping.logJacobian(y)) vs \(numeric)")
        }
    }

    @Test func automaticWarpingPicksBoxCoxForHeavyTailsAndIdentityForAPlane() {
        var rng = Xoshiro256StarStar(seed: 3)
        let n = 24
        let x = Matrix<Double>(
            rows: n, columns: 2, elements: (0..<(2 * n)).map { _ in Double.random(in: 0..<1, using: &rng) })
        var options = GPSampler.Options()
        options.outputWarping = .automatic
        let sampler = GPSampler(options: options)
        // exp(8·x₁) spans three decades: its logarithm is a plane, which a GP fits far better than the raw values.
        let heavy = (0..<n).map { exp(8 * x[$0, 0]) + x[$0, 1] }
        var fitRNG = Xoshiro256StarStar(seed: 1)
        let a = sampler.fitSurrogate(inputs: x, losses: heavy, trials: [], using: &fitRNG)
        #expect(a.warping == .boxCox)
        #expect(a.notes["gp_output_warping"] == "boxcox")
        // A plane in x: the identity is exact; a power transform would bend it.
        let plane = (0..<n).map { 2 * x[$0, 0] - x[$0, 1] + 5 }
        let b = sampler.fitSurrogate(inputs: x, losses: plane, trials: [], using: &fitRNG)
        #expect(b.warping == .none)
    }

    @Test func proposalsRecordTheirHyperparametersExactly() throws {
        let study = try Self.braninStudy(trials: 9, seed: 4)
        let trials = try study.trials
        let last = try #require(trials.last)
        for warping in OutputWarping.automatic.candidates {
            let text = try #require(last.userAttributes[GPSampler.thetaNoteKey(warping)])
            let theta = try #require(GPSampler.recordedTheta(in: trials, warping: warping, count: 4))
            #expect(theta.map { "\($0)" }.joined(separator: ",") == text, "decimal round trip")
        }
        #expect(GPSampler.recordedTheta(in: trials, warping: .boxCox, count: 5) == nil, "another dimension is ignored")
        #expect(
            GPSampler.recordedTheta(in: Array(trials.prefix(6)), warping: .boxCox, count: 4) == nil,
            "the Sobol' design records nothing")
    }

    @Test func warmStartedFitIsAsGoodAsTheMultiStartFit() throws {
        let trials = try Self.braninStudy(trials: 16, seed: 6).trials
        let context = SamplingContext(space: Self.branin.space, direction: .minimize, trials: trials, seed: 6)
        let encoding = UnitCubeEncoding(Self.branin.space)
        let history = context.encodedHistory(encoding)
        let x = Matrix<Double>(rows: history.x.count, columns: 2, elements: history.x.flatMap { $0 })
        var multiStart = GPSampler.Options()
        multiStart.restarts = 2
        let cold = GPSampler(options: multiStart)
        var warm = GPSampler()
        warm.options.warmStart = true
        var rng = Xoshiro256StarStar(seed: 9)
        let a = cold.fitSurrogate(inputs: x, losses: history.y, trials: trials, using: &rng)
        let b = warm.fitSurrogate(inputs: x, losses: history.y, trials: trials, using: &rng)
        let coldEvaluations = try #require(a.model.fitReport).evaluations
        let warmEvaluations = try #require(b.model.fitReport).evaluations
        #expect(b.model.fitReport!.starts.count == 1, "one start from the recorded θ")
        #expect(warmEvaluations < coldEvaluations)
        #expect(
            b.model.logMarginalLikelihood > a.model.logMarginalLikelihood - 0.5,
            "warm \(b.model.logMarginalLikelihood) vs multi-start \(a.model.logMarginalLikelihood)")
    }

    @Test func aFreshSamplerGivenTheSameHistoryProposesTheSamePoint() throws {
        let study = try Self.braninStudy(trials: 12, seed: 2)
        let context = SamplingContext(space: Self.branin.space, direction: .minimize, trials: try study.trials, seed: 2)
        var first = GPSamplerTests.fastSampler()
        var second = GPSamplerTests.fastSampler()
        var rngA = Xoshiro256StarStar(seed: 77)
        var rngB = Xoshiro256StarStar(seed: 77)
        let a = try first.propose(context, using: &rngA)
        _ = try first.propose(context, using: &rngA)  // state a sampler might keep must not leak
        let b = try second.propose(context, using: &rngB)
        #expect(a == b)
    }
}
