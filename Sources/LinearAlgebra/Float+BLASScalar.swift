import COpenBLAS

/// `Float` computes with OpenBLAS's `s*` routines and LAPACKE's `LAPACKE_s*_work` routines (`geqrf`, `orgqr` and
/// `syevd` through the allocating `LAPACKE_s*` entry points). Each requirement is one call; see `BLASScalar`.
extension Float: BLASScalar {
    // MARK: Level 1
    @inlinable public static func blasDot(
        _ n: Int32, _ x: UnsafePointer<Float>, _ incx: Int32,
        _ y: UnsafePointer<Float>, _ incy: Int32
    ) -> Float {
        cblas_sdot(n, x, incx, y, incy)
    }
    @inlinable public static func blasAxpy(
        _ n: Int32, _ alpha: Float, _ x: UnsafePointer<Float>, _ incx: Int32,
        _ y: UnsafeMutablePointer<Float>, _ incy: Int32
    ) {
        cblas_saxpy(n, alpha, x, incx, y, incy)
    }
    @inlinable public static func blasScal(
        _ n: Int32, _ alpha: Float, _ x: UnsafeMutablePointer<Float>,
        _ incx: Int32
    ) {
        cblas_sscal(n, alpha, x, incx)
    }
    @inlinable public static func blasNrm2(_ n: Int32, _ x: UnsafePointer<Float>, _ incx: Int32) -> Float {
        cblas_snrm2(n, x, incx)
    }
    @inlinable public static func blasAsum(_ n: Int32, _ x: UnsafePointer<Float>, _ incx: Int32) -> Float {
        cblas_sasum(n, x, incx)
    }

    // MARK: Level 2
    @inlinable public static func blasGemv(
        _ order: StorageOrder, _ trans: Transpose, _ m: Int32, _ n: Int32,
        _ alpha: Float, _ a: UnsafePointer<Float>, _ lda: Int32,
        _ x: UnsafePointer<Float>, _ incx: Int32,
        _ beta: Float, _ y: UnsafeMutablePointer<Float>, _ incy: Int32
    ) {
        cblas_sgemv(order.cblas, trans.cblas, m, n, alpha, a, lda, x, incx, beta, y, incy)
    }
    @inlinable public static func blasGer(
        _ order: StorageOrder, _ m: Int32, _ n: Int32, _ alpha: Float,
        _ x: UnsafePointer<Float>, _ incx: Int32,
        _ y: UnsafePointer<Float>, _ incy: Int32,
        _ a: UnsafeMutablePointer<Float>, _ lda: Int32
    ) {
        cblas_sger(order.cblas, m, n, alpha, x, incx, y, incy, a, lda)
    }
    @inlinable public static func blasTrsv(
        _ order: StorageOrder, _ uplo: Triangle, _ trans: Transpose,
        _ diag: Diagonal, _ n: Int32, _ a: UnsafePointer<Float>, _ lda: Int32,
        _ x: UnsafeMutablePointer<Float>, _ incx: Int32
    ) {
        cblas_strsv(order.cblas, uplo.cblas, trans.cblas, diag.cblas, n, a, lda, x, incx)
    }

