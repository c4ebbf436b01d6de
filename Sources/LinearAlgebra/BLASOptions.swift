import COpenBLAS

/// Whether an operand enters a product as itself (`A`) or as its transpose (`Aᵀ`).
public enum Transpose: Sendable, Hashable {
    case noTranspose, transpose
    @usableFromInline var cblas: CBLAS_TRANSPOSE { self == .noTranspose ? CblasNoTrans : CblasTrans }
    @usableFromInline var lapack: CChar { lapackChar(self == .noTranspose ? "N" : "T") }
    /// The other case.
    @usableFromInline var flipped: Transpose { self == .noTranspose ? .transpose : .noTranspose }
}

/// Which triangle of a matrix holds (or receives) the data.
public enum Triangle: Sendable, Hashable {
    case lower, upper
    @usableFromInline var cblas: CBLAS_UPLO { self == .lower ? CblasLower : CblasUpper }
    @usableFromInline var lapack: CChar { lapackChar(self == .lower ? "L" : "U") }
}

/// Whether a triangular matrix multiplies from the left (`op(A)·X = αB`) or the right (`X·op(A) = αB`).
public enum Side: Sendable, Hashable {
    case left, right
    @usableFromInline var cblas: CBLAS_SIDE { self == .left ? CblasLeft : CblasRight }
}

/// Whether a triangular matrix has a unit diagonal that is not stored.
public enum Diagonal: Sendable, Hashable {
    case nonUnit, unit
    @usableFromInline var cblas: CBLAS_DIAG { self == .nonUnit ? CblasNonUnit : CblasUnit }
}

@usableFromInline let rowMajor = CblasRowMajor
@usableFromInline let lapackRowMajor: Int32 = 101   // LAPACK_ROW_MAJOR
@usableFromInline let lapackColumnMajor: Int32 = 102 // LAPACK_COL_MAJOR
