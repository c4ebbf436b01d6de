import Foundation
import GaussianProcess
import LinearAlgebra
import Randomness
import Testing

@testable import Tuning

/// The acquisition of the `bayes` sampler with several objectives and constraints: log EHVI against a
/// Monte-Carlo estimate and a closed form, its derivatives and the gradient of log EHVI + log PoF against finite
/// differences, log Φ in the tails, and the reference point.
@Suite struct GPSamplerMultiObjectiveAcquisitionTests {
    static func expectation(front: [[Double]], reference: [Double]) -> ExpectedHypervolumeImprovement {
        let region = ImprovementRegion(front: front, reference: reference)
        return ExpectedHypervolumeImprovement(
            dimension: reference.count, boxes: region.boxes.map { .init(lower: $0.lower, upper: $0.upper) })
    }

    /// The mean hypervolume improvement of `draws` seeded normal vectors, and its standard error.
    static func monteCarlo(
        front: [[Double]], reference: [Double], means: [Double], deviations: [Double], draws: Int = 200_000
    ) -> (mean: Double, standardError: Double) {
        let region = ImprovementRegion(front: front, reference: reference)
        var rng = Xoshiro256StarStar(seed: 7)
        var sum = 0.0
        var squares = 0.0
        for i in 0..<draws {
            let y = means.indices.map { means[$0] + deviations[$0] * rng.nextNormal() }
            let improvement = region.hypervolumeImprovement(of: y)
            if i < 200 {  // the box formula against the hypervolumes themselves
                let direct =
                    Hypervolume.volume(of: front + [y], reference: reference)
                    - Hypervolume.volume(of: front, reference: reference)
                #expect(abs(improvement - direct) < 1e-12, "HVI of \(y): boxes \(improvement), hypervolumes \(direct)")
            }
            sum += improvement
            squares += improvement * improvement
        }
        let mean = sum / Double(draws)
        let variance = max(squares / Double(draws) - mean * mean, 0)
        return (mean, (variance / Double(draws)).squareRoot())
    }

    static let front2 = [[0.2, 0.8], [0.5, 0.4], [0.9, 0.1]]
    static let front3 = [[0.1, 0.6, 0.7], [0.5, 0.2, 0.6], [0.7, 0.5, 0.1], [0.4, 0.4, 0.4]]

