import COpenBLAS

/// `Double` computes with OpenBLAS's `d*` routines and LAPACKE's `LAPACKE_d*_work` routines.
extension Double: BLASScalar {
    @inlinable public static func blasDot(_ n: Int32, _ x: UnsafePointer<Double>, _ incx: Int32,
                                          _ y: UnsafePointer<Double>, _ incy: Int32) -> Double {
        cblas_ddot(n, x, incx, y, incy)
    }
    @inlinable public static func blasAxpy(_ n: Int32, _ alpha: Double, _ x: UnsafePointer<Double>, _ incx: Int32,
                                           _ y: UnsafeMutablePointer<Double>, _ incy: Int32) {
        cblas_daxpy(n, alpha, x, incx, y, incy)
    }
    @inlinable public static func blasScal(_ n: Int32, _ alpha: Double, _ x: UnsafeMutablePointer<Double>, _ incx: Int32) {
        cblas_dscal(n, alpha, x, incx)
    }
    @inlinable public static func blasNrm2(_ n: Int32, _ x: UnsafePointer<Double>, _ incx: Int32) -> Double {
        cblas_dnrm2(n, x, incx)
    }
    @inlinable public static func blasAsum(_ n: Int32, _ x: UnsafePointer<Double>, _ incx: Int32) -> Double {
        cblas_dasum(n, x, incx)
    }
    @inlinable public static func blasGemv(_ order: CBLAS_ORDER, _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32,
                                           _ alpha: Double, _ a: UnsafePointer<Double>, _ lda: Int32,
                                           _ x: UnsafePointer<Double>, _ incx: Int32,
                                           _ beta: Double, _ y: UnsafeMutablePointer<Double>, _ incy: Int32) {
        cblas_dgemv(order, trans, m, n, alpha, a, lda, x, incx, beta, y, incy)
    }
    @inlinable public static func blasGer(_ order: CBLAS_ORDER, _ m: Int32, _ n: Int32, _ alpha: Double,
                                          _ x: UnsafePointer<Double>, _ incx: Int32, _ y: UnsafePointer<Double>, _ incy: Int32,
                                          _ a: UnsafeMutablePointer<Double>, _ lda: Int32) {
        cblas_dger(order, m, n, alpha, x, incx, y, incy, a, lda)
    }
    @inlinable public static func blasTrsv(_ order: CBLAS_ORDER, _ uplo: CBLAS_UPLO, _ trans: CBLAS_TRANSPOSE,
                                           _ diag: CBLAS_DIAG, _ n: Int32, _ a: UnsafePointer<Double>, _ lda: Int32,
                                           _ x: UnsafeMutablePointer<Double>, _ incx: Int32) {
        cblas_dtrsv(order, uplo, trans, diag, n, a, lda, x, incx)
    }
    @inlinable public static func blasGemm(_ order: CBLAS_ORDER, _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE,
                                           _ m: Int32, _ n: Int32, _ k: Int32, _ alpha: Double,
                                           _ a: UnsafePointer<Double>, _ lda: Int32, _ b: UnsafePointer<Double>, _ ldb: Int32,
                                           _ beta: Double, _ c: UnsafeMutablePointer<Double>, _ ldc: Int32) {
        cblas_dgemm(order, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
    }
    @inlinable public static func blasSyrk(_ order: CBLAS_ORDER, _ uplo: CBLAS_UPLO, _ trans: CBLAS_TRANSPOSE,
                                           _ n: Int32, _ k: Int32, _ alpha: Double, _ a: UnsafePointer<Double>, _ lda: Int32,
                                           _ beta: Double, _ c: UnsafeMutablePointer<Double>, _ ldc: Int32) {
        cblas_dsyrk(order, uplo, trans, n, k, alpha, a, lda, beta, c, ldc)
    }
    @inlinable public static func blasTrsm(_ order: CBLAS_ORDER, _ side: CBLAS_SIDE, _ uplo: CBLAS_UPLO,
                                           _ transA: CBLAS_TRANSPOSE, _ diag: CBLAS_DIAG, _ m: Int32, _ n: Int32,
                                           _ alpha: Double, _ a: UnsafePointer<Double>, _ lda: Int32,
                                           _ b: UnsafeMutablePointer<Double>, _ ldb: Int32) {
        cblas_dtrsm(order, side, uplo, transA, diag, m, n, alpha, a, lda, b, ldb)
    }
    @inlinable public static func lapackPotrf(_ layout: Int32, _ uplo: CChar, _ n: Int32,
                                              _ a: UnsafeMutablePointer<Double>, _ lda: Int32) -> Int32 {
        LAPACKE_dpotrf_work(layout, uplo, n, a, lda)
    }
    @inlinable public static func lapackPotri(_ layout: Int32, _ uplo: CChar, _ n: Int32,
                                              _ a: UnsafeMutablePointer<Double>, _ lda: Int32) -> Int32 {
        LAPACKE_dpotri_work(layout, uplo, n, a, lda)
    }
    @inlinable public static func lapackGetrf(_ layout: Int32, _ m: Int32, _ n: Int32, _ a: UnsafeMutablePointer<Double>,
                                              _ lda: Int32, _ ipiv: UnsafeMutablePointer<Int32>) -> Int32 {
        LAPACKE_dgetrf_work(layout, m, n, a, lda, ipiv)
    }
    @inlinable public static func lapackGetrs(_ layout: Int32, _ trans: CChar, _ n: Int32, _ nrhs: Int32,
                                              _ a: UnsafePointer<Double>, _ lda: Int32, _ ipiv: UnsafePointer<Int32>,
                                              _ b: UnsafeMutablePointer<Double>, _ ldb: Int32) -> Int32 {
        LAPACKE_dgetrs_work(layout, trans, n, nrhs, a, lda, ipiv, b, ldb)
    }
    public static func lapackGeqrf(_ layout: Int32, _ m: Int32, _ n: Int32, _ a: UnsafeMutablePointer<Double>,
                                   _ lda: Int32, _ tau: UnsafeMutablePointer<Double>) -> Int32 {
        LAPACKE_dgeqrf(layout, m, n, a, lda, tau)
    }
    public static func lapackOrgqr(_ layout: Int32, _ m: Int32, _ n: Int32, _ k: Int32,
                                   _ a: UnsafeMutablePointer<Double>, _ lda: Int32, _ tau: UnsafePointer<Double>) -> Int32 {
        LAPACKE_dorgqr(layout, m, n, k, a, lda, tau)
    }
    public static func lapackSyevd(_ layout: Int32, _ jobz: CChar, _ uplo: CChar, _ n: Int32,
                                   _ a: UnsafeMutablePointer<Double>, _ lda: Int32, _ w: UnsafeMutablePointer<Double>) -> Int32 {
        LAPACKE_dsyevd(layout, jobz, uplo, n, a, lda, w)
    }
}
