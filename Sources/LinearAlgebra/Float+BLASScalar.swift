import COpenBLAS

/// `Float` computes with OpenBLAS's `s*` routines and LAPACKE's `LAPACKE_s*_work` routines.
extension Float: BLASScalar {
    @inlinable public static func blasDot(_ n: Int32, _ x: UnsafePointer<Float>, _ incx: Int32,
                                          _ y: UnsafePointer<Float>, _ incy: Int32) -> Float {
        cblas_sdot(n, x, incx, y, incy)
    }
    @inlinable public static func blasAxpy(_ n: Int32, _ alpha: Float, _ x: UnsafePointer<Float>, _ incx: Int32,
                                           _ y: UnsafeMutablePointer<Float>, _ incy: Int32) {
        cblas_saxpy(n, alpha, x, incx, y, incy)
    }
    @inlinable public static func blasScal(_ n: Int32, _ alpha: Float, _ x: UnsafeMutablePointer<Float>, _ incx: Int32) {
        cblas_sscal(n, alpha, x, incx)
    }
    @inlinable public static func blasNrm2(_ n: Int32, _ x: UnsafePointer<Float>, _ incx: Int32) -> Float {
        cblas_snrm2(n, x, incx)
    }
    @inlinable public static func blasAsum(_ n: Int32, _ x: UnsafePointer<Float>, _ incx: Int32) -> Float {
        cblas_sasum(n, x, incx)
    }
    @inlinable public static func blasGemv(_ order: CBLAS_ORDER, _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32,
                                           _ alpha: Float, _ a: UnsafePointer<Float>, _ lda: Int32,
                                           _ x: UnsafePointer<Float>, _ incx: Int32,
                                           _ beta: Float, _ y: UnsafeMutablePointer<Float>, _ incy: Int32) {
        cblas_sgemv(order, trans, m, n, alpha, a, lda, x, incx, beta, y, incy)
    }
    @inlinable public static func blasGer(_ order: CBLAS_ORDER, _ m: Int32, _ n: Int32, _ alpha: Float,
                                          _ x: UnsafePointer<Float>, _ incx: Int32, _ y: UnsafePointer<Float>, _ incy: Int32,
                                          _ a: UnsafeMutablePointer<Float>, _ lda: Int32) {
        cblas_sger(order, m, n, alpha, x, incx, y, incy, a, lda)
    }
    @inlinable public static func blasTrsv(_ order: CBLAS_ORDER, _ uplo: CBLAS_UPLO, _ trans: CBLAS_TRANSPOSE,
                                           _ diag: CBLAS_DIAG, _ n: Int32, _ a: UnsafePointer<Float>, _ lda: Int32,
                                           _ x: UnsafeMutablePointer<Float>, _ incx: Int32) {
        cblas_strsv(order, uplo, trans, diag, n, a, lda, x, incx)
    }
    @inlinable public static func blasGemm(_ order: CBLAS_ORDER, _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE,
                                           _ m: Int32, _ n: Int32, _ k: Int32, _ alpha: Float,
                                           _ a: UnsafePointer<Float>, _ lda: Int32, _ b: UnsafePointer<Float>, _ ldb: Int32,
                                           _ beta: Float, _ c: UnsafeMutablePointer<Float>, _ ldc: Int32) {
        cblas_sgemm(order, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
    }
    @inlinable public static func blasSyrk(_ order: CBLAS_ORDER, _ uplo: CBLAS_UPLO, _ trans: CBLAS_TRANSPOSE,
                                           _ n: Int32, _ k: Int32, _ alpha: Float, _ a: UnsafePointer<Float>, _ lda: Int32,
                                           _ beta: Float, _ c: UnsafeMutablePointer<Float>, _ ldc: Int32) {
        cblas_ssyrk(order, uplo, trans, n, k, alpha, a, lda, beta, c, ldc)
    }
    @inlinable public static func blasTrsm(_ order: CBLAS_ORDER, _ side: CBLAS_SIDE, _ uplo: CBLAS_UPLO,
                                           _ transA: CBLAS_TRANSPOSE, _ diag: CBLAS_DIAG, _ m: Int32, _ n: Int32,
                                           _ alpha: Float, _ a: UnsafePointer<Float>, _ lda: Int32,
                                           _ b: UnsafeMutablePointer<Float>, _ ldb: Int32) {
        cblas_strsm(order, side, uplo, transA, diag, m, n, alpha, a, lda, b, ldb)
    }
    @inlinable public static func lapackPotrf(_ layout: Int32, _ uplo: CChar, _ n: Int32,
                                              _ a: UnsafeMutablePointer<Float>, _ lda: Int32) -> Int32 {
        LAPACKE_spotrf_work(layout, uplo, n, a, lda)
    }
    @inlinable public static func lapackPotri(_ layout: Int32, _ uplo: CChar, _ n: Int32,
                                              _ a: UnsafeMutablePointer<Float>, _ lda: Int32) -> Int32 {
        LAPACKE_spotri_work(layout, uplo, n, a, lda)
    }
    @inlinable public static func lapackGetrf(_ layout: Int32, _ m: Int32, _ n: Int32, _ a: UnsafeMutablePointer<Float>,
                                              _ lda: Int32, _ ipiv: UnsafeMutablePointer<Int32>) -> Int32 {
        LAPACKE_sgetrf_work(layout, m, n, a, lda, ipiv)
    }
    @inlinable public static func lapackGetrs(_ layout: Int32, _ trans: CChar, _ n: Int32, _ nrhs: Int32,
                                              _ a: UnsafePointer<Float>, _ lda: Int32, _ ipiv: UnsafePointer<Int32>,
                                              _ b: UnsafeMutablePointer<Float>, _ ldb: Int32) -> Int32 {
        LAPACKE_sgetrs_work(layout, trans, n, nrhs, a, lda, ipiv, b, ldb)
    }
    public static func lapackGeqrf(_ layout: Int32, _ m: Int32, _ n: Int32, _ a: UnsafeMutablePointer<Float>,
                                   _ lda: Int32, _ tau: UnsafeMutablePointer<Float>) -> Int32 {
        LAPACKE_sgeqrf(layout, m, n, a, lda, tau)
    }
    public static func lapackOrgqr(_ layout: Int32, _ m: Int32, _ n: Int32, _ k: Int32,
                                   _ a: UnsafeMutablePointer<Float>, _ lda: Int32, _ tau: UnsafePointer<Float>) -> Int32 {
        LAPACKE_sorgqr(layout, m, n, k, a, lda, tau)
    }
    public static func lapackSyevd(_ layout: Int32, _ jobz: CChar, _ uplo: CChar, _ n: Int32,
                                   _ a: UnsafeMutablePointer<Float>, _ lda: Int32, _ w: UnsafeMutablePointer<Float>) -> Int32 {
        LAPACKE_ssyevd(layout, jobz, uplo, n, a, lda, w)
    }
}
