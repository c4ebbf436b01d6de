import LinearAlgebra

/// A Cholesky factorization that adds bounded, reported jitter when the matrix is numerically indefinite
/// (GPyTorch's `psd_safe_cholesky`; the design note "jitter is explicit, bounded and reported").
///
/// Algorithm: NaN or ∞ anywhere → `.nonFinite` at once (no jitter can repair it). Otherwise factor A; on
/// `.notPositiveDefinite`, factor A + εI with ε = 10⁻⁸·mean(diag A), then ×10 per retry, up to `maxRetries`
/// retries (ε ≤ 10⁻¹·mean(diag A) by default). The ε used (0 when none was needed) is kept in `jitter`.
public struct SafeCholesky: Sendable {
    /// The factorization of A + jitter·I.
    public let factorization: Cholesky<Double>
    /// The ε added to the diagonal (0 when A factored as given).
    public let jitter: Double
    /// Number of factorizations attempted (1 when no jitter was needed).
    public let attempts: Int

    /// Factors the symmetric n×n matrix `a` (only its upper triangle is read), adding jitter when needed.
    /// Throws `.nonFinite` for NaN/∞, or the last `.notPositiveDefinite` when every retry failed.
    public init(_ a: Matrix<Double>, maxRetries: Int = 7) throws(LinearAlgebraError) {
        precondition(a.isSquare, "SafeCholesky needs a square matrix, got \(a.rows)×\(a.columns)")
        if let bad = a.firstNonFiniteIndex { throw .nonFinite(index: bad) }
        var lastError: LinearAlgebraError
        do {
            factorization = try Cholesky(a)
            jitter = 0
            attempts = 1
            return
        } catch {
            lastError = error
        }
        let n = a.rows
        let meanDiagonal = a.diagonal.reduce(0, +) / Double(max(n, 1))
        var epsilon = 1e-8 * (meanDiagonal > 0 ? meanDiagonal : 1)
        for attempt in 0..<maxRetries {
            var shifted = a
            shifted.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i * n + i] += epsilon } }
            do {
                factorization = try Cholesky(shifted)
                jitter = epsilon
                attempts = attempt + 2
                return
            } catch {
                lastError = error
            }
            epsilon *= 10
        }
        throw lastError
    }
}
