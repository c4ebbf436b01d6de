/// What went wrong in a factorization or solve. LAPACK's `info` codes are translated into these cases and
/// never reach callers.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Cholesky failed: the leading minor of this order (1-based, as in LAPACK) is not positive definite.
    case notPositiveDefinite(leadingMinor: Int)
    /// The matrix is exactly singular: U(pivot, pivot) is zero (0-based pivot index).
    case singular(pivot: Int)
    /// The input contains NaN or infinity (at this row-major element index).
    case nonFinite(index: Int)
    /// An iterative routine (the symmetric eigensolver) did not converge.
    case noConvergence
    /// An argument was out of range (a LAPACK argument check, which indicates a bug in this module).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .notPositiveDefinite(let k): "matrix is not positive definite (leading minor of order \(k))"
        case .singular(let p): "matrix is singular (zero pivot at index \(p))"
        case .nonFinite(let i): "matrix has a non-finite element (NaN or infinity) at flat index \(i)"
        case .noConvergence: "eigensolver did not converge"
        case .invalidArgument(let what): "invalid argument: \(what)"
        }
    }
}
