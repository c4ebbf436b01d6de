import Foundation
import LinearAlgebra
import Randomness
import Testing

@testable import GaussianProcess

@Suite struct AcquisitionTests {
    static func model() -> GaussianProcess {
        var rng = Xoshiro256StarStar(seed: 21)
        let x = Matrix<Double>.random(rows: 10, columns: 2, in: 0...1, using: &rng)
        let y = (0..<10).map { 5 + 2 * sin(6 * x[$0, 0]) + x[$0, 1] }
        return GaussianProcess(
            inputs: x, outputs: y, kernel: Matern52Kernel(lengthScales: [0.3, 0.5]), noiseVariance: 1e-4)
    }

    @Test func everyAcquisitionGradientMatchesFiniteDifferences() {
        let gp = Self.model()
        let best = gp.outputs.min()!
        let functions: [any AcquisitionFunction] = [
            LogExpectedImprovement(model: gp, bestValue: best), ExpectedImprovement(model: gp, bestValue: best),
            ProbabilityOfImprovement(model: gp, bestValue: best), UpperConfidenceBound(model: gp, beta: 3),
            // Far below the posterior: log EI in its asymptotic branches.
            LogExpectedImprovement(model: gp, bestValue: best - 50),
        ]
        for acquisition in functions {
            for p in [[0.37, 0.61], [0.92, 0.13], [0.05, 0.95]] {
                let (value, gradient) = acquisition.valueAndGradient(at: p)
                #expect(close(value, acquisition.value(at: p), relative: 1e-12))
                #expect(close(value, acquisition.values(at: Matrix([p]))[0], relative: 1e-8))
                for k in 0..<2 {
                    let numeric = centralDifference(at: p, coordinate: k) { acquisition.value(at: $0) }
                    #expect(
                        abs(numeric - gradient[k]) <= 1e-5 * max(1, abs(numeric)),
                        "\(type(of: acquisition)) at \(p), ∂/∂x\(k): \(gradient[k]) vs \(numeric)")
                }
            }
        }
    }

    @Test func logExpectedImprovementIsTheLogOfExpectedImprovementWhereThatIsRepresentable() {
        let gp = Self.model()
        for offset in [2.0, 0, -1, -5, -20] {
            let best = gp.outputs.min()! + offset
            for p in [[0.2, 0.2], [0.7, 0.4]] {
                let ei = ExpectedImprovement(model: gp, bestValue: best).value(at: p)
                guard ei > 1e-280 else { continue }
                #expect(close(LogExpectedImprovement(model: gp, bestValue: best).value(at: p), log(ei), relative: 1e-9))
            }
        }
    }

    @Test func logHIsAccurateAndSmoothDeepInTheTail() {
        // Reference: h(z) = φ(z)(1 + z·Φ(z)/φ(z)) with u = 1/z² and
        // Φ(z)/φ(z) ≈ (1/|z|)(1 − u + 3u² − 15u³ + 105u⁴), so 1 + zq ≈ u − 3u² + 15u³ − 105u⁴
        // and d log h/dz = q/(1 + zq) ≈ |z|(1 + 2u − 6u² + 42u³).
        for z in [-40.0, -100, -1e3, -1e5, -5e6, -1e9] {
            let u = 1 / (z * z)
            let oneMinus = u - 3 * u * u + 15 * u * u * u - 105 * u * u * u * u  // 1 + zq
            let reference = -0.5 * z * z - 0.5 * log(2 * Double.pi) + log(oneMinus)
            let (value, derivative) = LogExpectedImprovement.logH(z)
            #expect(close(value, reference, relative: 1e-12), "log h(\(z)) = \(value), reference \(reference)")
            #expect(close(derivative, -z * (1 + 2 * u - 6 * u * u + 42 * u * u * u), relative: 1e-10), "d log h(\(z))")
        }
        // Continuity across the branch points z = −1 and z = −10⁶.
        for z0 in [-1.0, -1e6] {
            let (below, _) = LogExpectedImprovement.logH(z0.nextDown)
            let (above, _) = LogExpectedImprovement.logH(z0.nextUp)
            #expect(close(below, above, relative: 1e-9))
        }
    }

    @Test func scaledComplementaryErrorFunctionMatchesReferenceValues() {
        // erfcx(x) = exp(x²) erfc(x): ±1 from erfc(1) = 0.157299207050285 and e; 10, 30, 1000 from the
        // asymptotic series summed to 60 terms in 40-digit decimal arithmetic.
        let cases: [(Double, Double)] = [
            (0, 1), (1, 0.42758357615580700442), (-1, 5.0089800807622900694),
            (10, 0.056140992743822585858), (30, 0.018795888861416751),
            (1e3, 5.6418930145338765420e-4),
        ]
        for (x, expected) in cases {
            #expect(
                close(NormalDistribution.erfcx(x), expected, relative: 1e-12),
                "erfcx(\(x)) = \(NormalDistribution.erfcx(x))")
        }
        // Across the switch to the asymptotic series at 26.
        #expect(close(NormalDistribution.erfcx(26.0.nextDown), NormalDistribution.erfcx(26), relative: 1e-13))
    }

    @Test func expectedImprovementPrefersLowMeansAndConfidenceBoundRewardsUncertainty() {
        let gp = Self.model()
        let best = gp.outputs.min()!
        let i = gp.outputs.firstIndex(of: best)!
        let atBest = gp.inputs.row(i)
        let ucb = UpperConfidenceBound(model: gp, beta: 4)
        let post = gp.posterior(at: atBest)
        #expect(close(ucb.value(at: atBest), 2 * post.variance.squareRoot() - post.mean, relative: 1e-12))
        let pi = ProbabilityOfImprovement(model: gp, bestValue: best + 10)
        #expect(pi.value(at: atBest) > 0.999)
    }
}
