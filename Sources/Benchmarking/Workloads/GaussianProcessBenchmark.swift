import Foundation
import GaussianProcess
import LinearAlgebra
import Randomness

/// `tuner bench gp`: Gaussian-process fit (maximum likelihood, Matérn 5/2 ARD × amplitude + noise, standardized
/// outputs, each restart count of `restarts`) and batched prediction, d = 6, on data that
/// `scripts/bench-gp-sklearn` regenerates bit for bit in Python to run scikit-learn side by side
/// (`GaussianProcessBenchmark+Data.swift`). Hyperparameter box: amplitude and length scales in [10⁻³, 10³],
/// noise in [10⁻⁶, 10]; the first start is amplitude 1, length scales 1, noise 10⁻², as the script's kernel.
///
/// Each fit line gives the fitted log marginal likelihood (standardized outputs, as scikit-learn's
/// `log_marginal_likelihood_value_` with `normalize_y=True`); the predict line times mean and variance at
/// `points` query points with the model fitted with the last restart count.
public struct GaussianProcessBenchmark: Sendable {
    public var sizes: [Int]
    public var restarts: [Int]
    public var points: Int
    public var seed: UInt64
    /// OpenBLAS threads for every size; nil keeps the GP's own rule (one thread and concurrent starts below
    /// n = 1000).
    public var threads: Int?
    public var json: Bool

    public static let dimension = 6

    public init(sizes: [Int], restarts: [Int], points: Int, seed: UInt64, threads: Int?, json: Bool) {
        (self.sizes, self.restarts, self.points, self.seed, self.threads, self.json) =
            (sizes, restarts, points, seed, threads, json)
    }

    /// Fits and predicts at every size; `emit` gets each output line as it is measured, `verbose` (when given)
    /// one line per start of every fit.
    public func run(emit: (String) -> Void, verbose: ((String) -> Void)? = nil) {
        if let threads { BLASThreads.set(threads) }
        if !json { emit("op          n      restarts  seconds     lml            evaluations") }
        for n in sizes {
            let (x, y) = Self.trainingData(n: n)
            var last: GaussianProcess?
            for r in restarts {
                let (model, seconds) = fit(x, y, restarts: r)
                let evaluations = model.fitReport?.evaluations ?? 0
                if let verbose, let report = model.fitReport {
                    for (i, start) in report.starts.enumerated() {
                        verbose(
                            String(
                                format: "  start %d: objective %.8g, %d iterations, %d evaluations, %@",
                                i, start.objective, start.iterations, start.evaluations, "\(start.status)"))
                    }
                }
                let lml = model.logMarginalLikelihood
                emit(
                    json
                        ? String(
                            format: "{\"op\":\"gp-fit\",\"n\":%d,\"d\":%d,\"restarts\":%d,\"seconds\":%.6g,"
                                + "\"lml\":%.10g}", n, Self.dimension, r, seconds, lml)
                        : String(format: "gp-fit      %-6d %-9d %-11.4g %-14.8g %d", n, r, seconds, lml, evaluations))
                last = model
            }
            guard let model = last else { continue }
            let queries = Self.queryPoints(m: points)
            var checksum = 0.0
            let seconds = secondsTaken {
                let (mean, variance) = model.predict(queries)
                checksum = mean.reduce(0, +) + variance.reduce(0, +)
            }
            precondition(checksum.isFinite, "prediction produced a non-finite value")
            emit(
                json
                    ? String(
                        format: "{\"op\":\"gp-predict\",\"n\":%d,\"d\":%d,\"points\":%d,\"seconds\":%.6g}",
                        n, Self.dimension, points, seconds)
                    : String(format: "gp-predict  %-6d -         %-11.4g (%d points)", n, seconds, points))
        }
    }

    /// One maximum-likelihood fit with `restarts` random restarts, and its wall-clock seconds.
    func fit(_ x: Matrix<Double>, _ y: [Double], restarts: Int) -> (GaussianProcess, Double) {
        var options = GaussianProcess.Options()
        options.objective = .maximumLikelihood
        options.restarts = restarts
        if let threads {
            options.singleThreadBelow = 0
            options.concurrentStarts = threads  // the thread count bounds the cores of the whole fit
        }
        var rng = Xoshiro256StarStar(seed: seed)
        var model: GaussianProcess?
        let seconds = secondsTaken {
            model = GaussianProcess.fit(
                inputs: x, outputs: y, kernel: Matern52Kernel(dimension: Self.dimension),
                noiseVariance: 1e-2, options: options, using: &rng)
        }
        return (model!, seconds)
    }
}
