/// A floating-point type that OpenBLAS and LAPACKE can compute with: `Float` (the `s*` routines) or `Double`
/// (the `d*` routines).
///
/// Every generic routine in this module is written once against this protocol; the two conformances
/// (`Float+BLASScalar.swift`, `Double+BLASScalar.swift`) only map each requirement to its C function.
/// The requirements take raw pointers so that they add no cost over the C call; most code should use the
/// `Matrix` API instead, which checks shapes and chooses leading dimensions.
///
/// The raw entry points. Each requirement is one `@inlinable` call of the C routine its conformance names
/// (`blasGemm` is `cblas_sgemm` / `cblas_dgemm`, `lapackPotrf` is `LAPACKE_spotrf_work` / `LAPACKE_dpotrf_work`),
/// with the option enums (`StorageOrder`, `Transpose`, `Triangle`, `Side`, `Diagonal`, `EigenvectorJob`) mapped
/// to the C constants by a `switch` that folds away when the arguments are literals. Modules above this one call
/// BLAS and LAPACK only through them, and a benchmark may time them as "the direct C call" to compare a wrapper
/// with (`Double.blasGemm(.rowMajor, .noTranspose, .noTranspose, …)` is `cblas_dgemm(CblasRowMajor, …)`).
///
/// Integer arguments are `Int32` because Debian's OpenBLAS and LAPACKE use 32-bit `blasint` / `lapack_int`.
/// LAPACK routines return LAPACK's `info`: 0 on success, −i when argument i was invalid, and a positive
/// routine-specific code (`potrf`: the order of the leading minor that is not positive definite).
public protocol BLASScalar: BinaryFloatingPoint, Codable, Sendable
where RawSignificand: FixedWidthInteger {
    // MARK: Level 1
    /// xᵀy (`?dot`).
    static func blasDot(
        _ n: Int32, _ x: UnsafePointer<Self>, _ incx: Int32,
        _ y: UnsafePointer<Self>, _ incy: Int32
    ) -> Self
    /// y ← αx + y (`?axpy`).
    static func blasAxpy(
        _ n: Int32, _ alpha: Self, _ x: UnsafePointer<Self>, _ incx: Int32,
        _ y: UnsafeMutablePointer<Self>, _ incy: Int32)
    /// x ← αx (`?scal`).
    static func blasScal(_ n: Int32, _ alpha: Self, _ x: UnsafeMutablePointer<Self>, _ incx: Int32)
    /// ‖x‖₂ (`?nrm2`).
    static func blasNrm2(_ n: Int32, _ x: UnsafePointer<Self>, _ incx: Int32) -> Self
    /// Σ|xᵢ| (`?asum`).
    static func blasAsum(_ n: Int32, _ x: UnsafePointer<Self>, _ incx: Int32) -> Self

    // MARK: Level 2
    /// y ← α·op(A)·x + β·y, A m×n (`?gemv`).
    static func blasGemv(
        _ order: StorageOrder, _ trans: Transpose, _ m: Int32, _ n: Int32,
        _ alpha: Self, _ a: UnsafePointer<Self>, _ lda: Int32,
        _ x: UnsafePointer<Self>, _ incx: Int32,
        _ beta: Self, _ y: UnsafeMutablePointer<Self>, _ incy: Int32)
    /// A ← α·x·yᵀ + A, A m×n (`?ger`).
    static func blasGer(
        _ order: StorageOrder, _ m: Int32, _ n: Int32, _ alpha: Self,
        _ x: UnsafePointer<Self>, _ incx: Int32, _ y: UnsafePointer<Self>, _ incy: Int32,
        _ a: UnsafeMutablePointer<Self>, _ lda: Int32)
    /// x ← op(A)⁻¹·x for the triangular n×n A (`?trsv`).
    static func blasTrsv(
        _ order: StorageOrder, _ uplo: Triangle, _ trans: Transpose, _ diag: Diagonal,
        _ n: Int32, _ a: UnsafePointer<Self>, _ lda: Int32,
        _ x: UnsafeMutablePointer<Self>, _ incx: Int32)

    // MARK: Level 3
    /// C ← α·op(A)·op(B) + β·C, op(A) m×k, op(B) k×n (`?gemm`).
    static func blasGemm(
        _ order: StorageOrder, _ transA: Transpose, _ transB: Transpose,
        _ m: Int32, _ n: Int32, _ k: Int32, _ alpha: Self,
        _ a: UnsafePointer<Self>, _ lda: Int32, _ b: UnsafePointer<Self>, _ ldb: Int32,
        _ beta: Self, _ c: UnsafeMutablePointer<Self>, _ ldc: Int32)
    /// C ← α·op(A)·op(A)ᵀ + β·C on one triangle of the n×n C (`?syrk`).
    static func blasSyrk(
        _ order: StorageOrder, _ uplo: Triangle, _ trans: Transpose,
        _ n: Int32, _ k: Int32, _ alpha: Self, _ a: UnsafePointer<Self>, _ lda: Int32,
        _ beta: Self, _ c: UnsafeMutablePointer<Self>, _ ldc: Int32)
    /// B ← α·op(A)⁻¹·B (side `.left`) or α·B·op(A)⁻¹ (`.right`), A triangular, B m×n (`?trsm`).
    static func blasTrsm(
        _ order: StorageOrder, _ side: Side, _ uplo: Triangle,
        _ transA: Transpose, _ diag: Diagonal, _ m: Int32, _ n: Int32, _ alpha: Self,
        _ a: UnsafePointer<Self>, _ lda: Int32, _ b: UnsafeMutablePointer<Self>, _ ldb: Int32)
    /// B ← α·op(A)·B (side `.left`) or α·B·op(A) (`.right`), A triangular, B m×n (`?trmm`).
    static func blasTrmm(
        _ order: StorageOrder, _ side: Side, _ uplo: Triangle,
        _ transA: Transpose, _ diag: Diagonal, _ m: Int32, _ n: Int32, _ alpha: Self,
        _ a: UnsafePointer<Self>, _ lda: Int32, _ b: UnsafeMutablePointer<Self>, _ ldb: Int32)

    // MARK: LAPACK (the `_work` entry points: no NaN scan, no hidden allocation)
    /// A = L·Lᵀ (or Uᵀ·U) in place on one triangle of the n×n A (`LAPACKE_?potrf_work`).
    static func lapackPotrf(
        _ layout: StorageOrder, _ uplo: Triangle, _ n: Int32,
        _ a: UnsafeMutablePointer<Self>, _ lda: Int32
    ) -> Int32
    /// LAPACKE's checking entry point for the same factorization (`LAPACKE_?potrf`): it first scans the
    /// triangle for NaN (O(n²), `info` −4 when it finds one), then runs `potrf`. This is what a C program that
    /// calls `LAPACKE_dpotrf` measures; this module's own factorizations use `lapackPotrf`.
    static func lapackPotrfCheckingInput(
        _ layout: StorageOrder, _ uplo: Triangle, _ n: Int32,
        _ a: UnsafeMutablePointer<Self>, _ lda: Int32
    ) -> Int32
    /// A⁻¹ from the factor left by `potrf`, on the same triangle (`LAPACKE_?potri_work`).
    static func lapackPotri(
        _ layout: StorageOrder, _ uplo: Triangle, _ n: Int32,
        _ a: UnsafeMutablePointer<Self>, _ lda: Int32
    ) -> Int32
    /// T ← T⁻¹ for the triangular n×n T (`LAPACKE_?trtri_work`; `info` i > 0: T(i, i) is zero).
    static func lapackTrtri(
        _ layout: StorageOrder, _ uplo: Triangle, _ diag: Diagonal, _ n: Int32,
        _ a: UnsafeMutablePointer<Self>, _ lda: Int32
    ) -> Int32
    /// Lᵀ·L (`.lower`) or U·Uᵀ (`.upper`) in place, on the same triangle (`LAPACKE_?lauum_work`).
    static func lapackLauum(
        _ layout: StorageOrder, _ uplo: Triangle, _ n: Int32,
        _ a: UnsafeMutablePointer<Self>, _ lda: Int32
    ) -> Int32
    /// P·A = L·U with partial pivoting, A m×n (`LAPACKE_?getrf_work`).
    static func lapackGetrf(
        _ layout: StorageOrder, _ m: Int32, _ n: Int32, _ a: UnsafeMutablePointer<Self>,
        _ lda: Int32, _ ipiv: UnsafeMutablePointer<Int32>
    ) -> Int32
    /// Solves op(A)·X = B from `getrf`'s factors (`LAPACKE_?getrs_work`).
    static func lapackGetrs(
        _ layout: StorageOrder, _ trans: Transpose, _ n: Int32, _ nrhs: Int32,
        _ a: UnsafePointer<Self>, _ lda: Int32, _ ipiv: UnsafePointer<Int32>,
        _ b: UnsafeMutablePointer<Self>, _ ldb: Int32
    ) -> Int32
    /// A = Q·R by Householder reflections, A m×n (`LAPACKE_?geqrf`, which allocates its workspace).
    static func lapackGeqrf(
        _ layout: StorageOrder, _ m: Int32, _ n: Int32, _ a: UnsafeMutablePointer<Self>,
        _ lda: Int32, _ tau: UnsafeMutablePointer<Self>
    ) -> Int32
    /// The first n columns of Q from `geqrf`'s reflectors (`LAPACKE_?orgqr`).
    static func lapackOrgqr(
        _ layout: StorageOrder, _ m: Int32, _ n: Int32, _ k: Int32,
        _ a: UnsafeMutablePointer<Self>, _ lda: Int32, _ tau: UnsafePointer<Self>
    ) -> Int32
    /// Eigenvalues (ascending, into `w`) and optionally eigenvectors (into A) of the symmetric n×n A
    /// (`LAPACKE_?syevd`, divide and conquer).
    static func lapackSyevd(
        _ layout: StorageOrder, _ job: EigenvectorJob, _ uplo: Triangle, _ n: Int32,
        _ a: UnsafeMutablePointer<Self>, _ lda: Int32, _ w: UnsafeMutablePointer<Self>
    ) -> Int32
}
