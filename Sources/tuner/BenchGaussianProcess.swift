import ArgumentParser
import Foundation
import GaussianProcess
import LinearAlgebra

/// `tuner bench gp`: Gaussian-process fit (maximum likelihood, Matérn 5/2 ARD × amplitude + noise,
/// standardized outputs, 0 and 5 random restarts) and batched prediction, d = 6, on data that
/// `scripts/bench-gp-sklearn` regenerates bit for bit in Python to run scikit-learn side by side.
///
/// Data (deterministic, no generator, so both languages agree): training point i = 0..<n has
/// x_ik = frac(0.5 + (i + 1)·√p_k) with p = 2, 3, 5, 7, 11, 13 (a Kronecker low-discrepancy sequence), and
/// y_i = Hartmann6(x_i) + 0.01·sin(12.9898·(i + 1)); query point j = 0..<m uses p = 17, 19, 23, 29, 31, 37.
/// Hyperparameter box: amplitude and length scales in [10⁻³, 10³], noise in [10⁻⁶, 10]; the first start is
/// amplitude 1, length scales 1, noise 10⁻², as the script's scikit-learn kernel.
struct BenchGaussianProcess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gp",
        abstract: "Gaussian-process fit and predict times (d = 6) for the scikit-learn comparison.",
        discussion: """
        Each fit row gives the fitted log marginal likelihood (standardized outputs, as scikit-learn's \
        log_marginal_likelihood_value_ with normalize_y=True). The predict row times mean and variance at \
        --points query points with the model fitted with the largest restart count.

        Examples:
          tuner bench gp
          tuner bench gp --json --sizes 50 100 --restarts 0 5
          scripts/bench-gp-sklearn            (side by side with scikit-learn, ratios)
        """
    )

    @Option(name: .long, parsing: .upToNextOption, help: "Training-set sizes n.")
    var sizes: [Int] = [50, 100, 200, 500, 1000, 2000]

    @Option(name: .long, parsing: .upToNextOption, help: "Random restarts of the fit (besides the first start).")
    var restarts: [Int] = [0, 5]

    @Option(help: "Query points for the predict timing.")
    var points = 10_000

    @Option(help: "Seed of the random restarts.")
    var seed: UInt64 = 1

    @Option(help: "OpenBLAS threads for every size (default: the GP's own rule, one thread and concurrent starts below n = 1000).")
    var threads: Int?

    @Flag(help: "Also print every start of every fit (to standard error).")
    var verbose = false

    @Flag(help: "One JSON object per line instead of a table.")
    var json = false

    static let dimension = 6

    func validate() throws {
        if sizes.isEmpty || sizes.contains(where: { $0 < 1 }) { throw ValidationError("--sizes must be ≥ 1") }
        if restarts.isEmpty || restarts.contains(where: { $0 < 0 }) { throw ValidationError("--restarts must be ≥ 0") }
        if points < 1 { throw ValidationError("--points must be ≥ 1") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be ≥ 1") }
    }

    func run() {
        if let threads { BLASThreads.set(threads) }
        if !json { print("op          n      restarts  seconds     lml            evaluations") }
        for n in sizes {
            let (x, y) = Self.trainingData(n: n)
            var last: GaussianProcess?
            for r in restarts {
                var options = GaussianProcess.Options()
                options.objective = .maximumLikelihood
                options.restarts = r
                if let threads {
                    options.singleThreadBelow = 0
                    options.concurrentStarts = threads   // --threads bounds the cores of the whole fit
                }
                var rng = Xoshiro256StarStar(seed: seed)
                var model: GaussianProcess!
                let seconds = secondsTaken {
                    model = GaussianProcess.fit(inputs: x, outputs: y, kernel: Matern52Kernel(dimension: Self.dimension),
                                                noiseVariance: 1e-2, options: options, using: &rng)
                }
                let evaluations = model.fitReport?.evaluations ?? 0
                if verbose, let report = model.fitReport {
                    for (i, start) in report.starts.enumerated() {
                        let line = String(format: "  start %d: objective %.8g, %d iterations, %d evaluations, %@\n",
                                          i, start.objective, start.iterations, start.evaluations, "\(start.status)")
                        FileHandle.standardError.write(line.data(using: .utf8)!)
                    }
                }
                if json {
                    print(String(format: "{\"op\":\"gp-fit\",\"n\":%d,\"d\":%d,\"restarts\":%d,\"seconds\":%.6g,\"lml\":%.10g}",
                                 n, Self.dimension, r, seconds, model.logMarginalLikelihood))
                } else {
                    print(String(format: "gp-fit      %-6d %-9d %-11.4g %-14.8g %d", n, r, seconds, model.logMarginalLikelihood, evaluations))
                }
                fflush(nil)
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
            if json {
                print(String(format: "{\"op\":\"gp-predict\",\"n\":%d,\"d\":%d,\"points\":%d,\"seconds\":%.6g}",
                             n, Self.dimension, points, seconds))
            } else {
                print(String(format: "gp-predict  %-6d -         %-11.4g (%d points)", n, seconds, points))
            }
            fflush(nil)
        }
    }

    /// frac(0.5 + (i + 1)·√p) for each prime p: row i of a Kronecker sequence in the unit cube.
    static func kronecker(count: Int, primes: [Double]) -> Matrix<Double> {
        var x = Matrix<Double>(rows: count, columns: primes.count)
        let roots = primes.map { $0.squareRoot() }
        for i in 0..<count {
            for k in roots.indices {
                let v = 0.5 + Double(i + 1) * roots[k]
                x[i, k] = v - v.rounded(.down)
            }
        }
        return x
    }

    static func trainingData(n: Int) -> (Matrix<Double>, [Double]) {
        let x = kronecker(count: n, primes: [2, 3, 5, 7, 11, 13])
        let y = (0..<n).map { i in hartmann6(x.row(i)) + 0.01 * sin(12.9898 * Double(i + 1)) }
        return (x, y)
    }

    static func queryPoints(m: Int) -> Matrix<Double> { kronecker(count: m, primes: [17, 19, 23, 29, 31, 37]) }

    /// The Hartmann 6-d test function (Dixon & Szegő 1978; constants as in Surjanovic & Bingham's library).
    static func hartmann6(_ x: [Double]) -> Double {
        let alpha = [1.0, 1.2, 3.0, 3.2]
        let a: [[Double]] = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14],
                             [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
        let p: [[Double]] = [[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991],
                             [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]]
        var total = 0.0
        for i in 0..<4 {
            var inner = 0.0
            for j in 0..<6 { let t = x[j] - 1e-4 * p[i][j]; inner += a[i][j] * t * t }
            total -= alpha[i] * exp(-inner)
        }
        return total
    }
}
