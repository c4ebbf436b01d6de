import Foundation
import GaussianProcess
import LinearAlgebra
import Randomness
import Testing

/// The rational-quadratic profile with α = 1 (Rasmussen & Williams 2006, eq. 4.19), f(r) = 1/(1 + r²/2),
/// h(r) = −1/(1 + r²/2)²: a profile defined outside the module, to show that the generic kernel takes any profile.
enum RationalQuadraticProfile: StationaryProfile {
    static func evaluate(_ r: Double) -> (value: Double, slopeOverR: Double) {
        let f = 1 / (1 + 0.5 * r * r)
        return (f, -f * f)
    }
}

@Suite struct StationaryProfileTests {
    static let profiles: [(name: String, type: any StationaryProfile.Type)] = [
        ("Matérn 1/2", Matern12Profile.self), ("Matérn 3/2", Matern32Profile.self),
        ("Matérn 5/2", Matern52Profile.self), ("RBF", RBFProfile.self),
        ("rational quadratic", RationalQuadraticProfile.self),
    ]

    /// f(0) = 1, and h(r)·r = f′(r) against a central difference (step 10⁻⁶, error O(10⁻¹²) + rounding 10⁻¹⁰).
    @Test func slopeIsTheDerivativeOfTheValue() {
        for (name, profile) in Self.profiles {
            #expect(profile.evaluate(0).value == 1, "\(name): f(0)")
            for r in [0.05, 0.3, 1, 2.5, 6] {
                let step = 1e-6
                let numeric = (profile.evaluate(r + step).value - profile.evaluate(r - step).value) / (2 * step)
                let analytic = profile.evaluate(r).slopeOverR * r
                #expect(abs(numeric - analytic) <= 1e-8 * max(1, abs(analytic)), "\(name) at r = \(r)")
            }
        }
        #expect(Matern12Profile.evaluate(0).slopeOverR == 0, "Matérn 1/2 takes the zero subgradient at r = 0")
    }

    /// The closed forms at r = 1 (R&W eqs. 4.9, 4.14 and 4.17).
    @Test func valuesMatchTheClosedForms() {
        let (s3, s5) = (3.0.squareRoot(), 5.0.squareRoot())
        let expected: [(any StationaryProfile.Type, Double, Double)] = [
            (Matern12Profile.self, exp(-1), -exp(-1)),
            (Matern32Profile.self, (1 + s3) * exp(-s3), -3 * exp(-s3)),
            (Matern52Profile.self, (1 + s5 + 5.0 / 3) * exp(-s5), -5.0 / 3 * (1 + s5) * exp(-s5)),
            (RBFProfile.self, exp(-0.5), -exp(-0.5)),
        ]
        for (profile, f, h) in expected {
            let (value, slope) = profile.evaluate(1)
            #expect(abs(value - f) <= 1e-15 && abs(slope - h) <= 1e-15, "\(profile)")
        }
    }

    /// The row evaluations are the scalar evaluation, scaled, bit for bit, and write only their range.
    @Test func rowEvaluationsEqualTheScalarOne() {
        let r: [Double] = [0, 0.1, 0.7, 1.5, 3, 8]
        for (name, profile) in Self.profiles {
            var values = [Double](repeating: -1, count: r.count)
            var slopes = values
            var alone = values
            profile.scaledValuesAndSlopes(r, range: 2..<6, scale: 1.7, values: &values, slopes: &slopes)
            profile.scaledValues(r, range: 2..<6, scale: 1.7, into: &alone)
            for j in r.indices {
                let (f, h) = profile.evaluate(r[j])
                let inRange = (2..<6).contains(j)
                #expect(values[j] == (inRange ? 1.7 * f : -1) && alone[j] == values[j], "\(name) f at \(j)")
                #expect(slopes[j] == (inRange ? 1.7 * h : -1), "\(name) h at \(j)")
            }
        }
    }

    /// The kernel names keep working, and a kernel is σ²·f of the ARD distance.
    @Test func standardKernelsAreTheGenericKernelWithTheirProfile() {
        #expect(Matern12Kernel.self == ARDStationaryKernel<Matern12Profile>.self)
        #expect(Matern32Kernel.self == ARDStationaryKernel<Matern32Profile>.self)
        #expect(Matern52Kernel.self == ARDStationaryKernel<Matern52Profile>.self)
        #expect(RBFKernel.self == ARDStationaryKernel<RBFProfile>.self)
        let kernel = Matern52Kernel(lengthScales: [0.5, 2], amplitude: 1.5)
        let k = kernel.covariance(Matrix([[0.1, 0.2]]), Matrix([[0.4, -0.6]]))[0, 0]
        let r = ((0.3 / 0.5) * (0.3 / 0.5) + (0.8 / 2) * (0.8 / 2)).squareRoot()
        #expect(abs(k - 1.5 * Matern52Profile.evaluate(r).value) <= 1e-15)
        #expect(Matern52Kernel.profile(r) == Matern52Profile.evaluate(r))
    }

    /// A profile from outside the module gets every derived gradient: the marginal likelihood's gradient (the
    /// fast path through the slopes) against central differences, and the input gradient likewise.
    @Test func aCustomProfileGetsCorrectGradients() {
        var rng = Xoshiro256StarStar(seed: 41)
        let x = Matrix<Double>.random(rows: 12, columns: 2, in: 0...1, using: &rng)
        let y = (0..<12).map { i in sin(5 * x[i, 0]) - x[i, 1] }
        let kernel = ARDStationaryKernel<RationalQuadraticProfile>(lengthScales: [0.3, 0.6], amplitude: 0.9)
        let evaluator = MarginalLikelihood(inputs: x, outputs: y, kernel: kernel)
        let theta = kernel.logParameters + [log(0.05)]
        let gradient = evaluator.valueAndGradient(theta).gradient
        for q in theta.indices {
            var plus = theta
            var minus = theta
            plus[q] += 1e-5
            minus[q] -= 1e-5
            let numeric = (evaluator.valueAndGradient(plus).value - evaluator.valueAndGradient(minus).value) / 2e-5
            #expect(abs(numeric - gradient[q]) <= 1e-5 * max(1, abs(numeric)), "θ\(q): \(gradient[q]) vs \(numeric)")
        }
        let point = [0.35, 0.55]
        let (_, inputGradient) = kernel.covarianceAndInputGradient(at: point, x)
        for k in 0..<2 {
            var plus = point
            var minus = point
            plus[k] += 1e-6
            minus[k] -= 1e-6
            let difference = zip(
                kernel.covarianceAndInputGradient(at: plus, x).values,
                kernel.covarianceAndInputGradient(at: minus, x).values
            ).map { ($0 - $1) / 2e-6 }
            #expect(approximatelyEqual(difference, inputGradient.column(k)), "∂k/∂p\(k)")
        }
    }

    func approximatelyEqual(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-7 * max(1, abs($1)) }
    }
}
