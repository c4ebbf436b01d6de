import Foundation
import Randomness
import Testing

@testable import GaussianProcess

@Suite struct PriorTests {
    @Test func logDensityDerivativesMatchFiniteDifferences() {
        let priors: [HyperparameterPrior] = [
            .gamma(concentration: 3, rate: 6), .gamma(concentration: 1.1, rate: 30),
            .logNormal(location: -1, scale: 0.7), .none,
        ]
        for prior in priors {
            for theta in [-3.0, -0.5, 1.2] {
                let h = 1e-6
                let numeric =
                    (prior.logDensity(logValue: theta + h).value - prior.logDensity(logValue: theta - h).value)
                    / (2 * h)
                #expect(abs(numeric - prior.logDensity(logValue: theta).derivative) <= 1e-6 * max(1, abs(numeric)))
            }
        }
        // Gamma(α, β) on x: log p = (α − 1) log x − βx.
        #expect(
            close(
                HyperparameterPrior.gamma(concentration: 3, rate: 6).logDensity(logValue: log(0.5)).value,
                2 * log(0.5) - 3, relative: 1e-14))
    }

    @Test func samplesHaveThePriorsMoments() {
        var rng = Xoshiro256StarStar(seed: 12)
        let count = 20_000
        for (alpha, beta) in [(3.0, 6.0), (0.5, 2.0), (1.1, 30.0)] {
            let draws = (0..<count).map { _ in
                exp(HyperparameterPrior.gamma(concentration: alpha, rate: beta).sampleLogValue(using: &rng)!)
            }
            let mean = draws.reduce(0, +) / Double(count)
            let standardError = (alpha.squareRoot() / beta) / Double(count).squareRoot()
            #expect(abs(mean - alpha / beta) < 5 * standardError, "Gamma(\(alpha), \(beta)) mean \(mean)")
        }
        let logs = (0..<count).map { _ in
            HyperparameterPrior.logNormal(location: -2, scale: 0.5).sampleLogValue(using: &rng)!
        }
        #expect(abs(logs.reduce(0, +) / Double(count) + 2) < 5 * 0.5 / Double(count).squareRoot())
        #expect(HyperparameterPrior.none.sampleLogValue(using: &rng) == nil)
    }
}
