/// Row and column access, transpose and sub-matrices.
extension Matrix {
    /// Row `i` as an array.
    public func row(_ i: Int) -> [Scalar] {
        precondition(i >= 0 && i < rows, "Row \(i) outside \(rows)×\(columns)")
        return Array(_elements[i * columns..<(i + 1) * columns])
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Scalar] {
        precondition(j >= 0 && j < columns, "Column \(j) outside \(rows)×\(columns)")
        return (0..<rows).map { _elements[$0 * columns + j] }
    }

    /// Replaces row `i`.
    public mutating func setRow(_ i: Int, to values: [Scalar]) {
        precondition(i >= 0 && i < rows, "Row \(i) outside \(rows)×\(columns)")
        precondition(values.count == columns, "Row of \(values.count) values for a \(rows)×\(columns) matrix")
        _elements.replaceSubrange(i * columns..<(i + 1) * columns, with: values)
    }

    /// Replaces column `j`.
    public mutating func setColumn(_ j: Int, to values: [Scalar]) {
        precondition(j >= 0 && j < columns, "Column \(j) outside \(rows)×\(columns)")
        precondition(values.count == rows, "Column of \(values.count) values for a \(rows)×\(columns) matrix")
        for i in 0..<rows { _elements[i * columns + j] = values[i] }
    }

    /// The rows with the given indices, in that order (for mini-batches and data splits).
    public func rows<Indices: Collection>(at indices: Indices) -> Matrix where Indices.Element == Int {
        var result = Matrix(rows: indices.count, columns: columns)
        var target = 0
        for i in indices {
            precondition(i >= 0 && i < rows, "Row \(i) outside \(rows)×\(columns)")
            result._elements.replaceSubrange(
                target..<target + columns, with: _elements[i * columns..<(i + 1) * columns])
            target += columns
        }
        return result
    }

    /// The transpose, Aᵀ (blocked copy so both sides stay in cache).
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        let block = 32
        let (m, n) = (rows, columns)
        _elements.withUnsafeBufferPointer { src in
            result._elements.withUnsafeMutableBufferPointer { dst in
                for i0 in stride(from: 0, to: m, by: block) {
                    for j0 in stride(from: 0, to: n, by: block) {
                        for i in i0..<Swift.min(i0 + block, m) {
                            for j in j0..<Swift.min(j0 + block, n) { dst[j &* m &+ i] = src[i &* n &+ j] }
                        }
                    }
                }
            }
        }
        return result
    }

    /// The main diagonal.
    public var diagonal: [Scalar] { (0..<Swift.min(rows, columns)).map { _elements[$0 * columns + $0] } }

    /// Sum of the diagonal.
    public var trace: Scalar { diagonal.reduce(0, +) }
}
