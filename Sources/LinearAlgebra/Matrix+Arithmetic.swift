/// Element-wise arithmetic. Matrix products are `*` (see `Matrix+Products.swift`); the element-wise
/// (Hadamard) product is `hadamard(_:)`.
extension Matrix {
    @inlinable
    static func checkSameShape(_ a: Matrix, _ b: Matrix, _ op: String) {
        precondition(
            a.rows == b.rows && a.columns == b.columns,
            "\(op): shapes \(a.rows)×\(a.columns) and \(b.rows)×\(b.columns) differ")
    }

    /// A matrix of the same shape with `transform` applied to every element.
    @inlinable
    public func map(_ transform: (Scalar) throws -> Scalar) rethrows -> Matrix {
        Matrix(rows: rows, columns: columns, elements: try _elements.map(transform))
    }

    @inlinable
    func zipped(_ other: Matrix, _ op: String, _ f: (Scalar, Scalar) -> Scalar) -> Matrix {
        Matrix.checkSameShape(self, other, op)
        var out = self
        out._elements.withUnsafeMutableBufferPointer { o in
            other._elements.withUnsafeBufferPointer { b in
                for k in 0..<o.count { o[k] = f(o[k], b[k]) }
            }
        }
        return out
    }

    @inlinable public static func + (a: Matrix, b: Matrix) -> Matrix { a.zipped(b, "+", +) }
    @inlinable public static func - (a: Matrix, b: Matrix) -> Matrix { a.zipped(b, "-", -) }
    @inlinable public static prefix func - (a: Matrix) -> Matrix { a.map { -$0 } }
    /// Element-wise product A ∘ B.
    @inlinable public func hadamard(_ b: Matrix) -> Matrix { zipped(b, "hadamard", *) }
    /// Element-wise quotient.
    @inlinable public static func ./ (a: Matrix, b: Matrix) -> Matrix { a.zipped(b, "./", /) }

    @inlinable public static func * (s: Scalar, a: Matrix) -> Matrix { a.map { s * $0 } }
    @inlinable public static func * (a: Matrix, s: Scalar) -> Matrix { a.map { $0 * s } }
    @inlinable public static func / (a: Matrix, s: Scalar) -> Matrix { a.map { $0 / s } }
    @inlinable public static func + (a: Matrix, s: Scalar) -> Matrix { a.map { $0 + s } }
    @inlinable public static func - (a: Matrix, s: Scalar) -> Matrix { a.map { $0 - s } }

    /// A ← A + B, in place through `axpy`.
    @inlinable public static func += (a: inout Matrix, b: Matrix) {
        checkSameShape(a, b, "+=")
        a.add(b, scaledBy: 1)
    }
    /// A ← A − B, in place through `axpy`.
    @inlinable public static func -= (a: inout Matrix, b: Matrix) {
        checkSameShape(a, b, "-=")
        a.add(b, scaledBy: -1)
    }
    /// A ← s·A, in place through `scal`.
    @inlinable public static func *= (a: inout Matrix, s: Scalar) { a.scale(by: s) }

    /// A ← A + alpha·B (BLAS `axpy` on the flat storage).
    @inlinable
    public mutating func add(_ b: Matrix, scaledBy alpha: Scalar) {
        Matrix.checkSameShape(self, b, "add(_:scaledBy:)")
        axpy(alpha, b._elements, &_elements)
    }

    /// A ← alpha·A (BLAS `scal`).
    @inlinable
    public mutating func scale(by alpha: Scalar) { scal(alpha, &_elements) }

    /// Sum of all elements.
    public var sum: Scalar { _elements.reduce(0, +) }

    /// Frobenius norm √(Σ aᵢⱼ²) (BLAS `nrm2` on the flat storage).
    public var frobeniusNorm: Scalar { nrm2(_elements) }
}

infix operator ./ : MultiplicationPrecedence
