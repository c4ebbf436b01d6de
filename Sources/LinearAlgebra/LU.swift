/// The LU factorization with partial pivoting, P·A = L·U, of a square matrix (LAPACK `getrf`), as a value.
///
/// Used to solve general square systems and to compute determinants. Throws `.singular(pivot:)` when U has an
/// exact zero on its diagonal and `.nonFinite(index:)` for NaN or infinite input.
public struct LU<Scalar: BLASScalar>: Sendable {
    /// L (unit diagonal, not stored) below the diagonal and U on and above it, row-major.
    public let packed: Matrix<Scalar>
    /// LAPACK's 1-based row interchanges: row i was swapped with row `pivots[i]`.
    public let pivots: [Int32]

    /// Factors the square matrix A.
    public init(_ a: Matrix<Scalar>) throws(LinearAlgebraError) {
        precondition(a.isSquare, "LU needs a square matrix, got \(a.rows)×\(a.columns)")
        try a.checkFinite()
        var lu = a
        let n = a.rows
        var ipiv = [Int32](repeating: 0, count: n)
        if n > 0 {
            let info = lu.withUnsafeMutableBufferPointer { p in
                ipiv.withUnsafeMutableBufferPointer { ip in
                    Scalar.lapackGetrf(.rowMajor, Int32(n), Int32(n), p.baseAddress!, Int32(n), ip.baseAddress!)
                }
            }
            if info < 0 { throw .invalidArgument("getrf argument \(-info)") }
            if info > 0 { throw .singular(pivot: Int(info) - 1) }
        }
        packed = lu
        pivots = ipiv
    }

    /// Order n.
    public var dimension: Int { packed.rows }

    /// det A = (−1)^(number of interchanges) · Πᵢ Uᵢᵢ.
    public var determinant: Scalar {
        var det: Scalar = 1
        for i in 0..<dimension {
            det *= packed[i, i]
            if pivots[i] != Int32(i + 1) { det = -det }
        }
        return det
    }

    /// Solves A·x = b.
    public func solve(_ b: [Scalar]) -> [Scalar] {
        solve(Matrix(column: b))._elements
    }

    /// Solves A·X = B for the columns of B.
    public func solve(_ b: Matrix<Scalar>) -> Matrix<Scalar> {
        precondition(b.rows == dimension, "LU solve: A is \(dimension)×\(dimension), B is \(b.rows)×\(b.columns)")
        var x = b
        if dimension == 0 || b.columns == 0 { return x }
        let ldb = x.leadingDimension
        let info = packed.withUnsafeBufferPointer { a in
            pivots.withUnsafeBufferPointer { ip in
                x.withUnsafeMutableBufferPointer { xp in
                    Scalar.lapackGetrs(
                        .rowMajor, .noTranspose, Int32(dimension), Int32(b.columns),
                        a.baseAddress!, Int32(dimension), ip.baseAddress!, xp.baseAddress!, ldb)
                }
            }
        }
        precondition(info == 0, "getrs failed on a valid LU factor (info \(info))")
        return x
    }
}
