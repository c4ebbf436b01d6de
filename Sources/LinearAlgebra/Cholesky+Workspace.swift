/// The Cholesky factorization on a caller's storage: factor, solve and (`Cholesky+Inverse.swift`) invert in
/// place, with no allocation and no copy, for code that refactors one n×n workspace many times (a
/// Gaussian-process marginal likelihood evaluated at every step of a hyperparameter fit).
///
/// Layout, as in `Cholesky`: the symmetric positive-definite A is stored row-major with leading dimension
/// `ld ≥ n` (element (i, j) at `a[i·ld + j]`), and only its upper triangle (j ≥ i) is read. Read column-major,
/// that is the lower triangle of Aᵀ = A, which LAPACK `potrf` factors in place as A = L·Lᵀ (its faster variant),
/// leaving U = Lᵀ in the row-major upper triangle. The strict lower triangle is never touched.
///
/// These are the raw forms of `Cholesky.init`, `Cholesky.solve(inPlace:)`: buffers instead of a `Matrix`, and no
/// scan of the input for NaN or infinity (OpenBLAS's `potrf` lets NaN through; a non-finite factor diagonal is
/// reported instead).
extension Cholesky {
    /// Whether a buffer of `count` elements holds an n×n matrix stored with leading dimension ld ≥ max(n, 1):
    /// its last element is at (n − 1)·ld + n − 1.
    @inlinable
    static func fitsWorkspace(_ count: Int, order n: Int, leadingDimension ld: Int) -> Bool {
        n >= 0 && ld >= Swift.max(n, 1) && count >= (n == 0 ? 0 : (n - 1) * ld + n)
    }

    /// Factors A = L·Lᵀ in place: on return the upper triangle of the row-major `a` holds U = Lᵀ.
    ///
    /// Throws `.notPositiveDefinite(leadingMinor:)` (LAPACK's 1-based order) when a pivot is not positive, and
    /// `.nonFinite(index:)` with the row-major index i·ld + i of the first diagonal element of the factor that
    /// is NaN or infinite (NaN or infinity in A, or overflow). On error the triangle holds a partial factor.
    @inlinable
    public static func factorInPlace(
        _ a: UnsafeMutableBufferPointer<Scalar>, order n: Int,
        leadingDimension ld: Int
    ) throws(LinearAlgebraError) {
        precondition(
            fitsWorkspace(a.count, order: n, leadingDimension: ld),
            "Cholesky.factorInPlace: order \(n), leading dimension \(ld), buffer of \(a.count)")
        if n == 0 { return }
        let info = Scalar.lapackPotrf(.columnMajor, .lower, Int32(n), a.baseAddress!, Int32(ld))
        if info < 0 { throw .invalidArgument("potrf argument \(-info)") }
        if info > 0 { throw .notPositiveDefinite(leadingMinor: Int(info)) }
        for i in 0..<n where !a[i &* ld &+ i].isFinite { throw .nonFinite(index: i &* ld &+ i) }
    }

    /// Solves A·x = b in place from the factor left by `factorInPlace` (`u`: U = Lᵀ in the row-major upper
    /// triangle): L·z = b, then Lᵀ·x = z, two `trsv`. `b` (n values) receives x.
    @inlinable
    public static func solveInPlace(
        factor u: UnsafeBufferPointer<Scalar>, order n: Int, leadingDimension ld: Int,
        _ b: UnsafeMutableBufferPointer<Scalar>
    ) {
        precondition(
            fitsWorkspace(u.count, order: n, leadingDimension: ld) && b.count == n,
            "Cholesky.solveInPlace: order \(n), leading dimension \(ld), factor of \(u.count), "
                + "b of \(b.count)")
        if n == 0 { return }
        let (n32, ld32) = (Int32(n), Int32(ld))
        // L·z = b is Uᵀ·z = b; then Lᵀ·x = z is U·x = z.
        Scalar.blasTrsv(.rowMajor, .upper, .transpose, .nonUnit, n32, u.baseAddress!, ld32, b.baseAddress!, 1)
        Scalar.blasTrsv(.rowMajor, .upper, .noTranspose, .nonUnit, n32, u.baseAddress!, ld32, b.baseAddress!, 1)
    }
}