    // MARK: Level 3
    @inlinable public static func blasGemm(
        _ order: StorageOrder, _ transA: Transpose, _ transB: Transpose,
        _ m: Int32, _ n: Int32, _ k: Int32, _ alpha: Float,
        _ a: UnsafePointer<Float>, _ lda: Int32,
        _ b: UnsafePointer<Float>, _ ldb: Int32,
        _ beta: Float, _ c: UnsafeMutablePointer<Float>, _ ldc: Int32
    ) {
        cblas_sgemm(order.cblas, transA.cblas, transB.cblas, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
    }
    @inlinable public static func blasSyrk(
        _ order: StorageOrder, _ uplo: Triangle, _ trans: Transpose,
        _ n: Int32, _ k: Int32, _ alpha: Float,
        _ a: UnsafePointer<Float>, _ lda: Int32,
        _ beta: Float, _ c: UnsafeMutablePointer<Float>, _ ldc: Int32
    ) {
        cblas_ssyrk(order.cblas, uplo.cblas, trans.cblas, n, k, alpha, a, lda, beta, c, ldc)
    }
    @inlinable public static func blasTrsm(
        _ order: StorageOrder, _ side: Side, _ uplo: Triangle,
        _ transA: Transpose, _ diag: Diagonal, _ m: Int32, _ n: Int32,
        _ alpha: Float, _ a: UnsafePointer<Float>, _ lda: Int32,
        _ b: UnsafeMutablePointer<Float>, _ ldb: Int32
    ) {
        cblas_strsm(order.cblas, side.cblas, uplo.cblas, transA.cblas, diag.cblas, m, n, alpha, a, lda, b, ldb)
    }
    @inlinable public static func blasTrmm(
        _ order: StorageOrder, _ side: Side, _ uplo: Triangle,
        _ transA: Transpose, _ diag: Diagonal, _ m: Int32, _ n: Int32,
        _ alpha: Float, _ a: UnsafePointer<Float>, _ lda: Int32,
        _ b: UnsafeMutablePointer<Float>, _ ldb: Int32
    ) {
        cblas_strmm(order.cblas, side.cblas, uplo.cblas, transA.cblas, diag.cblas, m, n, alpha, a, lda, b, ldb)
    }

    // MARK: LAPACK
    @inlinable public static func lapackPotrf(
        _ layout: StorageOrder, _ uplo: Triangle, _ n: Int32,
        _ a: UnsafeMutablePointer<Float>, _ lda: Int32
    ) -> Int32 {
        LAPACKE_spotrf_work(layout.lapack, uplo.lapack, n, a, lda)
    }
    @inlinable public static func lapackPotrfCheckingInput(
        _ layout: StorageOrder, _ uplo: Triangle, _ n: Int32,
        _ a: UnsafeMutablePointer<Float>, _ lda: Int32
    ) -> Int32 {
        LAPACKE_spotrf(layout.lapack, uplo.lapack, n, a, lda)
    }
    @inlinable public static func lapackPotri(
        _ layout: StorageOrder, _ uplo: Triangle, _ n: Int32,
        _ a: UnsafeMutablePointer<Float>, _ lda: Int32
    ) -> Int32 {
        LAPACKE_spotri_work(layout.lapack, uplo.lapack, n, a, lda)
    }
    @inlinable public static func lapackTrtri(
        _ layout: StorageOrder, _ uplo: Triangle, _ diag: Diagonal,
        _ n: Int32, _ a: UnsafeMutablePointer<Float>, _ lda: Int32
    ) -> Int32 {
        LAPACKE_strtri_work(layout.lapack, uplo.lapack, diag.lapack, n, a, lda)
    }
    @inlinable public static func lapackLauum(
        _ layout: StorageOrder, _ uplo: Triangle, _ n: Int32,
        _ a: UnsafeMutablePointer<Float>, _ lda: Int32
    ) -> Int32 {
        LAPACKE_slauum_work(layout.lapack, uplo.lapack, n, a, lda)
    }
    @inlinable public static func lapackGetrf(
        _ layout: StorageOrder, _ m: Int32, _ n: Int32,
        _ a: UnsafeMutablePointer<Float>, _ lda: Int32,
        _ ipiv: UnsafeMutablePointer<Int32>
    ) -> Int32 {
        LAPACKE_sgetrf_work(layout.lapack, m, n, a, lda, ipiv)
    }
    @inlinable public static func lapackGetrs(
        _ layout: StorageOrder, _ trans: Transpose, _ n: Int32, _ nrhs: Int32,
        _ a: UnsafePointer<Float>, _ lda: Int32, _ ipiv: UnsafePointer<Int32>,
        _ b: UnsafeMutablePointer<Float>, _ ldb: Int32
    ) -> Int32 {
        LAPACKE_sgetrs_work(layout.lapack, trans.lapack, n, nrhs, a, lda, ipiv, b, ldb)
    }
    @inlinable public static func lapackGeqrf(
        _ layout: StorageOrder, _ m: Int32, _ n: Int32,
        _ a: UnsafeMutablePointer<Float>, _ lda: Int32,
        _ tau: UnsafeMutablePointer<Float>
    ) -> Int32 {
        LAPACKE_sgeqrf(layout.lapack, m, n, a, lda, tau)
    }
    @inlinable public static func lapackOrgqr(
        _ layout: StorageOrder, _ m: Int32, _ n: Int32, _ k: Int32,
        _ a: UnsafeMutablePointer<Float>, _ lda: Int32,
        _ tau: UnsafePointer<Float>
    ) -> Int32 {
        LAPACKE_sorgqr(layout.lapack, m, n, k, a, lda, tau)
    }
    @inlinable public static func lapackSyevd(
        _ layout: StorageOrder, _ job: EigenvectorJob, _ uplo: Triangle,
        _ n: Int32, _ a: UnsafeMutablePointer<Float>, _ lda: Int32,
        _ w: UnsafeMutablePointer<Float>
    ) -> Int32 {
        LAPACKE_ssyevd(layout.lapack, job.lapack, uplo.lapack, n, a, lda, w)
    }
}