    @Test(arguments: [
        ([0.4, 0.5], [0.2, 0.3]), ([0.0, 0.0], [0.1, 0.1]), ([1.0, 1.0], [0.15, 0.15]), ([0.7, 0.2], [0.05, 0.4]),
    ])
    func logEHVIMatchesMonteCarloInTwoObjectives(means: [Double], deviations: [Double]) {
        let reference = [1.1, 1.1]
        let exact = Self.expectation(front: Self.front2, reference: reference)
            .logValue(means: means, standardDeviations: deviations).value.exponential
        let estimate = Self.monteCarlo(front: Self.front2, reference: reference, means: means, deviations: deviations)
        #expect(
            abs(exact - estimate.mean) <= 5 * estimate.standardError + 1e-9,
            "EHVI \(exact), Monte Carlo \(estimate.mean) ± \(estimate.standardError)")
    }

    @Test(arguments: [
        ([0.3, 0.3, 0.3], [0.2, 0.2, 0.2]), ([0.0, 0.9, 0.2], [0.1, 0.3, 0.05]), ([0.9, 0.9, 0.9], [0.2, 0.1, 0.3]),
    ])
    func logEHVIMatchesMonteCarloInThreeObjectives(means: [Double], deviations: [Double]) {
        let reference = [1.0, 1.0, 1.0]
        let exact = Self.expectation(front: Self.front3, reference: reference)
            .logValue(means: means, standardDeviations: deviations).value.exponential
        let estimate = Self.monteCarlo(front: Self.front3, reference: reference, means: means, deviations: deviations)
        #expect(
            abs(exact - estimate.mean) <= 5 * estimate.standardError + 1e-9,
            "EHVI \(exact), Monte Carlo \(estimate.mean) ± \(estimate.standardError)")
    }

    @Test func oneBoxIsAProductOfExpectedImprovementsAndTheTailsStayFinite() {
        // An empty front leaves one box (−∞, r]: EHVI = Πⱼ σⱼ·h((rⱼ − μⱼ)/σⱼ), h(z) = φ(z) + zΦ(z).
        func h(_ z: Double) -> Double {
            exp(-z * z / 2) / (2 * Double.pi).squareRoot() + z * 0.5 * erfc(-z / 2.0.squareRoot())
        }
        let ehvi = Self.expectation(front: [], reference: [1, 2])
        let value = ehvi.logValue(means: [0.5, 2.5], standardDeviations: [0.5, 2]).value
        #expect(abs(value - log(0.5 * h(1) * 2 * h(-0.25))) < 1e-13)
        // Far outside the region EHVI underflows; its logarithm is finite and keeps decreasing.
        let far = Self.expectation(front: Self.front2, reference: [1.1, 1.1])
        let a = far.logValue(means: [30, 30], standardDeviations: [0.1, 0.1]).value
        let b = far.logValue(means: [40, 40], standardDeviations: [0.1, 0.1]).value
        #expect(a.isFinite && b.isFinite && b < a && a < -1e4, "log EHVI \(a), \(b)")
    }

    @Test(arguments: [
        ([0.4, 0.5], [0.2, 0.3]), ([1.5, 1.4], [0.05, 0.1]), ([0.6, 0.3], [1e-3, 2e-3]), ([0.3, 0.2], [0.5, 0.5]),
    ])
    func partialDerivativesMatchFiniteDifferences(means: [Double], deviations: [Double]) {
        let ehvi = Self.expectation(front: Self.front2, reference: [1.1, 1.1])
        let analytic = ehvi.logValue(means: means, standardDeviations: deviations)
        for j in 0..<2 {
            for (isMean, derivative) in [(true, analytic.dMeans[j]), (false, analytic.dStandardDeviations[j])] {
                let step = 1e-6 * deviations[j]
                func shifted(_ s: Double) -> Double {
                    var (m, d) = (means, deviations)
                    if isMean { m[j] += s } else { d[j] += s }
                    return ehvi.logValue(means: m, standardDeviations: d, gradient: false).value
                }
                let numeric = (shifted(step) - shifted(-step)) / (2 * step)
                #expect(
                    abs(numeric - derivative) <= 1e-5 * max(1, abs(derivative)),
                    "\(isMean ? "μ" : "σ")\(j): analytic \(derivative), numeric \(numeric)")
            }
        }
    }

    /// Two objective GPs and one constraint GP on a 3-D input: the gradient of log EHVI + log PoF (what the
    /// sampler's L-BFGS-B follows) against central differences.
    @Test func acquisitionGradientMatchesFiniteDifferences() {
        var rng = Xoshiro256StarStar(seed: 3)
        let n = 14
        let points = (0..<n).map { _ in (0..<3).map { _ in Double.random(in: 0..<1, using: &rng) } }
        let x = Matrix(rows: n, columns: 3, elements: points.flatMap { $0 })
        func model(_ f: ([Double]) -> Double) -> GaussianProcess {
            GaussianProcess(
                inputs: x, outputs: points.map(f), kernel: Matern52Kernel(dimension: 3, lengthScale: 0.4),
                noiseVariance: 1e-4)
        }
        let f1 = model { $0[0] + 0.3 * sin(5 * $0[1]) }
        let f2 = model { (1 - $0[0]) * (1 - $0[0]) + $0[2] }
        let c = model { $0[0] + $0[1] - 1 }
        let losses = points.map { [$0[0] + 0.3 * sin(5 * $0[1]), (1 - $0[0]) * (1 - $0[0]) + $0[2]] }
        let front = ParetoFront.indices(of: losses).map { losses[$0] }
        let reference = [losses.map { $0[0] }.max()! + 0.1, losses.map { $0[1] }.max()! + 0.1]
        let region = ImprovementRegion(front: front, reference: reference)
        let ehvi = LogExpectedHypervolumeImprovement(
            models: [f1, f2], boxes: region.boxes.map { .init(lower: $0.lower, upper: $0.upper) })
        let acquisitions: [any AcquisitionFunction] = [
            ehvi, LogProbabilityOfFeasibility(model: c),
            SumOfAcquisitions([ehvi, LogProbabilityOfFeasibility(model: c)]),
        ]
        for acquisition in acquisitions {
            for _ in 0..<5 {
                let p = (0..<3).map { _ in Double.random(in: 0.05..<0.95, using: &rng) }
                let (value, gradient) = acquisition.valueAndGradient(at: p)
                #expect(abs(value - acquisition.value(at: p)) < 1e-12)
                for k in 0..<3 {
                    var (up, down) = (p, p)
                    up[k] += 1e-6
                    down[k] -= 1e-6
                    let numeric = (acquisition.value(at: up) - acquisition.value(at: down)) / 2e-6
                    #expect(
                        abs(numeric - gradient[k]) <= 1e-4 * max(1, abs(gradient[k])),
                        "\(type(of: acquisition)) ∂/∂x\(k) at \(p): analytic \(gradient[k]), numeric \(numeric)")
                }
            }
        }
    }

    @Test func logProbabilityOfFeasibilityIsStableInTheTails() {
        for z in [-40.0, -5, -1.5, -0.5, 0, 0.5, 3, 9] {
            let (value, slope) = LogProbabilityOfFeasibility.logCumulative(z)
            let direct = log(0.5 * erfc(-z / 2.0.squareRoot()))
            #expect(abs(value - direct) <= 1e-12 * max(1, abs(direct)), "log Φ(\(z)): \(value) vs \(direct)")
            let numeric =
                (LogProbabilityOfFeasibility.logCumulative(z + 1e-6).value
                    - LogProbabilityOfFeasibility.logCumulative(z - 1e-6).value) / 2e-6
            #expect(abs(numeric - slope) <= 1e-5 * max(1, abs(slope)), "d log Φ/dz at \(z)")
        }
    }

    @Test func referencePointIsTheWorstFeasibleObservationPlusATenthOfTheRange() {
        #expect(ObjectiveNormalization.referencePoint(of: [[0, 1], [0.5, 0.2], [1, 0]]) == [1.1, 1.1])
        // A dominated observation moves it too: it bounds where the front can still grow.
        #expect(ObjectiveNormalization.referencePoint(of: [[0, 1], [1, 0], [2, 3]]) == [2.2, 3.3])
        #expect(ObjectiveNormalization.referencePoint(of: [[0.2, 0.4]]) == [0.30000000000000004, 0.5])
        let normalization = ObjectiveNormalization(values: [[1, 10], [3, 10], [2, 10]])
        #expect(normalization.offset == [1, 10] && normalization.scale == [2, 1])
        #expect(
            normalization.normalized([2, 11]) == [0.5, 1]
                && normalization.original([-.infinity, 1]) == [-.infinity, 11])
    }
}
