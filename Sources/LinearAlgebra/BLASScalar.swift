import COpenBLAS

/// A floating-point type that OpenBLAS and LAPACKE can compute with: `Float` (the `s*` routines) or `Double`
/// (the `d*` routines).
///
/// Every generic routine in this module is written once against this protocol; the two conformances
/// (`Float+BLASScalar.swift`, `Double+BLASScalar.swift`) only map each requirement to its C function.
/// The requirements take raw pointers and the C enums so that they add no cost over the C call; most code should
/// use the `Matrix` API instead, which checks shapes and chooses leading dimensions.
///
/// Integer arguments are `Int32` because Debian's OpenBLAS and LAPACKE use 32-bit `blasint` / `lapack_int`.
public protocol BLASScalar: BinaryFloatingPoint, Codable, Sendable
where RawSignificand: FixedWidthInteger {
    // MARK: Level 1
    static func blasDot(_ n: Int32, _ x: UnsafePointer<Self>, _ incx: Int32,
                        _ y: UnsafePointer<Self>, _ incy: Int32) -> Self
    static func blasAxpy(_ n: Int32, _ alpha: Self, _ x: UnsafePointer<Self>, _ incx: Int32,
                         _ y: UnsafeMutablePointer<Self>, _ incy: Int32)
    static func blasScal(_ n: Int32, _ alpha: Self, _ x: UnsafeMutablePointer<Self>, _ incx: Int32)
    static func blasNrm2(_ n: Int32, _ x: UnsafePointer<Self>, _ incx: Int32) -> Self
    static func blasAsum(_ n: Int32, _ x: UnsafePointer<Self>, _ incx: Int32) -> Self

    // MARK: Level 2
    static func blasGemv(_ order: CBLAS_ORDER, _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32,
                         _ alpha: Self, _ a: UnsafePointer<Self>, _ lda: Int32,
                         _ x: UnsafePointer<Self>, _ incx: Int32,
                         _ beta: Self, _ y: UnsafeMutablePointer<Self>, _ incy: Int32)
    static func blasGer(_ order: CBLAS_ORDER, _ m: Int32, _ n: Int32, _ alpha: Self,
                        _ x: UnsafePointer<Self>, _ incx: Int32, _ y: UnsafePointer<Self>, _ incy: Int32,
                        _ a: UnsafeMutablePointer<Self>, _ lda: Int32)
    static func blasTrsv(_ order: CBLAS_ORDER, _ uplo: CBLAS_UPLO, _ trans: CBLAS_TRANSPOSE, _ diag: CBLAS_DIAG,
                         _ n: Int32, _ a: UnsafePointer<Self>, _ lda: Int32,
                         _ x: UnsafeMutablePointer<Self>, _ incx: Int32)

    // MARK: Level 3
    static func blasGemm(_ order: CBLAS_ORDER, _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE,
                         _ m: Int32, _ n: Int32, _ k: Int32, _ alpha: Self,
                         _ a: UnsafePointer<Self>, _ lda: Int32, _ b: UnsafePointer<Self>, _ ldb: Int32,
                         _ beta: Self, _ c: UnsafeMutablePointer<Self>, _ ldc: Int32)
    static func blasSyrk(_ order: CBLAS_ORDER, _ uplo: CBLAS_UPLO, _ trans: CBLAS_TRANSPOSE,
                         _ n: Int32, _ k: Int32, _ alpha: Self, _ a: UnsafePointer<Self>, _ lda: Int32,
                         _ beta: Self, _ c: UnsafeMutablePointer<Self>, _ ldc: Int32)
    static func blasTrsm(_ order: CBLAS_ORDER, _ side: CBLAS_SIDE, _ uplo: CBLAS_UPLO,
                         _ transA: CBLAS_TRANSPOSE, _ diag: CBLAS_DIAG, _ m: Int32, _ n: Int32, _ alpha: Self,
                         _ a: UnsafePointer<Self>, _ lda: Int32, _ b: UnsafeMutablePointer<Self>, _ ldb: Int32)

    // MARK: LAPACK (the `_work` entry points: no NaN scan, no hidden allocation)
    static func lapackPotrf(_ layout: Int32, _ uplo: CChar, _ n: Int32,
                            _ a: UnsafeMutablePointer<Self>, _ lda: Int32) -> Int32
    static func lapackPotri(_ layout: Int32, _ uplo: CChar, _ n: Int32,
                            _ a: UnsafeMutablePointer<Self>, _ lda: Int32) -> Int32
    static func lapackGetrf(_ layout: Int32, _ m: Int32, _ n: Int32, _ a: UnsafeMutablePointer<Self>,
                            _ lda: Int32, _ ipiv: UnsafeMutablePointer<Int32>) -> Int32
    static func lapackGetrs(_ layout: Int32, _ trans: CChar, _ n: Int32, _ nrhs: Int32,
                            _ a: UnsafePointer<Self>, _ lda: Int32, _ ipiv: UnsafePointer<Int32>,
                            _ b: UnsafeMutablePointer<Self>, _ ldb: Int32) -> Int32
    static func lapackGeqrf(_ layout: Int32, _ m: Int32, _ n: Int32, _ a: UnsafeMutablePointer<Self>,
                            _ lda: Int32, _ tau: UnsafeMutablePointer<Self>) -> Int32
    static func lapackOrgqr(_ layout: Int32, _ m: Int32, _ n: Int32, _ k: Int32,
                            _ a: UnsafeMutablePointer<Self>, _ lda: Int32, _ tau: UnsafePointer<Self>) -> Int32
    static func lapackSyevd(_ layout: Int32, _ jobz: CChar, _ uplo: CChar, _ n: Int32,
                            _ a: UnsafeMutablePointer<Self>, _ lda: Int32, _ w: UnsafeMutablePointer<Self>) -> Int32
}

/// LAPACK's single-character arguments (`'L'`, `'U'`, `'N'`, `'T'`, `'V'`) as C `char`.
@usableFromInline
func lapackChar(_ c: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: c)) }
