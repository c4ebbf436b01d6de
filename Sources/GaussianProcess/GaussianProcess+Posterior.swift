import LinearAlgebra

/// The posterior at query points: batched for many points, and with input gradients at one point.
///
/// Batched (R&W 2006, Alg. 2.1 lines 4-6), per chunk of c query points A (c×d):
///   K* = k(X, A): n×c (the kernel);  μ̃ = K*ᵀα (`gemv`);  V = L⁻¹K* (one `trsm`);  ṽ_j = k(a_j, a_j) − ‖V_{·j}‖².
/// Cost n²c for the solve plus ncd for K*; chunks of `chunkSize` columns bound the memory at n×c doubles.
/// One point p with gradients (for acquisition optimizers):
///   ∇μ̃ = (∂k*/∂p)ᵀα,  w = K⁻¹k* (two triangular solves),  ∇ṽ = ∇k(p, p) − 2(∂k*/∂p)ᵀw.
/// Results are in raw output units: μ = μ_y + s_y μ̃, v = s_y² ṽ. Variances are of the latent function
/// (add `includeNoise` for an observation's predictive variance) and are clamped at 0 against round-off.
extension GaussianProcess {
    /// Mean and variance of one query point with their gradients with respect to the point.
    public struct PosteriorPoint: Sendable, Hashable {
        public var mean: Double
        public var variance: Double
        public var meanGradient: [Double]
        public var varianceGradient: [Double]
    }

    /// Most query points handled per `trsm` in `predict`.
    static var chunkSize: Int { 1024 }
    /// Fewest query points split into two chunks (so that two threads can share them).
    static var smallestSplit: Int { 128 }

    /// The rows of each chunk of m query points: an even number of chunks (one below `smallestSplit` points)
    /// of at most `chunkSize` rows, equal in size to within one row. The layout depends on m alone, never on the
    /// number of threads, so a prediction is the same whether its chunks run one after the other or side by side.
    static func chunkRanges(count m: Int) -> [Range<Int>] {
        if m < smallestSplit { return m == 0 ? [] : [0..<m] }
        var chunks = (m + chunkSize - 1) / chunkSize
        chunks += chunks % 2
        return (0..<chunks).map { c in (c * m / chunks)..<((c + 1) * m / chunks) }
    }

    /// Posterior mean and variance (raw units) at each row of `points` (m×d), in batched BLAS calls; the chunks
    /// (`chunkRanges`) run `options.concurrentChunks` at a time, each with OpenBLAS on one thread (two chunks
    /// side by side beat one chunk after the other on two OpenBLAS threads: the kernel's `exp` runs in parallel too).
    public func predict(_ points: Matrix<Double>, includeNoise: Bool = false) -> (mean: [Double], variance: [Double]) {
        precondition(
            points.columns == dimension,
            "predict: model has d = \(dimension), points are \(points.rows)×\(points.columns)")
        let ranges = Self.chunkRanges(count: points.rows)
        let parts = concurrentMap(ranges, width: options.concurrentChunks) { range in
            BLASThreads.with(1) { predictChunk(points, rows: range, includeNoise: includeNoise) }
        }
        return (parts.flatMap(\.mean), parts.flatMap(\.variance))
    }

    /// `predict` for the query rows in `rows`: one kernel block, one `gemv` and one `trsm`.
    func predictChunk(_ points: Matrix<Double>, rows: Range<Int>, includeNoise: Bool) -> (
        mean: [Double], variance: [Double]
    ) {
        let d = points.columns
        let c = rows.count
        let n = count
        let chunk =
            rows.count == points.rows
            ? points
            : Matrix(rows: c, columns: d, elements: Array(points.elements[rows.lowerBound * d..<rows.upperBound * d]))
        let prior = kernel.variances(chunk)
        var kStar = kernel.covariance(inputs, chunk)  // n×c
        var mu = [Double](repeating: 0, count: c)
        if n > 0 {
            gemv(1, kStar, .transpose, alpha, 0, into: &mu)
            cholesky.solveTriangular(&kStar, transpose: .noTranspose)
        }
        var explained = [Double](repeating: 0, count: c)
        kStar.withUnsafeBufferPointer { v in
            explained.withUnsafeMutableBufferPointer { e in
                for i in 0..<n {
                    for j in 0..<c {
                        let t = v[i &* c &+ j]
                        e[j] += t * t
                    }
                }
            }
        }
        let noise = includeNoise ? noiseVariance : 0
        let scale2 = outputScale * outputScale
        return (
            mu.map { outputMean + outputScale * $0 },
            (0..<c).map { j in scale2 * (max(prior[j] - explained[j], 0) + noise) }
        )
    }

    /// Posterior mean and latent variance (raw units) at one point, with their gradients.
    public func posterior(at point: [Double]) -> PosteriorPoint {
        precondition(
            point.count == dimension, "posterior: model has d = \(dimension), point has \(point.count) coordinates")
        let (priorVariance, priorGradient) = kernel.varianceAndInputGradient(at: point)
        let d = dimension
        guard count > 0 else {
            return PosteriorPoint(
                mean: outputMean, variance: outputScale * outputScale * priorVariance,
                meanGradient: [Double](repeating: 0, count: d),
                varianceGradient: priorGradient.map { outputScale * outputScale * $0 })
        }
        let (kStar, jacobian) = kernel.covarianceAndInputGradient(at: point, inputs)  // n, n×d
        let mu = dot(kStar, alpha)
        var meanGradient = [Double](repeating: 0, count: d)
        gemv(1, jacobian, .transpose, alpha, 0, into: &meanGradient)
        var w = kStar
        cholesky.solveTriangular(&w, transpose: .noTranspose)  // L⁻¹k*
        let explained = dot(w, w)
        cholesky.solveTriangular(&w, transpose: .transpose)  // K⁻¹k*
        var varianceGradient = priorGradient
        gemv(-2, jacobian, .transpose, w, 1, into: &varianceGradient)
        var variance = priorVariance - explained
        if variance <= 0 {
            variance = 0
            varianceGradient = [Double](repeating: 0, count: d)
        }
        let s2 = outputScale * outputScale
        return PosteriorPoint(
            mean: outputMean + outputScale * mu, variance: s2 * variance,
            meanGradient: meanGradient.map { outputScale * $0 },
            varianceGradient: varianceGradient.map { s2 * $0 })
    }
}
