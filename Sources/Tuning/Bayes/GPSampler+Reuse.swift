import Foundation
import GaussianProcess
import LinearAlgebra

/// Proposals without a hyperparameter search, for large histories.
///
/// Fitting θ (the kernel's log length scales and amplitude, and log σ²ₙ) costs many evaluations of the marginal
/// likelihood, each a Cholesky factorization and an inverse of the n×n kernel matrix: O(n³) apiece, most of a
/// proposal's time past a few hundred observations. Yet θ moves little when a few points join hundreds. Above
/// `Options.fullRefitBelow` observations, a proposal therefore builds the GP at the θ and output warping that
/// the latest proposal recorded in its trial's notes, one factorization in all, as long as
/// - the history has grown by less than `Options.refitGrowth` (a fraction) since θ was last fitted (the
///   `gp_fitted_at` note), and
/// - the likelihood still supports θ: the log marginal likelihood per observation has not dropped by more than
///   `Options.refitLikelihoodDrop` nats below its value when θ was fitted (the `gp_lml_per_point` note).
/// Otherwise the proposal fits again, each warping from its recorded θ (one start). Refitting on a schedule
/// while the likelihood holds is what BoTorch's and Ax's loops do for long runs; here both tests read only the
/// history, so a fresh sampler given the same trials makes the same decision and the same proposal.
extension GPSampler {
    static let fittedAtNoteKey = "gp_fitted_at"
    static let likelihoodNoteKey = "gp_lml_per_point"
    static let warpingNoteKey = "gp_output_warping"

    /// What the latest proposal with a model recorded: its warping, the number of observations θ was fitted
    /// on, and the log marginal likelihood per observation then.
    struct FitRecord {
        var warping: OutputWarping
        var fittedAt: Int
        var likelihoodPerPoint: Double
    }

    /// The fit record of the latest trial (highest number) that has one (under keys ending in `suffix`).
    static func latestFitRecord(in trials: [Trial], suffix: String = "") -> FitRecord? {
        let fittedAtKey = fittedAtNoteKey + suffix
        guard
            let latest = trials.max(by: { a, b in
                (a.userAttributes[fittedAtKey] == nil ? -1 : a.number)
                    < (b.userAttributes[fittedAtKey] == nil ? -1 : b.number)
            }),
            let warping = latest.userAttributes[warpingNoteKey + suffix].flatMap(OutputWarping.init(rawValue:)),
            let fittedAt = latest.userAttributes[fittedAtKey].flatMap(Int.init), fittedAt > 0,
            let perPoint = latest.userAttributes[likelihoodNoteKey + suffix].flatMap(Double.init), perPoint.isFinite
        else { return nil }
        return FitRecord(warping: warping, fittedAt: fittedAt, likelihoodPerPoint: perPoint)
    }

    /// The surrogate at the recorded θ, or nil when the history is small, nothing usable is recorded (under keys
    /// ending in `suffix`, for one of `warpings`), the history has grown too much since the fit, or the likelihood
    /// no longer supports θ.
    func reusedSurrogate(
        inputs x: Matrix<Double>, losses: [Double], trials: [Trial], suffix: String = "",
        warpings: [OutputWarping]? = nil
    ) -> Surrogate? {
        let n = x.rows
        let d = x.columns
        guard n > options.fullRefitBelow, let record = Self.latestFitRecord(in: trials, suffix: suffix),
            (warpings ?? options.outputWarping.candidates).contains(record.warping),
            Double(n - record.fittedAt) < options.refitGrowth * Double(record.fittedAt),
            let theta = Self.recordedTheta(in: trials, warping: record.warping, count: d + 2, suffix: suffix)
        else { return nil }
        var kernel = Matern52Kernel(dimension: d, lengthScale: 0.5)
        kernel.logParameters = Array(theta.dropLast())
        let y = record.warping.apply(losses)
        let model = GaussianProcess(
            inputs: x, outputs: y, kernel: kernel, noiseVariance: exp(theta[d + 1]),
            options: gaussianProcessOptions(dimension: d))
        let perPoint = model.logMarginalLikelihood / Double(n)
        guard perPoint.isFinite, perPoint >= record.likelihoodPerPoint - options.refitLikelihoodDrop,
            !model.warnings.contains(where: { if case .factorizationFailed = $0 { true } else { false } })
        else { return nil }
        let notes = [
            Self.thetaNoteKey(record.warping, suffix: suffix): theta.map { "\($0)" }.joined(separator: ","),
            Self.warpingNoteKey + suffix: record.warping.rawValue,
            Self.fittedAtNoteKey + suffix: "\(record.fittedAt)",
            Self.likelihoodNoteKey + suffix: "\(record.likelihoodPerPoint)",
            "gp_reused\(suffix)": "true",
        ]
        return Surrogate(model: model, warpedLosses: y, warping: record.warping, notes: notes)
    }
}
