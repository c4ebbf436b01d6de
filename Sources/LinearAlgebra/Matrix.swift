/// A dense matrix of `Float` or `Double`, stored row-major with value semantics (copy on write through the
/// underlying array).
///
/// Element `(i, j)` lives at `elements[i * columns + j]`; the leading dimension handed to BLAS is `columns`
/// (or 1 when the matrix has no columns, as BLAS requires `ld ≥ 1`).
///
/// Shapes are the caller's contract: operations on mismatched shapes stop with a `precondition` that names
/// both shapes. Bad *data* (a singular or indefinite matrix) is a thrown `LinearAlgebraError` instead.
public struct Matrix<Scalar: BLASScalar>: Sendable {
    @usableFromInline var _rows: Int
    @usableFromInline var _columns: Int
    @usableFromInline var _elements: [Scalar]

    /// Number of rows.
    @inlinable public var rows: Int { _rows }
    /// Number of columns.
    @inlinable public var columns: Int { _columns }
    /// The elements, row by row. Its count is always `rows * columns`.
    @inlinable public var elements: [Scalar] { _elements }

    /// A `rows × columns` matrix whose every element is `value`.
    @inlinable
    public init(rows: Int, columns: Int, repeating value: Scalar = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix shape must be non-negative, got \(rows)×\(columns)")
        _rows = rows
        _columns = columns
        self._elements = Array(repeating: value, count: rows * columns)
    }

    /// A matrix with the given row-major elements; `elements.count` must be `rows * columns`.
    @inlinable
    public init(rows: Int, columns: Int, elements: [Scalar]) {
        precondition(rows >= 0 && columns >= 0, "Matrix shape must be non-negative, got \(rows)×\(columns)")
        precondition(
            elements.count == rows * columns,
            "Matrix \(rows)×\(columns) needs \(rows * columns) elements, got \(elements.count)")
        _rows = rows
        _columns = columns
        self._elements = elements
    }

    /// A matrix from its rows, which must all have the same length. `Matrix([[1, 2], [3, 4]])`.
    public init(_ rowArrays: [[Scalar]]) {
        let columns = rowArrays.first?.count ?? 0
        for (i, row) in rowArrays.enumerated() {
            precondition(row.count == columns, "Row \(i) has \(row.count) elements, row 0 has \(columns)")
        }
        self.init(rows: rowArrays.count, columns: columns, elements: rowArrays.flatMap { $0 })
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m._elements[i * n + i] = 1 }
        return m
    }

    /// A column vector (`n × 1`) holding `values`.
    public init(column values: [Scalar]) {
        self.init(rows: values.count, columns: 1, elements: values)
    }

    /// True when the matrix has as many rows as columns.
    @inlinable public var isSquare: Bool { rows == columns }

    /// `(rows, columns)`, for messages and comparisons.
    @inlinable public var shape: (rows: Int, columns: Int) { (rows, columns) }

    /// The leading dimension BLAS and LAPACK need for this row-major storage (at least 1).
    @inlinable public var leadingDimension: Int32 { Int32(Swift.max(columns, 1)) }

    /// Element at row `i`, column `j`.
    @inlinable
    public subscript(i: Int, j: Int) -> Scalar {
        get {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "Index (\(i), \(j)) outside \(rows)×\(columns)")
            return _elements[i * columns + j]
        }
        set {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "Index (\(i), \(j)) outside \(rows)×\(columns)")
            _elements[i * columns + j] = newValue
        }
    }

    /// Calls `body` with the row-major elements.
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Scalar>) throws -> R) rethrows -> R {
        try _elements.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the row-major elements, mutably. The shape cannot change.
    @inlinable
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Scalar>) throws -> R
    ) rethrows -> R {
        try _elements.withUnsafeMutableBufferPointer(body)
    }

    /// The same elements read with another shape of equal size.
    public func reshaped(rows: Int, columns: Int) -> Matrix {
        Matrix(rows: rows, columns: columns, elements: elements)
    }
}

extension Matrix: Equatable {}
extension Matrix: Hashable where Scalar: Hashable {}
extension Matrix: Codable {
    private enum CodingKeys: String, CodingKey { case rows, columns, elements }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let (rows, columns) = (try c.decode(Int.self, forKey: .rows), try c.decode(Int.self, forKey: .columns))
        let elements = try c.decode([Scalar].self, forKey: .elements)
        guard rows >= 0, columns >= 0, elements.count == rows * columns else {
            throw DecodingError.dataCorruptedError(
                forKey: .elements, in: c,
                debugDescription: "matrix \(rows)×\(columns) needs \(rows * columns) elements, got \(elements.count)")
        }
        self.init(rows: rows, columns: columns, elements: elements)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rows, forKey: .rows)
        try c.encode(columns, forKey: .columns)
        try c.encode(_elements, forKey: .elements)
    }
}

extension Matrix: CustomStringConvertible {
    public var description: String {
        var lines: [String] = []
        for i in 0..<rows {
            lines.append("[" + (0..<columns).map { "\(self[i, $0])" }.joined(separator: ", ") + "]")
        }
        return "Matrix \(rows)×\(columns)\n" + lines.joined(separator: "\n")
    }
}
