import COpenBLAS

/// How a matrix is laid out in memory: row by row (`.rowMajor`, the layout of `Matrix`) or column by column
/// (`.columnMajor`, Fortran's and LAPACK's own). Reading one layout as the other transposes the matrix.
public enum StorageOrder: Sendable, Hashable {
    case rowMajor, columnMajor
    /// `CblasRowMajor` / `CblasColMajor`.
    @inlinable var cblas: CBLAS_ORDER {
        switch self {
        case .rowMajor: CblasRowMajor
        case .columnMajor: CblasColMajor
        }
    }
    /// `LAPACK_ROW_MAJOR` / `LAPACK_COL_MAJOR`.
    @inlinable var lapack: Int32 {
        switch self {
        case .rowMajor: LAPACK_ROW_MAJOR
        case .columnMajor: LAPACK_COL_MAJOR
        }
    }
}

/// Whether an operand enters a product as itself (`A`) or as its transpose (`Aᵀ`).
public enum Transpose: Sendable, Hashable {
    case noTranspose, transpose
    /// `CblasNoTrans` / `CblasTrans`.
    @inlinable var cblas: CBLAS_TRANSPOSE {
        switch self {
        case .noTranspose: CblasNoTrans
        case .transpose: CblasTrans
        }
    }
    /// LAPACK's `'N'` / `'T'`.
    @inlinable var lapack: CChar { lapackChar(self == .noTranspose ? "N" : "T") }
    /// The other case.
    @inlinable var flipped: Transpose { self == .noTranspose ? .transpose : .noTranspose }
}

/// Which triangle of a matrix holds (or receives) the data.
public enum Triangle: Sendable, Hashable {
    case lower, upper
    /// `CblasLower` / `CblasUpper`.
    @inlinable var cblas: CBLAS_UPLO {
        switch self {
        case .lower: CblasLower
        case .upper: CblasUpper
        }
    }
    /// LAPACK's `'L'` / `'U'`.
    @inlinable var lapack: CChar { lapackChar(self == .lower ? "L" : "U") }
}

/// Whether a triangular matrix multiplies from the left (`op(A)·X = αB`) or the right (`X·op(A) = αB`).
public enum Side: Sendable, Hashable {
    case left, right
    /// `CblasLeft` / `CblasRight`.
    @inlinable var cblas: CBLAS_SIDE {
        switch self {
        case .left: CblasLeft
        case .right: CblasRight
        }
    }
}

/// Whether a triangular matrix has a unit diagonal that is not stored.
public enum Diagonal: Sendable, Hashable {
    case nonUnit, unit
    /// `CblasNonUnit` / `CblasUnit`.
    @inlinable var cblas: CBLAS_DIAG {
        switch self {
        case .nonUnit: CblasNonUnit
        case .unit: CblasUnit
        }
    }
    /// LAPACK's `'N'` / `'U'`.
    @inlinable var lapack: CChar { lapackChar(self == .nonUnit ? "N" : "U") }
}

/// What a symmetric eigensolver returns: the eigenvalues alone (LAPACK's `jobz = 'N'`) or with the
/// eigenvectors (`'V'`).
public enum EigenvectorJob: Sendable, Hashable {
    case valuesOnly, valuesAndVectors
    /// LAPACK's `'N'` / `'V'`.
    @inlinable var lapack: CChar { lapackChar(self == .valuesOnly ? "N" : "V") }
}

/// LAPACK's single-character arguments (`'L'`, `'U'`, `'N'`, `'T'`, `'V'`) as C `char`.
@inlinable
func lapackChar(_ c: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: c)) }
