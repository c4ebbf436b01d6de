import Foundation
import GaussianProcess
import LinearAlgebra
import Randomness

/// The configuration a study recommends at its end: among the evaluated (complete) trials, the one a Gaussian
/// process fitted to all of them predicts to be best, rather than the luckiest observation.
///
/// With noisy values (a validation score on a few hundred rows, a noisy benchmark), the best *observed* value
/// is biased: of many configurations scored with noise, the one that scored highest is often one whose noise
/// was lucky, and its observed value overstates it. A GP with a fitted noise variance σ²ₙ pools the evidence of
/// nearby trials; its posterior mean μ(xᵢ) at an evaluated point shrinks a lucky observation towards what its
/// neighbours say. The recommendation is argminᵢ μ(xᵢ) over the evaluated points (for losses), the
/// "best posterior mean among evaluated arms" rule of Ax (Bakshy et al., "AE: A domain-agnostic platform for
/// adaptive experimentation", 2018) and the in-sample incumbent of noisy EI (Letham et al., "Constrained
/// Bayesian optimization with noisy experiments", Bayesian Analysis 2019).
///
/// When the fitted noise is negligible (σ²ₙ below `negligibleNoise` of the variance of the standardized values)
/// the GP interpolates, μ(xᵢ) ≈ yᵢ, and the best observed trial is kept (`Method.bestObserved`); so are studies
/// with fewer than `minimumTrials` complete trials, spaces without an encoded column, fits that fail, and
/// trials the model puts ahead of the best observed one by less than `switchMargin` noise deviations.
public struct Recommendation: Sendable {
    public enum Method: String, Sendable, Hashable {
        /// The trial with the best GP posterior mean.
        case posteriorMean = "posterior_mean"
        /// The trial with the best observed value.
        case bestObserved = "best_observed"
    }

    /// The recommended trial.
    public var trial: Trial
    /// How it was chosen.
    public var method: Method
    /// The GP's posterior mean at the trial, in the objective's units (its observed value for `bestObserved`).
    public var predictedValue: Double
    /// The fitted noise variance as a fraction of the variance of the values (nil when no GP was fitted).
    public var noiseFraction: Double?

    public init(trial: Trial, method: Method, predictedValue: Double, noiseFraction: Double?) {
        (self.trial, self.method, self.predictedValue, self.noiseFraction) = (
            trial, method, predictedValue, noiseFraction
        )
    }

    /// Fewer complete trials than this: the best observed one.
    public static let minimumTrials = 8
    /// A fitted noise variance below this fraction of the values' variance counts as none.
    public static let negligibleNoise = 1e-3
    /// Another trial than the best observed is recommended only when its posterior mean is ahead by more than
    /// this many noise standard deviations σₙ. Chosen on seeds 0–9 of `tuner bench samplers`: with no margin,
    /// a few noiseless functions whose GP fits a small noise (camel6) lost up to 1.5× against the best
    /// observation; with 0.25 σₙ none changes by more than 1.05× and hartmann6_noisy keeps its gain
    /// (docs/bayes-benchmark.md).
    public static let switchMargin = 0.25
    /// At most this many trials (the best observed ones) enter the GP, so the fit stays cheap in big studies.
    public static let maximumTrials = 1000

    /// The recommendation among `trials` of a study over `space` with `direction`; nil without a complete trial
    /// with a finite value. Deterministic: the GP fit starts from fixed hyperparameters with a fixed seed.
    public static func recommend(in trials: [Trial], space: SearchSpace, direction: Direction) -> Recommendation? {
        let complete = trials.filter { $0.state == .complete && ($0.value?.isFinite ?? false) }
            .sorted { (direction.loss($0.value!), $0.number) < (direction.loss($1.value!), $1.number) }
        guard let bestObserved = complete.first else { return nil }
        let observed = Recommendation(
            trial: bestObserved, method: .bestObserved, predictedValue: bestObserved.value!, noiseFraction: nil)
        let encoding = UnitCubeEncoding(space)
        guard complete.count >= minimumTrials, encoding.dimension > 0 else { return observed }
        let used = Array(complete.prefix(maximumTrials))
        let losses = used.map { direction.loss($0.value!) }
        guard let model = fit(used.map { encoding.encode($0.params) }, losses: losses) else { return observed }
        let noiseFraction = model.noiseVariance
        guard noiseFraction >= negligibleNoise else {
            return Recommendation(
                trial: bestObserved, method: .bestObserved, predictedValue: bestObserved.value!,
                noiseFraction: noiseFraction)
        }
        let means = model.predict(model.inputs).mean
        guard let index = means.indices.min(by: { means[$0] < means[$1] }), means[index].isFinite else {
            return observed
        }
        // `used[0]` is the best observed trial: keep it unless the model puts another one ahead of it by more
        // than `switchMargin` noise standard deviations.
        let noiseDeviation = model.noiseVariance.squareRoot() * model.outputScale
        guard means[0] - means[index] > switchMargin * noiseDeviation else {
            return Recommendation(
                trial: bestObserved, method: .bestObserved, predictedValue: direction.loss(means[0]),
                noiseFraction: noiseFraction)
        }
        // `loss` is its own inverse (the identity or a negation): it takes the predicted loss back to a value.
        return Recommendation(
            trial: used[index], method: .posteriorMean, predictedValue: direction.loss(means[index]),
            noiseFraction: noiseFraction)
    }

    /// A MAP fit of a Matérn-5/2 ARD GP with a fitted noise variance (standardized values, the `bayes` sampler's
    /// dimension-scaled length-scale prior), one start from fixed hyperparameters; nil when the fit fails.
    static func fit(_ points: [[Double]], losses: [Double]) -> GaussianProcess? {
        let d = points[0].count
        let x = Matrix<Double>(rows: points.count, columns: d, elements: points.flatMap { $0 })
        var options = GaussianProcess.Options()
        options.restarts = 0
        options.priors.lengthScale = GPSampler.LengthScalePrior.dimensionScaled.prior(dimension: d)
        options.noiseBounds = 1e-6...options.noiseBounds.upperBound
        var rng = Xoshiro256StarStar(seed: 0)
        let model = GaussianProcess.fit(
            inputs: x, outputs: losses, kernel: Matern52Kernel(dimension: d, lengthScale: 0.5), noiseVariance: 1e-2,
            options: options, using: &rng)
        return model.logMarginalLikelihood.isFinite ? model : nil
    }
}

extension Study {
    /// The study's recommended configuration (`Recommendation`): the evaluated trial with the best GP posterior
    /// mean when the values are noisy, else the best observed one; nil without a complete trial.
    public var recommendation: Recommendation? {
        get throws { Recommendation.recommend(in: try trials, space: space, direction: direction) }
    }
}
